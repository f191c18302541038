/**
 * The stack `npm run bench` measures: four subgraph processes over fresh MySQL
 * databases (`bench_*`) holding the demo seed plus the scaled bench data set,
 * our gateway, and the peer (Hive Gateway) over the same subgraphs. Every
 * service is its own process, started the way production starts it, so its
 * memory and CPU are its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl, readSubgraphConfig } from '../common/config';
import { openStore } from '../common/database';
import { createLogger } from '../common/logger';
import { SUBGRAPHS, type SubgraphName } from '../common/services';
import { systemClock } from '../common/clock';
import type { SubgraphDeps } from '../common/subgraphServer';
import { SUBGRAPH_DEFINITIONS } from '../subgraphs/definitions';
import { freePort } from '../common/devStack/freePort';
import { dropDatabases } from '../common/devStack/mysqlServer';
import { seedBenchData, type BenchDataSet } from './data/seedBenchData';

const ROOT = path.resolve(__dirname, '..');

/** Our gateway, Hive Gateway on its default JavaScript runtime, and Hive Gateway with Hive Router's Rust query planner. */
export const GATEWAY_KINDS = ['ours', 'hive', 'hive-rust'] as const;
export type GatewayKind = (typeof GATEWAY_KINDS)[number];

export interface BenchProcess {
  name: string;
  child: ChildProcess;
  /** Base URL (no path). */
  url: string;
}

export interface BenchStack {
  data: BenchDataSet;
  jwtSecret: string;
  subgraphs: Record<SubgraphName, BenchProcess>;
  /** The gateways started (see `BenchStackOptions.gateways`). */
  gateways: Partial<Record<GatewayKind, BenchProcess>>;
  seedSeconds: number;
  stop(): Promise<void>;
}

export interface BenchStackOptions {
  scale: number;
  /** Server URL without a database, e.g. `mysql://root@127.0.0.1:3306`. */
  mysqlUrl: string;
  log(line: string): void;
  /** Gateways to start (default: all three). */
  gateways?: readonly GatewayKind[];
  /** When set, every Node process writes a CPU profile (`--cpu-prof`) into this folder when it stops. */
  profileDir?: string;
}

/**
 * Prefix of the bench databases (`BENCH_DATABASE_PREFIX`, default `bench_`):
 * two benches on one MySQL server (two checkouts) must not drop each other's.
 */
function databasePrefix(): string {
  const prefix = process.env.BENCH_DATABASE_PREFIX ?? 'bench_';
  if (!/^[a-z0-9_]{1,20}$/.test(prefix)) throw new Error(`BENCH_DATABASE_PREFIX must be 1-20 of a-z, 0-9, _ (got ${prefix})`);
  return prefix;
}

function databaseUrl(mysqlUrl: string, name: SubgraphName): string {
  const descriptor = SUBGRAPHS.find((s) => s.name === name);
  return `${mysqlUrl.replace(/\/+$/, '')}/${databasePrefix()}${descriptor?.defaultDatabase ?? name}`;
}

/** Fresh databases every run: figures must not depend on what an earlier run wrote. */
async function prepareStores(options: BenchStackOptions): Promise<{ data: BenchDataSet; seconds: number }> {
  const started = performance.now();
  const logger = createLogger('bench');
  logger.level = 'warn';
  const opened = await Promise.all(
    SUBGRAPHS.map(async (s) => {
      const config = parseDatabaseUrl(databaseUrl(options.mysqlUrl, s.name), 'MYSQL_URL');
      if (config.kind !== 'mysql') throw new Error('the benchmark needs MySQL (a mysql:// URL)');
      await dropDatabases([config.database], options.mysqlUrl);
      const store = await openStore(config, SUBGRAPH_DEFINITIONS[s.name].store, logger);
      const deps: SubgraphDeps = { db: store.dataSource, clock: systemClock, logger, config: readSubgraphConfig(s.name) };
      await SUBGRAPH_DEFINITIONS[s.name].seed?.(deps);
      return [s.name, store] as const;
    }),
  );
  const stores = Object.fromEntries(opened.map(([name, store]) => [name, store.dataSource])) as Record<SubgraphName, (typeof opened)[number][1]['dataSource']>;
  try {
    const data = await seedBenchData(stores, options.scale);
    return { data, seconds: (performance.now() - started) / 1000 };
  } finally {
    await Promise.all(opened.map(([, store]) => store.dataSource.destroy()));
  }
}

/**
 * The services run compiled, as in production (`npm run build`, `node
 * dist/...`), not through tsx: tsx's hooks answer every `require()` made
 * while serving (Apollo's hashing requires `crypto` per call) through its
 * loader thread, a cost production never pays and that would be measured
 * on every process, the peers' included. The bench builds into
 * `.bench/dist` (with the peer's entry, tsconfig.bench.json) before it starts.
 */
const BUILD_DIR = path.join(ROOT, '.bench', 'dist');

function buildServices(log: (line: string) => void): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'build.ts'), '--out-dir', path.relative(ROOT, BUILD_DIR), '--project', 'tsconfig.bench.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`building the services failed:\n${result.stdout}${result.stderr}`);
  log(`  built the services into ${path.relative(ROOT, BUILD_DIR)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The compiled file of a source entry (`gateway/src/index.ts` → `.bench/dist/gateway/src/index.js`). */
function compiled(entry: string): string {
  return path.join(BUILD_DIR, entry.replace(/\.ts$/, '.js'));
}

function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv, options: BenchStackOptions): ChildProcess {
  const log = options.log;
  // A profile is written when the process exits normally (SIGTERM handlers exit 0), one per thread, in a folder
  // named after the process: Node's own names (…<pid>.<thread>.…); the main thread's is thread 0. One fixed name
  // let tsx's loader thread, which exits last, overwrite the main thread's profile.
  const profile = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(options.profileDir, name)] : [];
  const child = spawn(process.execPath, [...profile, compiled(entry)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  [${name}] ${line}`);
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  return child;
}

async function waitUntilAnswering(url: string, name: string, child: ChildProcess, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(url, init);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer at ${url} within 60 s`);
}

export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  options.log('Building the services…');
  buildServices(options.log);
  options.log(`Seeding bench databases at scale ${options.scale}…`);
  const { data, seconds } = await prepareStores(options);
  options.log(`  seeded in ${seconds.toFixed(1)} s: ${Object.entries(data.rows).map(([k, v]) => `${k} ${v} rows`).join(', ')}`);

  const jwtSecret = crypto.randomBytes(32).toString('hex');
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const))) as Record<SubgraphName, number>;
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    JWT_SECRET: jwtSecret,
    EVENT_SECRET: crypto.randomBytes(32).toString('hex'),
    // Both gateways send it to the subgraphs, which answer GraphQL to no one else.
    SUBGRAPH_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'false',
  };
  for (const s of SUBGRAPHS) {
    baseEnv[`${s.envPrefix}_URL`] = `http://127.0.0.1:${ports[s.name]}/graphql`;
    baseEnv[`${s.envPrefix}_PORT`] = String(ports[s.name]);
    baseEnv[`${s.envPrefix}_DATABASE_URL`] = databaseUrl(options.mysqlUrl, s.name);
  }
  const children: ChildProcess[] = [];
  const subgraphs = {} as Record<SubgraphName, BenchProcess>;
  await Promise.all(
    SUBGRAPHS.map(async (s) => {
      const child = startProcess(s.name, path.join('subgraphs', s.name, 'src', 'index.ts'), baseEnv, options);
      children.push(child);
      const url = `http://127.0.0.1:${ports[s.name]}`;
      await waitUntilAnswering(`${url}/ready`, s.name, child);
      subgraphs[s.name] = { name: s.name, child, url };
    }),
  );
  const kinds = options.gateways ?? GATEWAY_KINDS;
  const entries: Record<GatewayKind, { label: string; entry: string; env: NodeJS.ProcessEnv }> = {
    // GATEWAY_ENTITY_CACHE_MB passes through, so a run with 0 measures the graph without the entity cache.
    ours: { label: 'gateway (ours)', entry: path.join('gateway', 'src', 'index.ts'), env: process.env.GATEWAY_ENTITY_CACHE_MB === undefined ? {} : { GATEWAY_ENTITY_CACHE_MB: process.env.GATEWAY_ENTITY_CACHE_MB } },
    // NODE_NO_WARNINGS: Hive's internals warn about listener counts on every run; the figures are what matter.
    hive: { label: 'hive gateway', entry: path.join('bench', 'hiveGateway.ts'), env: { NODE_NO_WARNINGS: '1' } },
    'hive-rust': { label: 'hive gateway (rust planner)', entry: path.join('bench', 'hiveGateway.ts'), env: { NODE_NO_WARNINGS: '1', HIVE_RUNTIME: 'rust' } },
  };
  const gateways: Partial<Record<GatewayKind, BenchProcess>> = {};
  for (const kind of kinds) {
    const port = await freePort();
    const { label, entry, env } = entries[kind];
    const child = startProcess(kind === 'ours' ? 'gateway' : kind, entry, { ...baseEnv, ...env, GATEWAY_PORT: String(port), HIVE_GATEWAY_PORT: String(port) }, options);
    children.push(child);
    gateways[kind] = { name: label, child, url: `http://127.0.0.1:${port}` };
  }
  const probe = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };
  await Promise.all(Object.values(gateways).map((g: BenchProcess) => waitUntilAnswering(`${g.url}/graphql`, g.name, g.child, probe)));

  return {
    data,
    jwtSecret,
    subgraphs,
    gateways,
    seedSeconds: seconds,
    async stop() {
      await Promise.all(
        children
          .filter((c) => c.exitCode === null)
          .map(
            (c) =>
              new Promise<void>((resolve) => {
                c.once('exit', () => resolve());
                c.kill('SIGTERM');
                setTimeout(() => {
                  c.kill('SIGKILL');
                  resolve();
                }, 12_000).unref();
              }),
          ),
      );
    },
  };
}

/** Resident and peak memory of a process, from /proc (Linux): what the OS charges it, not the V8 heap alone. */
export function memoryOf(pid: number | undefined): { rssMb: number; peakMb: number } | null {
  if (pid === undefined) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(/^(\w+):\s+(\d+) kB/m.exec(status.split('\n').find((l) => l.startsWith(`${key}:`)) ?? '')?.[2] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, in ms (user + system, from /proc; Linux counts in 10 ms ticks). */
export function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th of the line.
    const afterName = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(afterName[11]) + Number(afterName[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The MySQL server's pid when it runs on this machine (its CPU is part of every workload's cost). */
export function mysqlServerPid(): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm === 'mariadbd' || comm === 'mysqld') return Number(entry);
    } catch {
      // process ended while listing
    }
  }
  return undefined;
}
