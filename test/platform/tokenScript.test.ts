import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { readIdentityConfig } from '../../common/config';
import { verifyToken } from '../../common/identity';

const root = path.resolve(__dirname, '..', '..');
const tsxCli = require.resolve('tsx/cli');

describe('npm run token', () => {
  it('prints a token for a seeded user that the services accept, with the user\'s organisation and roles', async () => {
    const env = { ...process.env, JWT_SECRET: 'token-script-secret-0123456789-012345' };
    const token = execFileSync(process.execPath, [tsxCli, 'scripts/token.ts', 'sue'], { cwd: root, env }).toString().trim();
    const viewer = await verifyToken(token, readIdentityConfig(env));
    expect(viewer).toMatchObject({ userId: 'user-sue', email: 'sue@contoso.example', orgId: 'org-contoso' });
    expect([...viewer.roles]).toEqual(['support_user']);
  });

  it('npm run token -- alice issues a token with aud, iat and exp within the lifetime cap, and org_kind (design: Identity)', async () => {
    const env = { ...process.env, JWT_SECRET: 'token-script-secret-0123456789-012345' };
    const token = execFileSync(process.execPath, [tsxCli, 'scripts/token.ts', 'alice'], { cwd: root, env }).toString().trim();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ aud: 'licensing-graph', org: 'org-contoso', org_kind: 'CUSTOMER' });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(readIdentityConfig(env).maxTokenLifetimeSeconds);
    const viewer = await verifyToken(token, readIdentityConfig(env));
    expect([...viewer.roles]).toEqual(['global_admin']);
  });

  it('refuses to print a token living longer than TOKEN_MAX_LIFETIME_SECONDS', () => {
    const env = { ...process.env, JWT_SECRET: 'token-script-secret-0123456789-012345' };
    expect(() => execFileSync(process.execPath, [tsxCli, 'scripts/token.ts', 'alice', '13h'], { cwd: root, env, stdio: 'pipe' })).toThrow(/TOKEN_MAX_LIFETIME_SECONDS/);
  });

  it('lists the seeded users and fails for an unknown one', () => {
    expect(() => execFileSync(process.execPath, [tsxCli, 'scripts/token.ts', 'mallory'], { cwd: root, stdio: 'pipe' })).toThrow(/alice/);
  });
});
