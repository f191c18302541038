import { startStack, type Stack } from '../harness/stack';
import { runSoak } from './soakRun';

/** A short soak (the long one is `npm run soak -- --minutes 10`): the machinery works and the books balance. */
let stack: Stack;
const previousLogLevel = process.env.LOG_LEVEL;
beforeAll(async () => {
  process.env.LOG_LEVEL = 'fatal';
  stack = await startStack({ env: { SUBGRAPH_TIMEOUT_MS: '5000' } });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  if (previousLogLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = previousLogLevel;
});

describe('soak', () => {
  it('balances the books after 12 s of mixed traffic with a subgraph restart and a database cut', async () => {
    const summary = await runSoak(stack, { durationMs: 12_000, ratePerSecond: 15, faultEveryMs: 2000, faultLengthMs: 1500 });
    expect(summary.faults.subgraphRestarts).toBeGreaterThanOrEqual(1);
    expect(summary.faults.databaseCuts).toBeGreaterThanOrEqual(1);
    expect(summary.restartsSurvived).toBe(summary.faultsInjected);
    expect(summary.books.acknowledgedSubmissions).toBeGreaterThan(0);
    expect(summary.books.acknowledgedMissing).toBe(0);
    expect(summary.books.contracts.map((c) => c.balanced)).toEqual([true, true, true]);
    expect(summary.books.balanced).toBe(true);
    expect(Object.keys(summary.errorsByCode).filter((code) => code.startsWith('SOAK_BUG'))).toEqual([]);
  }, 90_000);
});
