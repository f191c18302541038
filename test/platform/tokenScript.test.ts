import { execFileSync } from 'node:child_process';
import path from 'node:path';
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

  it('lists the seeded users and fails for an unknown one', () => {
    expect(() => execFileSync(process.execPath, [tsxCli, 'scripts/token.ts', 'mallory'], { cwd: root, stdio: 'pipe' })).toThrow(/alice/);
  });
});
