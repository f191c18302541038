import { SignJWT, type JWTPayload } from 'jose';
import { readIdentityConfig } from './config';
import { requireRole, signToken, verifiedTokensHeld, verifyToken, viewerFromAuthorization, VERIFIED_TOKEN_REUSE_MS, VERIFIED_TOKENS_KEPT, type OrganizationKind, type Role, type TokenClaims } from './identity';
import { rolesThatCount } from './roles';

const SECRET = 'unit-test-secret-0123456789-0123456789';
const identity = readIdentityConfig({ JWT_SECRET: SECRET });
const claims: TokenClaims = { sub: 'user-1', email: 'u@example.com', org: 'org-a', orgKind: 'CUSTOMER', roles: ['support_user'] };

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Signs exactly the payload given, with the right secret: what a careless or
 * hostile issuer could mint, which `signToken` never would.
 */
async function rawToken(payload: JWTPayload, secret = SECRET): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

/** A payload `verifyToken` accepts; tests remove or change one claim. */
function goodPayload(overrides: JWTPayload = {}): JWTPayload {
  const iat = nowSeconds();
  return {
    sub: 'user-1', email: 'u@example.com', org: 'org-a', org_kind: 'CUSTOMER', roles: ['global_admin'],
    iss: 'licensing-graph', aud: 'licensing-graph', iat, exp: iat + 3600,
    ...overrides,
  };
}

function without(payload: JWTPayload, claim: string): JWTPayload {
  const copy = { ...payload };
  delete copy[claim];
  return copy;
}

const UNAUTHENTICATED_401 = { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } };

/** Fakes only the clock (jose reads `new Date()`, the cache `Date.now()`); promises and timers stay real. */
function fakeClock(at: number): void {
  jest.useFakeTimers({
    now: at,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  });
}
afterEach(() => jest.useRealTimers());

describe('identity', () => {
  it('verifies its own tokens into a viewer scoped to one organisation', async () => {
    const viewer = await verifyToken(await signToken(claims, identity), identity);
    expect(viewer).toMatchObject({ userId: 'user-1', orgId: 'org-a', orgKind: 'CUSTOMER' });
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

describe('the verified-token cache', () => {
  /** The same token with one claim changed and the signature kept: what a tamperer sends. */
  function tampered(token: string, change: Record<string, unknown>): string {
    const [header, payload, signature] = token.split('.');
    const claimsOf = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    return [header, Buffer.from(JSON.stringify({ ...claimsOf, ...change })).toString('base64url'), signature].join('.');
  }

  it('refuses a tampered token even while the genuine one is remembered, and remembers no refusal', async () => {
    const config = readIdentityConfig({ JWT_SECRET: SECRET });
    const genuine = await signToken(claims, config);
    await expect(viewerFromAuthorization(`Bearer ${genuine}`, config)).resolves.toMatchObject({ orgId: 'org-a' });
    expect(verifiedTokensHeld(config)).toBe(1);
    const otherOrg = tampered(genuine, { org: 'org-b' });
    const otherRoles = tampered(genuine, { roles: ['global_admin'] });
    // A character inside the signature (the last one also carries padding bits, which decode to nothing).
    const at = genuine.length - 10;
    const badSignature = `${genuine.slice(0, at)}${genuine[at] === 'A' ? 'g' : 'A'}${genuine.slice(at + 1)}`;
    for (const token of [otherOrg, otherRoles, badSignature, otherOrg]) {
      await expect(viewerFromAuthorization(`Bearer ${token}`, config)).rejects.toMatchObject({ message: 'The token is not valid.', ...UNAUTHENTICATED_401 });
    }
    expect(verifiedTokensHeld(config)).toBe(1);
    await expect(viewerFromAuthorization(`Bearer ${genuine}`, config)).resolves.toMatchObject({ orgId: 'org-a' });
  });

  it(`holds at most ${VERIFIED_TOKENS_KEPT} tokens per configuration, and each stays usable`, async () => {
    const config = readIdentityConfig({ JWT_SECRET: SECRET });
    const tokens = await Promise.all(Array.from({ length: VERIFIED_TOKENS_KEPT + 50 }, (_, i) => signToken({ ...claims, sub: `user-${i}` }, config)));
    for (const token of tokens) await verifyToken(token, config);
    expect(verifiedTokensHeld(config)).toBe(VERIFIED_TOKENS_KEPT);
    // The first ones were let go; they verify again like any new token.
    await expect(verifyToken(tokens[0], config)).resolves.toMatchObject({ userId: 'user-0' });
    expect(verifiedTokensHeld(config)).toBe(VERIFIED_TOKENS_KEPT);
  }, 60_000);

  it('reuses a verification for at most 5 minutes, even for a token that lives an hour', async () => {
    const start = Date.UTC(2026, 5, 15, 9, 0, 0);
    fakeClock(start);
    // A configuration whose audience changes while the process runs: only a fresh verification sees it.
    const config = { ...readIdentityConfig({ JWT_SECRET: SECRET }) };
    const token = await rawToken(goodPayload({ iat: start / 1000, exp: start / 1000 + 3600 }));
    await expect(verifyToken(token, config)).resolves.toMatchObject({ userId: 'user-1' });
    config.jwtAudience = 'another-graph';
    jest.setSystemTime(start + VERIFIED_TOKEN_REUSE_MS - 1000);
    await expect(verifyToken(token, config)).resolves.toMatchObject({ userId: 'user-1' });
    jest.setSystemTime(start + VERIFIED_TOKEN_REUSE_MS);
    await expect(verifyToken(token, config)).rejects.toMatchObject(UNAUTHENTICATED_401);
  });
});

describe('token lifetime and audience (design: Identity)', () => {
  it('a token with every required claim, the right audience and a lifetime within the cap is accepted', async () => {
    await expect(verifyToken(await rawToken(goodPayload()), identity)).resolves.toMatchObject({ userId: 'user-1', orgKind: 'CUSTOMER' });
  });

  it('signToken issues tokens with aud, iat and exp that the services accept', async () => {
    const token = await signToken(claims, identity, '12h');
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as JWTPayload;
    expect(payload).toMatchObject({ aud: 'licensing-graph', iss: 'licensing-graph', org_kind: 'CUSTOMER' });
    expect(payload.exp! - payload.iat!).toBe(12 * 3600);
    await expect(verifyToken(token, identity)).resolves.toMatchObject({ userId: 'user-1' });
  });

  it('tokens without exp are refused (design: Identity)', async () => {
    await expect(verifyToken(await rawToken(without(goodPayload(), 'exp')), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
  });

  it('tokens without iat are refused: their lifetime cannot be measured (design: Identity)', async () => {
    await expect(verifyToken(await rawToken(without(goodPayload(), 'iat')), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
  });

  it('a token declaring a lifetime over the cap is refused even while young (TOKEN_MAX_LIFETIME_SECONDS)', async () => {
    const iat = nowSeconds();
    await expect(verifyToken(await rawToken(goodPayload({ iat, exp: iat + 12 * 3600 + 1 })), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
    await expect(verifyToken(await rawToken(goodPayload({ iat, exp: iat + 365 * 24 * 3600 })), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
    // Exactly the cap is fine.
    await expect(verifyToken(await rawToken(goodPayload({ iat, exp: iat + 12 * 3600 })), identity)).resolves.toMatchObject({ userId: 'user-1' });
  });

  it('a token older than the cap (counted from iat) is refused whatever its exp says', async () => {
    const iat = nowSeconds() - 13 * 3600;
    await expect(verifyToken(await rawToken(goodPayload({ iat, exp: nowSeconds() + 3600 })), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
  });

  it('the cap is configurable: TOKEN_MAX_LIFETIME_SECONDS=60 refuses a 2-minute token', async () => {
    const short = readIdentityConfig({ JWT_SECRET: SECRET, TOKEN_MAX_LIFETIME_SECONDS: '60' });
    const iat = nowSeconds();
    await expect(verifyToken(await rawToken(goodPayload({ iat, exp: iat + 120 })), short)).rejects.toMatchObject(UNAUTHENTICATED_401);
    await expect(verifyToken(await rawToken(goodPayload({ iat, exp: iat + 60 })), short)).resolves.toMatchObject({ userId: 'user-1' });
  });

  it('signToken refuses to sign a lifetime over the cap', async () => {
    await expect(signToken(claims, identity, '13h')).rejects.toThrow(/TOKEN_MAX_LIFETIME_SECONDS/);
  });

  it('an iat in the future beyond a small clock skew is refused; a few seconds ahead is tolerated', async () => {
    const ahead = (seconds: number) => goodPayload({ iat: nowSeconds() + seconds, exp: nowSeconds() + seconds + 3600 });
    await expect(verifyToken(await rawToken(ahead(600)), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
    await expect(verifyToken(await rawToken(ahead(5)), identity)).resolves.toMatchObject({ userId: 'user-1' });
  });

  it('a token for another audience is refused (JWT_AUDIENCE)', async () => {
    await expect(verifyToken(await rawToken(goodPayload({ aud: 'another-api' })), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
    const ours = readIdentityConfig({ JWT_SECRET: SECRET, JWT_AUDIENCE: 'another-api' });
    await expect(verifyToken(await rawToken(goodPayload({ aud: 'another-api' })), ours)).resolves.toMatchObject({ userId: 'user-1' });
  });

  it('a token without aud is refused', async () => {
    await expect(verifyToken(await rawToken(without(goodPayload(), 'aud')), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
  });

  it('a token without org_kind, or with an unknown one, is refused', async () => {
    await expect(verifyToken(await rawToken(without(goodPayload(), 'org_kind')), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
    await expect(verifyToken(await rawToken(goodPayload({ org_kind: 'GOVERNMENT' })), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
  });

  it('a sub or org over 64 characters, an empty one, or an e-mail over 254 is refused (the stores key rows by them)', async () => {
    for (const overrides of [{ sub: 'y'.repeat(65) }, { org: 'o'.repeat(65) }, { sub: '' }, { email: `${'e'.repeat(250)}@x.io` }]) {
      await expect(verifyToken(await rawToken(goodPayload(overrides)), identity)).rejects.toMatchObject(UNAUTHENTICATED_401);
    }
    await expect(verifyToken(await rawToken(goodPayload({ sub: 'y'.repeat(64) })), identity)).resolves.toMatchObject({ userId: 'y'.repeat(64) });
  });

  it('the verified-token cache never accepts a token at or past its exp, though the clock skew would', async () => {
    const start = Date.UTC(2026, 5, 15, 9, 0, 0);
    fakeClock(start);
    const iat = start / 1000;
    const token = await rawToken(goodPayload({ iat, exp: iat + 60 }));
    await expect(verifyToken(token, identity)).resolves.toMatchObject({ userId: 'user-1' });
    jest.setSystemTime(start + 59_000);
    await expect(verifyToken(token, identity)).resolves.toMatchObject({ userId: 'user-1' });
    jest.setSystemTime(start + 60_000);
    await expect(verifyToken(token, identity)).rejects.toMatchObject({ message: 'The token has expired.', ...UNAUTHENTICATED_401 });
    jest.setSystemTime(start + 61_000);
    await expect(verifyToken(token, identity)).rejects.toMatchObject({ message: 'The token has expired.', ...UNAUTHENTICATED_401 });
  });
});

describe('roles count only in the kind of organisation the role table gives them (domain: Who may do what)', () => {
  /** The "organisation" column of shared/domain.md's role table, written out again on purpose (not read from roles.ts). */
  const TABLE: Record<Role, OrganizationKind[]> = {
    global_admin: ['CUSTOMER'],
    notice_contact: ['CUSTOMER'],
    services_admin: ['CUSTOMER'],
    support_user: ['CUSTOMER', 'PARTNER', 'OPERATOR'],
    admin_agent: ['PARTNER'],
    program_admin: ['PARTNER'],
    analyst: ['OPERATOR'],
    support_engineer: ['OPERATOR'],
  };
  const ORG_OF: Record<OrganizationKind, string> = { CUSTOMER: 'org-fabrikam', PARTNER: 'org-northwind', OPERATOR: 'org-operator' };
  const rows = (Object.keys(TABLE) as Role[]).flatMap((role) =>
    (['CUSTOMER', 'PARTNER', 'OPERATOR'] as const).map((kind) => [role, kind, TABLE[role].includes(kind)] as const),
  );

  it.each(rows)('%s in a %s organisation counts: %s', async (role, kind, counts) => {
    const token = await signToken({ ...claims, org: ORG_OF[kind], orgKind: kind, roles: [role] }, identity);
    const viewer = await verifyToken(token, identity);
    expect(viewer.orgKind).toBe(kind);
    expect([...viewer.roles]).toEqual(counts ? [role] : []);
  });

  it('an analyst in a customer organisation is dropped, not refused', async () => {
    const viewer = await verifyToken(await signToken({ ...claims, org: 'org-contoso', orgKind: 'CUSTOMER', roles: ['analyst', 'global_admin'] }, identity), identity);
    expect([...viewer.roles]).toEqual(['global_admin']);
  });

  it('operator roles in an organisation labelled OPERATOR that is not OPERATOR_ORG_ID are dropped', async () => {
    const mislabelled = { ...claims, org: 'org-fabrikam', orgKind: 'OPERATOR' as const, roles: ['analyst', 'support_engineer', 'support_user'] as Role[] };
    const viewer = await verifyToken(await signToken(mislabelled, identity), identity);
    expect([...viewer.roles]).toEqual(['support_user']);
    // The same claims count once OPERATOR_ORG_ID names that organisation.
    const elsewhere = readIdentityConfig({ JWT_SECRET: SECRET, OPERATOR_ORG_ID: 'org-fabrikam' });
    expect([...(await verifyToken(await signToken(mislabelled, elsewhere), elsewhere)).roles].sort()).toEqual(['analyst', 'support_engineer', 'support_user']);
  });

  it('the operator organisation gets no customer or partner role, whatever its label', () => {
    expect([...rolesThatCount(['global_admin', 'support_user'], 'CUSTOMER', 'org-operator', 'org-operator')]).toEqual(['support_user']);
    expect([...rolesThatCount(['program_admin', 'admin_agent'], 'PARTNER', 'org-operator', 'org-operator')]).toEqual([]);
  });

  it('unknown roles and non-strings are dropped', () => {
    expect([...rolesThatCount(['root', 42, null, 'support_user'], 'PARTNER', 'org-northwind', 'org-operator')]).toEqual(['support_user']);
  });
});
