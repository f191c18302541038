/**
 * Reads the services' `/metrics` (Prometheus text) and turns two snapshots
 * into what the benchmark reports: counter deltas and latency quantiles of the
 * requests between the snapshots, the way Prometheus' `histogram_quantile`
 * reads a histogram.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})?\s+(\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) labels[pair[1]] = pair[2];
    samples.push({ name: match[1], labels, value: match[3] === '+Inf' ? Infinity : Number(match[3]) });
  }
  return samples;
}

export async function readMetrics(baseUrl: string): Promise<Sample[]> {
  const res = await fetch(`${baseUrl}/metrics`);
  if (!res.ok) throw new Error(`${baseUrl}/metrics answered ${res.status}`);
  return parseMetrics(await res.text());
}

function matches(sample: Sample, name: string, labels: Record<string, string>): boolean {
  return sample.name === name && Object.entries(labels).every(([k, v]) => sample.labels[k] === v);
}

/** Value of one series (0 when absent: a counter that has not moved yet). */
export function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples.find((s) => matches(s, name, labels))?.value ?? 0;
}

/** Cumulative bucket counts of a histogram between two snapshots, by upper bound. */
function bucketDeltas(before: Sample[], after: Sample[], histogram: string, labels: Record<string, string>): { le: number; count: number }[] {
  return after
    .filter((s) => matches(s, `${histogram}_bucket`, labels))
    .map((s) => {
      const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
      const previous = before.find((b) => matches(b, `${histogram}_bucket`, { ...labels, le: s.labels.le }))?.value ?? 0;
      return { le, count: s.value - previous };
    })
    .sort((a, b) => a.le - b.le);
}

/**
 * The q-quantile (0..1), in milliseconds, of the observations made between two
 * snapshots; interpolated linearly inside the bucket it falls in. `null` when
 * nothing was observed.
 */
export function quantileBetween(before: Sample[], after: Sample[], histogram: string, q: number, labels: Record<string, string> = {}): number | null {
  const buckets = bucketDeltas(before, after, histogram, labels);
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return null;
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const { le, count } of buckets) {
    if (count >= rank) {
      if (le === Infinity) return lowerBound * 1000;
      const inBucket = count - lowerCount;
      const fraction = inBucket === 0 ? 0 : (rank - lowerCount) / inBucket;
      return (lowerBound + (le - lowerBound) * fraction) * 1000;
    }
    lowerBound = le;
    lowerCount = count;
  }
  return null;
}

/** Observations of a histogram between two snapshots. */
export function countBetween(before: Sample[], after: Sample[], histogram: string, labels: Record<string, string> = {}): number {
  return valueOf(after, `${histogram}_count`, labels) - valueOf(before, `${histogram}_count`, labels);
}
