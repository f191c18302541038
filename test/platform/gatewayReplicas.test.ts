import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { createClient } from '@keyv/redis';
import { SUBGRAPHS } from '../../common/services';
import { freePort } from '../harness/freePort';
import { startStack, TEST_JWT_SECRET, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';

/**
 * Many gateways (docs/scaling.md): two gateway processes, one of them
 * running two cluster workers, share a Redis of their own (never the
 * machine's shared one, which this test must not stop). A public answer
 * cached through one is served by the other without calling the catalog; an
 * automatic persisted query registered through one is known to the other;
 * with Redis killed both keep answering, with cache misses and no errors.
 */
const root = path.resolve(__dirname, '..', '..');
const prefix = `lgt-${crypto.randomBytes(4).toString('hex')}`;

interface GatewayProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

let stack: Stack;
let redis: ChildProcess | undefined;
let redisPort: number;
const gateways: GatewayProcess[] = [];

async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number, log: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not within ${timeoutMs} ms\n${log()}`);
}

async function startGateway(workers: number): Promise<GatewayProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GATEWAY_PORT: String(port),
    GATEWAY_WORKERS: String(workers),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    REDIS_KEY_PREFIX: prefix,
    JWT_SECRET: TEST_JWT_SECRET,
    SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    LOG_LEVEL: 'info',
    LOG_PRETTY: '0',
  };
  for (const d of SUBGRAPHS) env[`${d.envPrefix}_URL`] = stack.subgraphs[d.name].url;
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/index.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return { child, url: `http://127.0.0.1:${port}/graphql`, output: () => output };
}

async function post(url: string, body: Record<string, unknown>): Promise<{ status: number; age: string | null; json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, age: res.headers.get('age'), json: (await res.json()) as never };
}

beforeAll(async () => {
  redisPort = await freePort();
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  stack = await startStack();
  gateways.push(await startGateway(1), await startGateway(2));
  for (const g of gateways) {
    await until('gateway ready', async () => (await post(g.url, { query: '{ __typename }' })).status === 200, 60_000, g.output);
  }
}, 90_000);

afterAll(async () => {
  for (const g of gateways) if (g.child.exitCode === null && g.child.signalCode === null) g.child.kill('SIGKILL');
  if (redis && redis.exitCode === null && redis.signalCode === null) redis.kill('SIGKILL');
  await stack?.stop();
});

const CATALOG = `query ($search: String!) { products(search: $search, first: 5) { totalCount nodes { id name } } }`;

describe('gateway replicas sharing a cache through Redis', () => {
  it('serves a public answer cached by one gateway process from another, without calling the catalog', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const [one, two] = gateways;
    const before = catalog.operations();
    const first = await post(one.url, { query: CATALOG, variables: { search: 'server' } });
    expect(first.json.errors).toBeUndefined();
    expect(first.age).toBeNull();
    expect(catalog.operations()).toBe(before + 1);
    // The response cache plugin stores an answer in the background: the response can reach us before its SET
    // reaches Redis, and a read by the other process in between is a legitimate miss. So wait until the entry
    // (the plugin's keys start `fqc:`, after our prefix) is there: that it is then served by the other process
    // is what this test is about.
    const inspector = createClient({ url: `redis://127.0.0.1:${redisPort}` });
    await inspector.connect();
    try {
      await until('the first answer stored in Redis', async () => (await inspector.keys(`${prefix}::fqc:*`)).length === 1, 10_000, one.output);
    } finally {
      inspector.destroy();
    }
    // The other process (either of its two workers) answers from Redis: the same body, an Age header, no catalog call.
    for (let i = 0; i < 4; i += 1) {
      const fromOther = await post(two.url, { query: CATALOG, variables: { search: 'server' } });
      expect(fromOther.json).toEqual(first.json);
      expect(fromOther.age).not.toBeNull();
    }
    expect(catalog.operations()).toBe(before + 1);
  });

  it('knows an automatic persisted query registered through another gateway process', async () => {
    const query = '{ products(first: 2) { totalCount } }';
    const sha256Hash = crypto.createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await post(gateways[0].url, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(unknown.json.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(gateways[0].url, { query, extensions });
    expect(registered.json.errors).toBeUndefined();
    const byHash = await post(gateways[1].url, { extensions });
    expect(byHash.json).toEqual(registered.json);
  });

  it('keeps answering with Redis gone: cache misses, no errors, and a warning now and then rather than per request', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    redis!.kill('SIGKILL');
    await new Promise<void>((resolve) => (redis!.exitCode !== null || redis!.signalCode !== null ? resolve() : redis!.once('exit', () => resolve())));
    const before = catalog.operations();
    const rounds = 5;
    for (let i = 0; i < rounds; i += 1) {
      for (const g of gateways) {
        // The answer cached before is out of reach now, and a new one cannot be stored: each call reaches the catalog.
        for (const search of ['server', 'office']) {
          const res = await post(g.url, { query: CATALOG, variables: { search } });
          expect(res.status).toBe(200);
          expect(res.json.errors).toBeUndefined();
          expect(res.age).toBeNull();
        }
      }
    }
    expect(catalog.operations() - before).toBe(rounds * gateways.length * 2);
    // Logged at most once per 30 s per process (plus the client's first connection error), not per request.
    for (const g of gateways) {
      const warnings = g.output().split('\n').filter((l) => l.includes('shared cache (Redis) unavailable')).length;
      expect(warnings).toBeGreaterThanOrEqual(1);
      expect(warnings).toBeLessThanOrEqual(4);
    }
  });

  it('drains every cluster worker on SIGTERM and exits 0', async () => {
    const clustered = gateways[1];
    // Both workers must be serving (their SIGTERM handling set up) before the drain is tested: on a busy
    // machine the second may still be starting, and a worker killed while starting has nothing to drain.
    const readyWorkers = () => clustered.output().split('\n').filter((l) => l.includes('"msg":"gateway ready"')).length;
    for (const started = Date.now(); readyWorkers() < 2 && Date.now() - started < 15_000; ) await new Promise((r) => setTimeout(r, 100));
    expect(readyWorkers()).toBe(2);
    const exited = new Promise<number | null>((resolve) => clustered.child.once('close', (code) => resolve(code)));
    clustered.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = clustered.output().split('\n');
    expect(lines.filter((l) => l.includes('"msg":"gateway worker started"'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('"msg":"stopped"'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('all gateway workers stopped'))).toBe(true);
  }, 40_000);
});
