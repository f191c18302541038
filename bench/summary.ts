/**
 * Turns the bench's rounds into the figures it reports: per workload and
 * gateway the median of the rounds, and our gateway against the best peer of
 * that workload (the peer with the highest median req/s). One run on a noisy
 * 2-core machine moves by up to 50 %; a median of rounds that alternate the
 * gateways is what a ratio may rest on.
 */

/** One measured run of one workload through one gateway. */
export interface RoundFigures {
  workload: string;
  gateway: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** CPU ms per request of the whole graph: gateway, subgraphs, MySQL. */
  graphCpuMsPerRequest: number;
  /** CPU ms per request per process. */
  cpuMsPerRequest: Record<string, number>;
}

/** The same figures over all rounds of a workload and gateway: medians, and errors summed. */
export interface GatewaySummary extends RoundFigures {
  rounds: number;
  /** Each round's req/s, in round order. */
  requestsPerSecondByRound: number[];
}

export interface Comparison {
  workload: string;
  /** The peer with the highest median req/s, or null when no peer ran. */
  bestPeer: GatewaySummary | null;
  ours: GatewaySummary | null;
  /** ours / best peer, median req/s. */
  throughputRatio: number | null;
  /** best peer's p99 / ours: ≥ 1 when ours is no worse. */
  p99Ratio: number | null;
  /** best peer's whole-graph CPU per request / ours. */
  cpuRatio: number | null;
}

/** The median (the mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(rounds: RoundFigures[]): GatewaySummary[] {
  const groups = new Map<string, RoundFigures[]>();
  for (const r of rounds) {
    const key = `${r.workload}\n${r.gateway}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((runs) => {
    const processes = [...new Set(runs.flatMap((r) => Object.keys(r.cpuMsPerRequest)))];
    return {
      workload: runs[0].workload,
      gateway: runs[0].gateway,
      rounds: runs.length,
      requestsPerSecondByRound: runs.map((r) => r.requestsPerSecond),
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p50Ms: median(runs.map((r) => r.p50Ms)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      graphCpuMsPerRequest: median(runs.map((r) => r.graphCpuMsPerRequest)),
      cpuMsPerRequest: Object.fromEntries(processes.map((p) => [p, median(runs.map((r) => r.cpuMsPerRequest[p] ?? NaN))])),
    };
  });
}

/** Ours against the best peer, per workload. */
export function compare(summaries: GatewaySummary[], ours = 'ours'): Comparison[] {
  const workloads = [...new Set(summaries.map((s) => s.workload))];
  return workloads.map((workload) => {
    const rows = summaries.filter((s) => s.workload === workload);
    const mine = rows.find((s) => s.gateway === ours) ?? null;
    const peers = rows.filter((s) => s.gateway !== ours);
    const bestPeer = peers.reduce<GatewaySummary | null>((best, s) => (best === null || s.requestsPerSecond > best.requestsPerSecond ? s : best), null);
    const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 && Number.isFinite(a) ? a / b : null);
    return {
      workload,
      bestPeer,
      ours: mine,
      throughputRatio: ratio(mine?.requestsPerSecond, bestPeer?.requestsPerSecond),
      p99Ratio: ratio(bestPeer?.p99Ms, mine?.p99Ms),
      cpuRatio: ratio(bestPeer?.graphCpuMsPerRequest, mine?.graphCpuMsPerRequest),
    };
  });
}

/**
 * The order gateways run in, for a workload in a round: rotated by round and
 * workload, so over the rounds no gateway always goes first (meeting the
 * stores, the caches and the CPU as the one before left them).
 */
export function gatewayOrder<T>(gateways: readonly T[], round: number, workloadIndex: number): T[] {
  const n = gateways.length;
  if (n === 0) return [];
  const shift = (round + workloadIndex) % n;
  return [...gateways.slice(shift), ...gateways.slice(0, shift)];
}
