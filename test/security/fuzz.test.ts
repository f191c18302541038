import { runFuzz } from '../../common/devStack/abusiveOperations';
import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('fuzz: malformed and abusive operations (fixed seed sample; `npm run fuzz` sends 10,000)', () => {
  it('answers 400 operations with no 5xx, no uncoded error, no internal error, and keeps serving', async () => {
    const report = await runFuzz(stack.gatewayUrl, await stack.tokenFor('alice'), 400, 20261123, 4);
    expect(report.samplesOfFailures).toEqual([]);
    expect(report).toMatchObject({ sent: 400, serverErrors: 0, uncoded: 0, internalErrors: 0 });
    const after = await stack.queryGateway<{ products: { totalCount: number } }>('{ products { totalCount } }');
    expect(after.data?.products.totalCount).toBeGreaterThan(0);
  });
});
