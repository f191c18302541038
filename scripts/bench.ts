/**
 * `npm run bench [-- --scale N --rounds R --duration S --connections C --workloads a,b --gateways ours,hive,hive-rust --profile]`
 *
 * Starts the whole stack against MySQL with the bench data set at `--scale`,
 * then, in `--rounds` rounds, runs each workload through our gateway, Hive
 * Gateway and Hive Gateway with the Rust query planner (same supergraph, same
 * subgraphs), the order rotating from round to round. It prints per workload
 * and gateway the medians of the rounds: requests/s, the whole graph's CPU per
 * request, p50, p99, errors, SQL statements per operation per subgraph, and
 * each process's memory; and ours against the best peer. `--profile` writes a
 * CPU profile per process. docs/performance.md explains the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readIdentityConfig } from '../common/config';
import { signToken } from '../common/identity';
import { SUBGRAPHS, type SubgraphName } from '../common/services';
import { headersOf, runLoad, type GraphQLRequest, type LoadResult } from '../bench/load';
import { countBetween, quantileBetween, readMetrics, valueOf, type Sample } from '../bench/metrics';
import { cpuMsOf, GATEWAY_KINDS, memoryOf, mysqlServerPid, startBenchStack, type BenchProcess, type BenchStack, type GatewayKind } from '../bench/stack';
import { describeProfiles } from '../bench/profileSummary';
import { compare, gatewayOrder, summarize, type RoundFigures } from '../bench/summary';
import { defineWorkloads, WORKLOAD_NAMES, type Workload, type WorkloadName } from '../bench/workloadRequests';

interface Options {
  scale: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  /** Rounds; each runs every workload through every gateway, in an order that rotates from round to round. */
  rounds: number;
  workloads: WorkloadName[];
  gateways: GatewayKind[];
  out: string;
  /** Folder for one CPU profile per process (`--profile`), or undefined. */
  profileDir?: string;
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
  const out = value('--out') ?? path.join('.bench', 'last.md');
  return {
    scale: positive('--scale', 1),
    durationSeconds: positive('--duration', 10),
    warmupSeconds: positive('--warmup', 3),
    connections: positive('--connections', 10),
    rounds: positive('--rounds', 3),
    workloads: list('--workloads', WORKLOAD_NAMES),
    gateways: list('--gateways', GATEWAY_KINDS),
    out,
    profileDir: argv.includes('--profile') ? path.resolve(path.dirname(out), 'profiles') : undefined,
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
  round: number;
  load: LoadResult;
  /** Measured in the first round only (exact and slow; it does not change between rounds). */
  statementsPerOperation?: Record<SubgraphName, number>;
  latencies: SubgraphLatencies;
  memoryMb: Record<string, number>;
  /** CPU ms per completed request, per process (gateway, subgraphs, MySQL, the load generator). */
  cpuMsPerRequest: Record<string, number>;
  /** The whole graph's CPU ms per request: the gateway, the four subgraphs and MySQL (not the load generator). */
  graphCpuMsPerRequest: number;
}

/** Probe windows, and operations per window, for the exact statements-per-operation figure. */
const PROBE_WINDOWS = 3;
const PROBES_PER_WINDOW = 10;

async function snapshot(stack: BenchStack): Promise<{ subgraphs: Record<SubgraphName, Sample[]>; gateway: Sample[] }> {
  const entries = await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await readMetrics(stack.subgraphs[s.name].url)] as const));
  // Our gateway's /metrics gives the subgraph waits; without it (an older gateway) the rest still holds.
  const ours = stack.gateways.ours;
  const gateway = ours ? await readMetrics(ours.url).catch((): Sample[] => []) : [];
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

/** Waits (at most 60 s) until no subgraph holds an undelivered outbox event (common/outbox). */
async function outboxesDrained(stack: BenchStack): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const pending = await Promise.all(SUBGRAPHS.map(async (s) => valueOf(await readMetrics(stack.subgraphs[s.name].url), 'outbox_events_pending')));
    if (pending.every((n) => n === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the outboxes did not drain within 60 s');
}

function gatewayOf(stack: BenchStack, kind: GatewayKind): BenchProcess {
  const process = stack.gateways[kind];
  if (!process) throw new Error(`gateway ${kind} was not started`);
  return process;
}

function processPids(stack: BenchStack, gateway: GatewayKind): Record<string, number | undefined> {
  const pids: Record<string, number | undefined> = { gateway: gatewayOf(stack, gateway).child.pid };
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
  rows.gateway = memoryOf(gatewayOf(stack, gateway).child.pid)?.rssMb ?? NaN;
  for (const s of SUBGRAPHS) rows[s.name] = memoryOf(stack.subgraphs[s.name].child.pid)?.rssMb ?? NaN;
  return rows;
}

async function runWorkload(stack: BenchStack, workload: Workload, gateway: GatewayKind, round: number, options: Options): Promise<RunFigures> {
  const url = gatewayOf(stack, gateway).url;
  await runLoad({ url, connections: options.connections, durationSeconds: options.warmupSeconds, next: workload.requests() });
  await outboxesDrained(stack);
  const pids = processPids(stack, gateway);
  const before = await snapshot(stack);
  const cpuBefore = cpuSnapshot(pids);
  const load = await runLoad({ url, connections: options.connections, durationSeconds: options.durationSeconds, next: workload.requests() });
  const after = await snapshot(stack);
  // The events a workload wrote (submit's) are delivered after it: their cost is charged to it, and the
  // next run does not start with another's backlog.
  await outboxesDrained(stack);
  const cpuAfter = cpuSnapshot(pids);
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
  const statements = round === 1 ? await statementsPerOperation(stack, url, workload.requests()) : undefined;
  const graphCpuMsPerRequest = Object.entries(cpuMsPerRequest)
    .filter(([name]) => name !== 'autocannon')
    .reduce((sum, [, ms]) => sum + (Number.isFinite(ms) ? ms : 0), 0);
  return { workload: workload.name, gateway, round, load, statementsPerOperation: statements, latencies, memoryMb, cpuMsPerRequest, graphCpuMsPerRequest };
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

function roundFigures(run: RunFigures): RoundFigures {
  return {
    workload: run.workload,
    gateway: run.gateway,
    requestsPerSecond: run.load.requestsPerSecond,
    p50Ms: run.load.p50Ms,
    p99Ms: run.load.p99Ms,
    errors: run.load.errors,
    graphCpuMsPerRequest: run.graphCpuMsPerRequest,
    cpuMsPerRequest: run.cpuMsPerRequest,
  };
}

function report(runs: RunFigures[], workloads: Record<WorkloadName, Workload>, stack: BenchStack, options: Options): string {
  const summaries = summarize(runs.map(roundFigures));
  const comparisons = compare(summaries);
  const lines: string[] = [];
  lines.push(
    `Scale ${options.scale} (seeded ${Object.entries(stack.data.rows).map(([k, v]) => `${k} ${v}`).join(', ')} rows in ${fmt(stack.seedSeconds)} s); ` +
      `${options.connections} connections, ${options.rounds} rounds of ${options.durationSeconds} s per workload and gateway after ${options.warmupSeconds} s warm-up, ` +
      `the gateways' order rotating from round to round; ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Figures are medians of the rounds.`,
    '',
    '| workload | gateway | req/s | rounds | vs best peer | graph CPU ms/req | p50 ms | p99 ms | errors | ' +
      `SQL/op (${SUBGRAPHS.map((s) => SHORT[s.name]).join(' ')}) | RSS MB (gw ${SUBGRAPHS.map((s) => SHORT[s.name]).join(' ')}) |`,
    '|---|---|---:|---|---:|---:|---:|---:|---:|---|---|',
  );
  for (const workload of options.workloads) {
    for (const gateway of options.gateways) {
      const summary = summaries.find((s) => s.workload === workload && s.gateway === gateway);
      if (!summary) continue;
      const first = runs.find((r) => r.workload === workload && r.gateway === gateway && r.statementsPerOperation);
      const last = runs.filter((r) => r.workload === workload && r.gateway === gateway).at(-1);
      const comparison = comparisons.find((c) => c.workload === workload);
      const ratio = gateway === 'ours' && comparison?.throughputRatio ? `${fmt(comparison.throughputRatio, 2)}× ${comparison.bestPeer?.gateway}` : '';
      const sql = first?.statementsPerOperation ? SUBGRAPHS.map((s) => fmt(first.statementsPerOperation?.[s.name] ?? NaN, 2).replace(/\.00$/, '')).join(' ') : '–';
      const rss = last ? Object.values(last.memoryMb).map((v) => fmt(v, 0)).join(' ') : '–';
      lines.push(
        `| ${workload} | ${gateway} | ${fmt(summary.requestsPerSecond, 0)} | ${summary.requestsPerSecondByRound.map((v) => fmt(v, 0)).join(', ')} | ${ratio} | ` +
          `${fmt(summary.graphCpuMsPerRequest, 2)} | ${fmt(summary.p50Ms)} | ${fmt(summary.p99Ms)} | ${summary.errors} | ${sql} | ${rss} |`,
      );
    }
  }
  const processes = Object.keys(runs[0]?.cpuMsPerRequest ?? {});
  lines.push('', `CPU ms per request, median of the rounds (${processes.join(', ')}):`, '');
  for (const summary of summaries) {
    lines.push(`- ${summary.workload} via ${summary.gateway}: ${processes.map((p) => fmt(summary.cpuMsPerRequest[p] ?? NaN, 2)).join(' · ')}`);
  }
  lines.push('', 'Ours against the best peer (the peer with the highest median req/s of the workload):', '');
  for (const c of comparisons) {
    if (!c.ours || !c.bestPeer) continue;
    lines.push(
      `- ${c.workload}: ${fmt(c.ours.requestsPerSecond, 0)} vs ${fmt(c.bestPeer.requestsPerSecond, 0)} req/s (${c.bestPeer.gateway}) = ${fmt(c.throughputRatio ?? NaN, 2)}×; ` +
        `p99 ${fmt(c.ours.p99Ms)} vs ${fmt(c.bestPeer.p99Ms)} ms; whole-graph CPU ${fmt(c.ours.graphCpuMsPerRequest, 2)} vs ${fmt(c.bestPeer.graphCpuMsPerRequest, 2)} ms/request; ` +
        `errors ${c.ours.errors} vs ${c.bestPeer.errors}.`,
    );
  }
  lines.push('');
  for (const run of runs.filter((r) => r.gateway === 'ours' && r.round === options.rounds)) {
    const workload = workloads[run.workload];
    const route = workload.criticalPath.map((stage) => stage.join(' ∥ ')).join(' → ');
    const waited = criticalPathMs(workload, run.latencies.gatewaySide);
    const served = criticalPathMs(workload, run.latencies.subgraphSide);
    const perSubgraph = SUBGRAPHS.filter((s) => run.latencies.gatewaySide[s.name] !== undefined)
      .map((s) => `${s.name} ${fmt(run.latencies.gatewaySide[s.name] ?? NaN, 2)} (served in ${fmt(run.latencies.subgraphSide[s.name] ?? NaN, 2)})`)
      .join(', ');
    lines.push(
      `- ${run.workload} (last round): gateway p50 ${fmt(run.load.p50Ms, 2)} ms; critical path ${route}; subgraph call p50s as the gateway waited for them: ${perSubgraph || 'none (answered without calling a subgraph)'}. ` +
        (waited ? `Gateway p50 / critical path = ${fmt(run.load.p50Ms / waited, 2)} (${fmt(run.load.p50Ms / (served ?? NaN), 2)} against the subgraphs' own serving times).` : ''),
    );
  }
  for (const run of runs) if (run.load.firstError) lines.push(`- ${run.workload} via ${run.gateway}, round ${run.round}: first error: ${run.load.firstError}`);
  if (options.profileDir) lines.push('', `CPU profiles (a folder per process, a file per thread: the main thread's name has \`.0.\` after its pid; open in Chrome DevTools or speedscope): ${options.profileDir}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (options.profileDir) {
    fs.rmSync(options.profileDir, { recursive: true, force: true });
    fs.mkdirSync(options.profileDir, { recursive: true });
  }
  const stack = await startBenchStack({ scale: options.scale, mysqlUrl, log, gateways: options.gateways, profileDir: options.profileDir });
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
    // Every process's JIT warms on every workload before round 1: else the first gateway of round 1
    // meets cold subgraphs and pays for their compilation in its figures.
    log(`Warming up: every workload through every gateway for ${options.warmupSeconds} s…`);
    for (const name of options.workloads) {
      for (const gateway of options.gateways) {
        await runLoad({ url: gatewayOf(stack, gateway).url, connections: options.connections, durationSeconds: options.warmupSeconds, next: workloads[name].requests() });
      }
    }
    await outboxesDrained(stack);
    for (let round = 1; round <= options.rounds; round++) {
      for (const [index, name] of options.workloads.entries()) {
        for (const gateway of gatewayOrder(options.gateways, round - 1, index)) {
          log(`Round ${round}/${options.rounds}: ${name} through ${gateway}…`);
          const run = await runWorkload(stack, workloads[name], gateway, round, options);
          log(`  ${fmt(run.load.requestsPerSecond, 0)} req/s, p50 ${fmt(run.load.p50Ms)} ms, p99 ${fmt(run.load.p99Ms)} ms, ${run.load.errors} errors, graph CPU ${fmt(run.graphCpuMsPerRequest, 2)} ms/request`);
          runs.push(run);
        }
      }
    }
    const text = report(runs, workloads, stack, options);
    log(`\n${text}\n`);
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, `${text}\n`);
    fs.writeFileSync(options.out.replace(/\.md$/, '.json'), JSON.stringify({ options, rows: stack.data.rows, runs, summaries: summarize(runs.map(roundFigures)) }, null, 2));
    log(`Written to ${options.out} (and .json).`);
  } finally {
    await stop();
  }
  if (options.profileDir) {
    // The processes write their profiles as they exit: only now can they be read.
    const profiles = describeProfiles(options.profileDir);
    const text = ['', 'Top CPU costs per process (self time; the whole run, warm-ups included):', '', ...profiles].join('\n');
    log(text);
    fs.appendFileSync(options.out, `${text}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
