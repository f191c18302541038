/**
 * `npm run fuzz -- [--count 10000] [--seed N]`: starts the whole stack on
 * MySQL (like the tests), sends generated malformed and abusive operations
 * through the gateway, then a tenth as many straight to a subgraph (with the
 * gateway secret, as a gateway would: subgraphs hold the same limits), and
 * prints the counts. Exits 1 on any 5xx, uncoded or internal error, or if the
 * gateway stops answering.
 */
import { runFuzz } from '../common/devStack/abusiveOperations';
import { startStack, TEST_SUBGRAPH_SECRET } from '../common/devStack/stack';
import { GATEWAY_SECRET_HEADER } from '../common/gatewaySecret';

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
    const token = await stack.tokenFor('alice');
    const report = await runFuzz(stack.gatewayUrl, token, count, seed);
    // The catalog subgraph serves the corpus' catalog operations itself; the others answer with coded validation errors.
    const catalogBase = stack.subgraphs['software-catalog'].url.replace(/\/graphql$/, '');
    const subgraph = await runFuzz(catalogBase, token, Math.ceil(count / 10), seed + 1, 8, { [GATEWAY_SECRET_HEADER]: TEST_SUBGRAPH_SECRET });
    const health = await stack.queryGateway<{ products: { totalCount: number } }>('{ products { totalCount } }');
    const stillAnswering = (health.data?.products.totalCount ?? 0) > 0;
    process.stdout.write(`${JSON.stringify({ ...report, seconds: (Date.now() - started) / 1000, stillAnswering, subgraph: { target: 'software-catalog', ...subgraph } }, null, 2)}\n`);
    const failed = (r: typeof report) => r.serverErrors || r.uncoded || r.internalErrors;
    if (failed(report) || failed(subgraph) || !stillAnswering) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
