import type { DemoUserHandle } from '../../common/demo/users';
import type { Stack } from './stack';

/**
 * Runs an operation through the gateway as a seeded user (or anonymously)
 * and fails the test on any error: for arranging and for the happy path.
 * `T` defaults to a loose record because tests read answers by path.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ok<T = Record<string, any>>(stack: Stack, query: string, as: DemoUserHandle | undefined, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await stack.queryGateway<T>(query, { as, variables });
  if (res.errors) throw new Error(`unexpected errors${as ? ` for ${as}` : ''}: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}
