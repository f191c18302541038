/**
 * `npm run soak -- --minutes N [--rate R] [--fault-every S] [--fault-length S]`:
 * starts the whole stack on MySQL (like the tests), sends a steady mix of
 * reads and writes (incident submissions with idempotency keys, closures as
 * RESOLVED and NON_DECREMENT) through the gateway while, in turn, one
 * subgraph stops and comes back and one store loses its database connections;
 * then checks the books and prints a JSON summary. Exits 1 when the books do
 * not balance or a fault was not recovered from without help.
 */
import { startStack } from '../common/devStack/stack';
import { runSoak } from '../common/devStack/soakRun';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main(): Promise<void> {
  const minutes = arg('minutes', 10);
  const rate = arg('rate', 20);
  const faultEvery = arg('fault-every', 15);
  const faultLength = arg('fault-length', 3);
  process.env.LOG_LEVEL ??= 'fatal';
  const stack = await startStack({ env: { SUBGRAPH_TIMEOUT_MS: '5000' } });
  try {
    const summary = await runSoak(stack, {
      durationMs: minutes * 60_000,
      ratePerSecond: rate,
      faultEveryMs: faultEvery * 1000,
      faultLengthMs: faultLength * 1000,
      log: (line) => process.stderr.write(`[soak] ${line}\n`),
    });
    process.stdout.write(`${JSON.stringify({ minutes, ...summary }, null, 2)}\n`);
    if (!summary.books.balanced || summary.restartsSurvived !== summary.faultsInjected) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
