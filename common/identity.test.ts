import { readIdentityConfig } from './config';
import { requireRole, signToken, verifyToken, viewerFromAuthorization } from './identity';

const identity = readIdentityConfig({ JWT_SECRET: 'unit-test-secret-0123456789-0123456789' });
const claims = { sub: 'user-1', email: 'u@example.com', org: 'org-a', roles: ['support_user' as const] };

describe('identity', () => {
  it('verifies its own tokens into a viewer scoped to one organisation', async () => {
    const viewer = await verifyToken(await signToken(claims, identity), identity);
    expect(viewer).toMatchObject({ userId: 'user-1', orgId: 'org-a' });
    expect([...viewer.roles]).toEqual(['support_user']);
  });

  it('treats a missing header as anonymous but a malformed one as UNAUTHENTICATED', async () => {
    expect(await viewerFromAuthorization(undefined, identity)).toBeNull();
    await expect(viewerFromAuthorization('Basic abc', identity)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token signed with another secret', async () => {
    const other = readIdentityConfig({ JWT_SECRET: 'another-secret-0123456789-0123456789' });
    await expect(verifyToken(await signToken(claims, other), identity)).rejects.toMatchObject({ message: 'The token is not valid.' });
  });

  it('requireRole answers FORBIDDEN to a viewer without the role and UNAUTHENTICATED to nobody', async () => {
    const viewer = await verifyToken(await signToken(claims, identity), identity);
    expect(() => requireRole(viewer, 'global_admin')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => requireRole(null, 'global_admin')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(requireRole(viewer, 'global_admin', 'support_user')).toBe(viewer);
  });

  it('remembers a verified token only for the configuration that verified it, and only until it expires', async () => {
    const other = readIdentityConfig({ JWT_SECRET: 'another-secret-0123456789-0123456789' });
    const token = await signToken(claims, other, '2s');
    // Verified (and remembered) under `other`; still refused under `identity`.
    await expect(verifyToken(token, other)).resolves.toMatchObject({ userId: 'user-1' });
    await expect(verifyToken(token, identity)).rejects.toMatchObject({ message: 'The token is not valid.' });
    await new Promise((r) => setTimeout(r, 2100));
    await expect(verifyToken(token, other)).rejects.toMatchObject({ message: 'The token has expired.' });
  });
});
