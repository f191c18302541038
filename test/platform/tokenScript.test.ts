import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { readIdentityConfig } from '../../common/config';
import { verifyToken } from '../../common/identity';

const root = path.resolve(__dirname, '..', '..');
const tsxCli = require.resolve('tsx/cli');

/**
 * The environment a developer's shell gives npm: without the npm_* variables of an npm that may have
 * started jest (`npm test`), whose configuration would otherwise replace the project's .npmrc.
 */
function shellEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  return env;
}

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

  it('T=$(npm run token -- alice) captures exactly one JWT, without -s; npm\'s banner and the hint go to stderr (design: Identity)', async () => {
    const env = shellEnv({ JWT_SECRET: 'token-script-secret-0123456789-012345' });
    const run = spawnSync('sh', ['-c', 'T=$(npm run token -- alice) || exit $?; printf "%s" "$T"'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(run.stderr).toContain('> licensing-graph@');
    expect(run.stderr).toContain('alice@contoso.example');
    const viewer = await verifyToken(run.stdout, readIdentityConfig(env));
    expect(viewer).toMatchObject({ userId: 'user-alice', orgId: 'org-contoso' });
  });

  it("the project's npm settings still show a failing script's error and a failing npm ci, with their exit codes", () => {
    // A throwaway project with our .npmrc: npm ci without a lockfile fails at once, offline.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-npmrc-'));
    try {
      fs.copyFileSync(path.join(root, '.npmrc'), path.join(dir, '.npmrc'));
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'probe', version: '0.0.0', private: true, scripts: { test: 'echo "3 tests failed" >&2; exit 3' } }));
      const test = spawnSync('npm', ['test'], { cwd: dir, env: shellEnv(), encoding: 'utf8' });
      expect(test.status).toBe(3);
      expect(test.stderr).toContain('3 tests failed');
      const ci = spawnSync('npm', ['ci'], { cwd: dir, env: shellEnv(), encoding: 'utf8' });
      expect(ci.status).not.toBe(0);
      expect(`${ci.stdout}${ci.stderr}`).toMatch(/can only install with an existing package-lock\.json/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the seeded users and fails for an unknown one', () => {
    expect(() => execFileSync(process.execPath, [tsxCli, 'scripts/token.ts', 'mallory'], { cwd: root, stdio: 'pipe' })).toThrow(/alice/);
  });
});
