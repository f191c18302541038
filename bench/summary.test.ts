import { compare, gatewayOrder, median, summarize, type RoundFigures } from './summary';

const round = (workload: string, gateway: string, requestsPerSecond: number, extra: Partial<RoundFigures> = {}): RoundFigures => ({
  workload,
  gateway,
  requestsPerSecond,
  p50Ms: 10,
  p99Ms: 20,
  errors: 0,
  graphCpuMsPerRequest: 5,
  cpuMsPerRequest: { gateway: 1 },
  ...extra,
});

describe('bench summary', () => {
  it('takes the median of the rounds, not the mean or the best', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([1, 2, 3, 100])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const [s] = summarize([round('tiles', 'ours', 100), round('tiles', 'ours', 400), round('tiles', 'ours', 150, { errors: 2 })]);
    expect(s.requestsPerSecond).toBe(150);
    expect(s.requestsPerSecondByRound).toEqual([100, 400, 150]);
    expect(s.errors).toBe(2);
  });

  it('compares ours with the best peer of each workload', () => {
    const summaries = summarize([
      round('tiles', 'ours', 240, { p99Ms: 30, graphCpuMsPerRequest: 4 }),
      round('tiles', 'hive', 100),
      round('tiles', 'hive-rust', 200, { p99Ms: 40, graphCpuMsPerRequest: 8 }),
      round('catalog', 'ours', 900),
      round('catalog', 'hive', 300),
      round('catalog', 'hive-rust', 250),
    ]);
    const [tiles, catalog] = compare(summaries);
    expect(tiles.bestPeer?.gateway).toBe('hive-rust');
    expect(tiles.throughputRatio).toBeCloseTo(1.2);
    expect(tiles.p99Ratio).toBeCloseTo(40 / 30);
    expect(tiles.cpuRatio).toBeCloseTo(2);
    expect(catalog.bestPeer?.gateway).toBe('hive');
    expect(catalog.throughputRatio).toBeCloseTo(3);
  });

  it('rotates which gateway goes first over rounds and workloads', () => {
    const gateways = ['ours', 'hive', 'hive-rust'];
    const firsts = [0, 1, 2].map((r) => gatewayOrder(gateways, r, 0)[0]);
    expect(new Set(firsts).size).toBe(3);
    expect(gatewayOrder(gateways, 1, 1)).toEqual(['hive-rust', 'ours', 'hive']);
    for (const r of [0, 1, 2]) expect([...gatewayOrder(gateways, r, 0)].sort()).toEqual([...gateways].sort());
  });
});
