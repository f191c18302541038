/**
 * `npm run fuzz -- [--count 10000] [--seed N]`: starts the whole stack on
 * MySQL (like the tests), sends generated malformed and abusive operations
 * through the gateway and prints the counts. Exits 1 on any 5xx, uncoded or
 * internal error, or if the gateway stops answering.
 */
import { runFuzz } from '../test/fuzz/abusiveOperations';
import { startStack } from '../test/harness/stack';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const count = arg('count', 10_000);
  const seed = arg('seed', 20261123);
  process.env.LOG_LEVEL ??= 'error';
  const stack = await startStack();
  try {
    const started = Date.now();
    const report = await runFuzz(stack.gatewayUrl, await stack.tokenFor('alice'), count, seed);
    const health = await stack.queryGateway<{ products: { totalCount: number } }>('{ products { totalCount } }');
    const stillAnswering = (health.data?.products.totalCount ?? 0) > 0;
    process.stdout.write(`${JSON.stringify({ ...report, seconds: (Date.now() - started) / 1000, stillAnswering }, null, 2)}\n`);
    if (report.serverErrors || report.uncoded || report.internalErrors || !stillAnswering) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
