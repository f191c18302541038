import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readIdentityConfig } from '../../common/config';
import { DEMO_USERS } from '../../common/demo/users';
import { signToken } from '../../common/identity';
import { SUBGRAPHS } from '../../common/services';
import { freePort } from '../harness/freePort';
import { dropDatabases, testDatabaseUrl } from '../harness/mysql';
import { TEST_EVENT_SECRET, TEST_JWT_SECRET, TEST_SUBGRAPH_SECRET } from '../harness/secrets';

/**
 * Issue 18, acceptance 1: `npm run build` compiles the services to plain
 * JavaScript, and the gateway and a subgraph run from that output as real
 * processes (`node <out>/scripts/startService.js`, no TypeScript loader) in
 * the production profile, over a fresh MySQL database, and answer a query.
 * One build per run, into a folder of its own under .tmp/ (inside the project,
 * so the compiled code resolves node_modules as it does from dist/).
 */

const root = path.resolve(__dirname, '..', '..');
const run = crypto.randomBytes(4).toString('hex');
const outDir = path.join(root, '.tmp', `build-${run}`);
const database = `lgt_build_${run}_agreements`;
const children: ChildProcess[] = [];
let output = '';
let gatewayPort: number;
let agreementsPort: number;

/** Runs a command to its end; resolves with its exit code and everything it printed. */
function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: text }));
  });
}

/** A service from the build, started the way the image starts it: plain node on the compiled entry point. */
function startFromBuild(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [path.join(outDir, 'scripts', 'startService.js'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  children.push(child);
  return child;
}

async function waitReady(port: number, child: ChildProcess, name: string, isReady = async (res: Response) => res.status === 200): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if (await isReady(await fetch(`http://127.0.0.1:${port}/ready`))) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become ready from the build:\n${output}`);
}

/** The production profile, as docker-compose.yml and deploy/k8s/ set it, on free ports. */
function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: TEST_JWT_SECRET,
    EVENT_SECRET: TEST_EVENT_SECRET,
    SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    // Demo data, so there is something to answer; production runs keep the default store empty of it.
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    LOG_PRETTY: '0',
    GATEWAY_PORT: String(gatewayPort),
    AGREEMENTS_PORT: String(agreementsPort),
    AGREEMENTS_DATABASE_URL: testDatabaseUrl(database),
  };
  delete env.SERVICE;
  delete env.SUPERGRAPH_PATH;
  // Subgraphs other than agreements are not started: their fields would err, the query asks none.
  for (const s of SUBGRAPHS) env[`${s.envPrefix}_URL`] = `http://127.0.0.1:${s.name === 'agreements' ? agreementsPort : 1}/graphql`;
  return env;
}

beforeAll(async () => {
  gatewayPort = await freePort();
  agreementsPort = await freePort();
  const build = await runToEnd('npm', ['run', 'build', '--', '--out-dir', path.relative(root, outDir)]);
  if (build.code !== 0) throw new Error(`npm run build failed:\n${build.output}`);
}, 180_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(outDir, { recursive: true, force: true });
  await dropDatabases([database]);
});

describe('npm run build (issue 18, acceptance 1)', () => {
  it('compiles every service to JavaScript, with the schema files and public assets beside the code and no tests', () => {
    for (const entry of ['scripts/startService.js', 'scripts/healthcheck.js', 'gateway/src/index.js', ...SUBGRAPHS.map((s) => `subgraphs/${s.name}/src/index.js`)]) {
      expect({ entry, exists: fs.existsSync(path.join(outDir, entry)) }).toEqual({ entry, exists: true });
    }
    for (const s of SUBGRAPHS) expect(fs.readFileSync(path.join(outDir, 'schema', `${s.name}.graphql`), 'utf8')).toBe(fs.readFileSync(path.join(root, 'schema', `${s.name}.graphql`), 'utf8'));
    expect(fs.readFileSync(path.join(outDir, 'schema', 'supergraph.graphql'), 'utf8')).toBe(fs.readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8'));
    expect(fs.existsSync(path.join(outDir, 'gateway', 'public', 'tiles.html'))).toBe(true);
    const files = fs.readdirSync(outDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => /\.test\.js$/.test(f) || f.startsWith(`test${path.sep}`) || f.startsWith(`bench${path.sep}`))).toEqual([]);
  });

  it('runs the gateway and a subgraph from the build with plain node, and a query through that gateway answers', async () => {
    const env = productionEnv();
    // The subgraph chosen by argument, the gateway by SERVICE: the two ways the image is told which one to run.
    const agreements = startFromBuild(['agreements'], env);
    await waitReady(agreementsPort, agreements, 'agreements');
    const gateway = startFromBuild([], { ...env, SERVICE: 'gateway' });
    // Only agreements runs: the gateway's /ready (supergraph loaded, every subgraph ready) names the other three.
    const naming = ['support-contracts', 'software-catalog', 'partner-benefits'];
    await waitReady(gatewayPort, gateway, 'gateway', async (res) => res.status === 503 && JSON.stringify(((await res.json()) as { notReady?: string[] }).notReady) === JSON.stringify(naming));

    const token = await signToken(DEMO_USERS.alice, readIdentityConfig({ JWT_SECRET: TEST_JWT_SECRET }), '1h');
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ myOrganization { name agreements(first: 1) { nodes { program } } } }' }),
    });
    const body = (await res.json()) as { data?: { myOrganization: { name: string; agreements: { nodes: unknown[] } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.myOrganization.name).toBe('Contoso Ltd');
    expect(body.data?.myOrganization.agreements.nodes).toHaveLength(1);
    // Production profile from the build: no playground page.
    expect((await fetch(`http://127.0.0.1:${gatewayPort}/`)).status).toBe(404);

    // The image's HEALTHCHECK, from the build: healthy for both services, unhealthy where nothing listens.
    for (const [service, port] of [['gateway', gatewayPort], ['agreements', agreementsPort]] as const) {
      const check = await runToEnd(process.execPath, [path.join(outDir, 'scripts', 'healthcheck.js')], { ...env, SERVICE: service });
      expect({ service, port, code: check.code }).toEqual({ service, port, code: 0 });
    }
    const down = await runToEnd(process.execPath, [path.join(outDir, 'scripts', 'healthcheck.js')], { ...env, SERVICE: 'partner-benefits', PARTNER_BENEFITS_PORT: String(await freePort()) });
    expect(down.code).toBe(1);

    // SIGTERM handling survives compilation: both stop cleanly.
    for (const child of [gateway, agreements]) {
      const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await closed).toBe(0);
    }
    expect(output.match(/"msg":"stopped"/g)?.length).toBe(2);
  }, 120_000);

  it('refuses to start an unknown service', async () => {
    const res = await runToEnd(process.execPath, [path.join(outDir, 'scripts', 'startService.js'), 'billing'], productionEnv());
    expect(res.code).toBe(2);
    expect(res.output).toContain('SERVICE must be one of gateway, agreements, support-contracts, software-catalog, partner-benefits');
  });
});
