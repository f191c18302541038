import { parseMetrics, quantileBetween } from './metrics';

const snapshot = (counts: number[]) =>
  parseMetrics(
    [
      '# HELP h help',
      `h_bucket{le="0.001",subgraph="a"} ${counts[0]}`,
      `h_bucket{le="0.002",subgraph="a"} ${counts[1]}`,
      `h_bucket{le="0.004",subgraph="a"} ${counts[2]}`,
      `h_bucket{le="+Inf",subgraph="a"} ${counts[3]}`,
      `h_count{subgraph="a"} ${counts[3]}`,
    ].join('\n'),
  );

describe('quantileBetween', () => {
  it('reads the median of the observations between two snapshots, interpolated inside its bucket', () => {
    // Between the snapshots: 10 observations ≤ 1 ms, 10 in (1, 2], 20 in (2, 4].
    const before = snapshot([5, 5, 5, 5]);
    const after = snapshot([15, 25, 45, 45]);
    expect(quantileBetween(before, after, 'h', 0.5, { subgraph: 'a' })).toBeCloseTo(2, 6);
    expect(quantileBetween(before, after, 'h', 0.25, { subgraph: 'a' })).toBeCloseTo(1, 6);
    expect(quantileBetween(before, after, 'h', 0.75, { subgraph: 'a' })).toBeCloseTo(3, 6);
  });

  it('is null when nothing was observed, and ignores other label sets', () => {
    const same = snapshot([5, 5, 5, 5]);
    expect(quantileBetween(same, same, 'h', 0.5, { subgraph: 'a' })).toBeNull();
    expect(quantileBetween(same, snapshot([9, 9, 9, 9]), 'h', 0.5, { subgraph: 'b' })).toBeNull();
  });
});
