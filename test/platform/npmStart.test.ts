import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../common/services';
import { freePort } from '../harness/freePort';

const root = path.resolve(__dirname, '..', '..');

describe('npm start (node --import tsx scripts/start.ts) with no MySQL configured', () => {
  let child: ChildProcess;
  let output = '';
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-start-'));

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  });

  it('falls back to embedded SQLite with demo data, serves a cross-subgraph query with the printed token, and stops on Ctrl-C', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, SQLITE_DIR: sqliteDir, LOG_PRETTY: '0', NODE_ENV: 'development' };
    for (const key of Object.keys(env)) if (key === 'MYSQL_URL' || key.endsWith('_DATABASE_URL') || key === 'JWT_SECRET') delete env[key];
    for (const s of SUBGRAPHS) env[`${s.envPrefix}_PORT`] = String(await freePort());
    const gatewayPort = await freePort();
    env.GATEWAY_PORT = String(gatewayPort);
    for (const s of SUBGRAPHS) env[`${s.envPrefix}_URL`] = `http://127.0.0.1:${env[`${s.envPrefix}_PORT`]}/graphql`;

    // The command `npm start` runs (package.json), spawned directly: npm itself may exit by signal on Ctrl-C,
    // which says nothing about our processes.
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start).toBe('node --import tsx scripts/start.ts');
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 45_000;
    while (!/Ctrl-C stops everything/.test(output) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 200));
    }
    // The folder the stores are really in (SQLITE_DIR), not the default .data/.
    expect(output).toContain(`using embedded SQLite stores in ${sqliteDir}${path.sep} with demo data.`);
    expect(output).toMatch(/Ctrl-C stops everything\.\s*$/);
    const token = /valid 12 h:\n(\S+)\n/.exec(output)?.[1];
    expect(token).toBeDefined();

    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ myOrganization { name supportContracts { displayName } partnerMembership { program } agreements { nodes { licenseLines { product { name } } } } } }',
      }),
    });
    const body = (await res.json()) as { data: { myOrganization: Record<string, unknown> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.myOrganization).toMatchObject({
      name: 'Northwind Partners',
      partnerMembership: { program: 'GOLD' },
      agreements: { nodes: [{ licenseLines: [{ product: { name: 'Office Professional Plus' } }] }] },
    });
    for (const s of SUBGRAPHS) expect(fs.existsSync(path.join(sqliteDir, `${s.defaultDatabase}.sqlite`))).toBe(true);

    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    process.kill(-child.pid!, 'SIGINT');
    const code = await exited;
    expect(code).toBe(0);
    // Every service stopped cleanly (closed its server and store), not killed.
    expect(output.match(/"msg":"stopped"/g)?.length).toBe(5);
  }, 90_000);
});
