/**
 * `npm run bench [-- --scale N --duration S --connections C --workloads a,b --gateways ours,hive]`
 *
 * Starts the whole stack against MySQL with the bench data set at `--scale`,
 * then runs each workload through our gateway and through Hive Gateway (same
 * supergraph, same subgraphs), one after the other, and prints per workload
 * and gateway: requests/s, p50, p99, errors, SQL statements per operation per
 * subgraph, and each process's memory. docs/performance.md explains the
 * figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readIdentityConfig } from '../common/config';
import { signToken } from '../common/identity';
import { SUBGRAPHS, type SubgraphName } from '../common/services';
import { headersOf, runLoad, type GraphQLRequest, type LoadResult } from '../bench/load';
import { countBetween, quantileBetween, readMetrics, valueOf, type Sample } from '../bench/metrics';
import { cpuMsOf, memoryOf, mysqlServerPid, startBenchStack, type BenchStack, type GatewayKind } from '../bench/stack';
import { defineWorkloads, WORKLOAD_NAMES, type Workload, type WorkloadName } from '../bench/workloadRequests';

interface Options {
  scale: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  workloads: WorkloadName[];
  gateways: GatewayKind[];
  out: string;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const positive = (flag: string, fallback: number): number => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got ${raw}`);
    return n;
  };
  const list = <T extends string>(flag: string, known: readonly T[]): T[] => {
    const raw = value(flag);
    if (!raw) return [...known];
    const items = raw.split(',').map((s) => s.trim());
    const unknown = items.filter((s) => !(known as readonly string[]).includes(s));
    if (unknown.length) throw new Error(`${flag}: unknown ${unknown.join(', ')} (known: ${known.join(', ')})`);
    return items as T[];
  };
  return {
    scale: positive('--scale', 1),
    durationSeconds: positive('--duration', 15),
    warmupSeconds: positive('--warmup', 3),
    connections: positive('--connections', 10),
    workloads: list('--workloads', WORKLOAD_NAMES),
    gateways: list('--gateways', ['ours', 'hive'] as const),
    out: value('--out') ?? path.join('.bench', 'last.md'),
  };
}

/** Subgraph latencies of one run, in ms: as the gateway waited for them, and as each subgraph served them. */
interface SubgraphLatencies {
  gatewaySide: Partial<Record<SubgraphName, number>>;
  subgraphSide: Partial<Record<SubgraphName, number>>;
}

interface RunFigures {
  workload: WorkloadName;
  gateway: GatewayKind;
  load: LoadResult;
  statementsPerOperation: Record<SubgraphName, number>;
  latencies: SubgraphLatencies;
  memoryMb: Record<string, number>;
  /** CPU ms per completed request, per process (gateway, subgraphs, MySQL, the load generator). */
  cpuMsPerRequest: Record<string, number>;
}

/** Probe windows, and operations per window, for the exact statements-per-operation figure. */
const PROBE_WINDOWS = 3;
const PROBES_PER_WINDOW = 10;

async function snapshot(stack: BenchStack): Promise<{ subgraphs: Record<SubgraphName, Sample[]>; gateway: Sample[] }> {
  const entries = await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await readMetrics(stack.subgraphs[s.name].url)] as const));
  // Our gateway's /metrics gives the subgraph waits; without it (an older gateway) the rest still holds.
  const gateway = await readMetrics(stack.gateways.ours.url).catch((): Sample[] => []);
  return { subgraphs: Object.fromEntries(entries) as Record<SubgraphName, Sample[]>, gateway };
}

/** Statements each subgraph ran between two snapshots. */
function statementDeltas(before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>): Record<SubgraphName, number> {
  return Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, valueOf(after.subgraphs[s.name], 'sql_statements_total') - valueOf(before.subgraphs[s.name], 'sql_statements_total')]),
  ) as Record<SubgraphName, number>;
}

/**
 * SQL statements per operation, exact: operations sent one at a time, with the
 * stores' statement counters read before and after. A scrape of /metrics runs
 * a statement of its own (the outbox count), and background work (the outbox
 * sweep, PB-3's job) may run one at any moment; both only ever add, so the
 * figure is the smallest of a few windows, less the smallest idle scrape cost.
 */
async function statementsPerOperation(stack: BenchStack, url: string, next: () => GraphQLRequest): Promise<Record<SubgraphName, number>> {
  const scrapes: Record<SubgraphName, number>[] = [];
  const windows: Record<SubgraphName, number>[] = [];
  for (let w = 0; w < PROBE_WINDOWS; w++) {
    const idle = await snapshot(stack);
    const before = await snapshot(stack);
    scrapes.push(statementDeltas(idle, before));
    for (let i = 0; i < PROBES_PER_WINDOW; i++) {
      const request = next();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: headersOf(request), body: request.body });
      const text = await res.text();
      if (!res.ok || text.includes('"errors":')) throw new Error(`probe request failed (${res.status}): ${text.slice(0, 300)}`);
    }
    windows.push(statementDeltas(before, await snapshot(stack)));
  }
  const least = (list: Record<SubgraphName, number>[], s: SubgraphName) => Math.min(...list.map((r) => r[s]));
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, (least(windows, s.name) - least(scrapes, s.name)) / PROBES_PER_WINDOW])) as Record<SubgraphName, number>;
}

function processPids(stack: BenchStack, gateway: GatewayKind): Record<string, number | undefined> {
  const pids: Record<string, number | undefined> = { gateway: stack.gateways[gateway].child.pid };
  for (const s of SUBGRAPHS) pids[s.name] = stack.subgraphs[s.name].child.pid;
  pids.mysql = mysqlServerPid();
  pids.autocannon = process.pid;
  return pids;
}

function cpuSnapshot(pids: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMsOf(pid)]));
}

function memory(stack: BenchStack, gateway: GatewayKind): Record<string, number> {
  const rows: Record<string, number> = {};
  const gw = memoryOf(stack.gateways[gateway].child.pid);
  rows[gateway === 'ours' ? 'gateway' : 'hive-gateway'] = gw?.rssMb ?? NaN;
  for (const s of SUBGRAPHS) rows[s.name] = memoryOf(stack.subgraphs[s.name].child.pid)?.rssMb ?? NaN;
  return rows;
}

async function runWorkload(stack: BenchStack, workload: Workload, gateway: GatewayKind, options: Options): Promise<RunFigures> {
  const url = stack.gateways[gateway].url;
  await runLoad({ url, connections: options.connections, durationSeconds: options.warmupSeconds, next: workload.requests() });
  const pids = processPids(stack, gateway);
  const before = await snapshot(stack);
  const cpuBefore = cpuSnapshot(pids);
  const load = await runLoad({ url, connections: options.connections, durationSeconds: options.durationSeconds, next: workload.requests() });
  const cpuAfter = cpuSnapshot(pids);
  const after = await snapshot(stack);
  const cpuMsPerRequest = Object.fromEntries(Object.keys(pids).map((name) => [name, (cpuAfter[name] - cpuBefore[name]) / load.requests]));
  const latencies: SubgraphLatencies = { gatewaySide: {}, subgraphSide: {} };
  for (const s of SUBGRAPHS) {
    const served = quantileBetween(before.subgraphs[s.name], after.subgraphs[s.name], 'http_request_duration_seconds', 0.5);
    if (served !== null) latencies.subgraphSide[s.name] = served;
    if (gateway === 'ours' && countBetween(before.gateway, after.gateway, 'subgraph_request_duration_seconds', { subgraph: s.name }) > 0) {
      latencies.gatewaySide[s.name] = quantileBetween(before.gateway, after.gateway, 'subgraph_request_duration_seconds', 0.5, { subgraph: s.name }) ?? undefined;
    }
  }
  const memoryMb = memory(stack, gateway);
  const statements = await statementsPerOperation(stack, url, workload.requests());
  return { workload: workload.name, gateway, load, statementsPerOperation: statements, latencies, memoryMb, cpuMsPerRequest };
}

/** Sum over the critical path's stages of the slowest call's p50 in each stage. */
function criticalPathMs(workload: Workload, p50s: Partial<Record<SubgraphName, number>>): number | null {
  let total = 0;
  for (const stage of workload.criticalPath) {
    const values = stage.map((s) => p50s[s]);
    if (values.some((v) => v === undefined)) return null;
    total += Math.max(...(values as number[]));
  }
  return total;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const SHORT: Record<SubgraphName, string> = { agreements: 'agr', 'support-contracts': 'sup', 'software-catalog': 'cat', 'partner-benefits': 'pb' };

function report(runs: RunFigures[], workloads: Record<WorkloadName, Workload>, stack: BenchStack, options: Options): string {
  const lines: string[] = [];
  lines.push(
    `Scale ${options.scale} (seeded ${Object.entries(stack.data.rows).map(([k, v]) => `${k} ${v}`).join(', ')} rows in ${fmt(stack.seedSeconds)} s); ` +
      `${options.connections} connections, ${options.durationSeconds} s per run after ${options.warmupSeconds} s warm-up; ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    '',
    `| workload | gateway | req/s | vs hive | p50 ms | p99 ms | errors | SQL/op (${SUBGRAPHS.map((s) => SHORT[s.name]).join(' ')}) | RSS MB (gw ${SUBGRAPHS.map((s) => SHORT[s.name]).join(' ')}) |`,
    '|---|---|---:|---:|---:|---:|---:|---|---|',
  );
  for (const run of runs) {
    const hive = runs.find((r) => r.workload === run.workload && r.gateway === 'hive');
    const ratio = hive && run.gateway === 'ours' ? `${fmt(run.load.requestsPerSecond / hive.load.requestsPerSecond, 2)}×` : '';
    const sql = SUBGRAPHS.map((s) => fmt(run.statementsPerOperation[s.name], 2).replace(/\.00$/, '')).join(' ');
    const rss = Object.values(run.memoryMb).map((v) => fmt(v, 0)).join(' ');
    lines.push(
      `| ${run.workload} | ${run.gateway} | ${fmt(run.load.requestsPerSecond, 0)} | ${ratio} | ${fmt(run.load.p50Ms)} | ${fmt(run.load.p99Ms)} | ${run.load.errors} | ${sql} | ${rss} |`,
    );
  }
  lines.push('', `CPU ms per request (${Object.keys(runs[0]?.cpuMsPerRequest ?? {}).join(', ')}):`, '');
  for (const run of runs) {
    lines.push(`- ${run.workload} via ${run.gateway}: ${Object.values(run.cpuMsPerRequest).map((v) => fmt(v, 2)).join(' · ')}`);
  }
  lines.push('');
  for (const run of runs.filter((r) => r.gateway === 'ours')) {
    const workload = workloads[run.workload];
    const route = workload.criticalPath.map((stage) => stage.join(' ∥ ')).join(' → ');
    const waited = criticalPathMs(workload, run.latencies.gatewaySide);
    const served = criticalPathMs(workload, run.latencies.subgraphSide);
    const perSubgraph = SUBGRAPHS.filter((s) => run.latencies.gatewaySide[s.name] !== undefined)
      .map((s) => `${s.name} ${fmt(run.latencies.gatewaySide[s.name] ?? NaN, 2)} (served in ${fmt(run.latencies.subgraphSide[s.name] ?? NaN, 2)})`)
      .join(', ');
    lines.push(
      `- ${run.workload}: gateway p50 ${fmt(run.load.p50Ms, 2)} ms; critical path ${route}; subgraph call p50s as the gateway waited for them: ${perSubgraph || 'none (answered without calling a subgraph)'}. ` +
        (waited ? `Gateway p50 / critical path = ${fmt(run.load.p50Ms / waited, 2)} (${fmt(run.load.p50Ms / (served ?? NaN), 2)} against the subgraphs' own serving times).` : ''),
    );
  }
  for (const run of runs) if (run.load.firstError) lines.push(`- ${run.workload} via ${run.gateway}: first error: ${run.load.firstError}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const stack = await startBenchStack({ scale: options.scale, mysqlUrl, log });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stack.stop();
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const identity = readIdentityConfig({ JWT_SECRET: stack.jwtSecret });
    const users = [...stack.data.partnerUsers, ...stack.data.customerAdmins, ...stack.data.submitters.map((s) => s.user)];
    const tokens = new Map<string, string>();
    for (const user of users) tokens.set(user.sub, await signToken(user, identity, '2h'));
    const workloads = defineWorkloads(stack.data, tokens);
    const runs: RunFigures[] = [];
    for (const [index, name] of options.workloads.entries()) {
      // Alternate which gateway goes first, so neither always meets the stores as the other left them.
      const order = index % 2 === 0 ? options.gateways : [...options.gateways].reverse();
      for (const gateway of order) {
        log(`Running ${name} through ${gateway}…`);
        const run = await runWorkload(stack, workloads[name], gateway, options);
        log(`  ${fmt(run.load.requestsPerSecond, 0)} req/s, p50 ${fmt(run.load.p50Ms)} ms, p99 ${fmt(run.load.p99Ms)} ms, ${run.load.errors} errors`);
        runs.push(run);
      }
    }
    runs.sort((a, b) => options.workloads.indexOf(a.workload) - options.workloads.indexOf(b.workload) || options.gateways.indexOf(a.gateway) - options.gateways.indexOf(b.gateway));
    const text = report(runs, workloads, stack, options);
    log(`\n${text}\n`);
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, `${text}\n`);
    fs.writeFileSync(options.out.replace(/\.md$/, '.json'), JSON.stringify({ options, rows: stack.data.rows, runs }, null, 2));
    log(`Written to ${options.out} (and .json).`);
  } finally {
    await stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
