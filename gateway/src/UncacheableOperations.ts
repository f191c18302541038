import type { GraphQLRequestContext } from '@apollo/server';

/** Most operations remembered; past it the memory starts over (reads come back, nothing else changes). */
const MAX_OPERATIONS = 1000;

/**
 * Which operations the response cache need not look up. The plugin reads the
 * cache for every query before executing it: a digest of the whole document
 * and variables, then a lookup (a Redis round trip with `REDIS_URL`), although
 * a private operation (an agreements page, benefit tiles) can never be there.
 * An operation (document and operation name) whose last error-free answer was
 * not cacheable is not looked up again until an answer to it is.
 *
 * Skipping a read only ever forgoes a hit: it can serve nobody anything. An
 * answer with errors teaches nothing (an error makes any answer uncacheable),
 * so a caller cannot, by sending a failing variant, keep a public operation
 * from being read for others.
 */
export class UncacheableOperations {
  private readonly operations = new Set<string>();

  /** The plugin's `shouldReadFromCache`. */
  readonly shouldReadFromCache = async (requestContext: GraphQLRequestContext<object>): Promise<boolean> => !this.operations.has(keyOf(requestContext));

  /** The plugin's `shouldWriteToCache`: it never refuses a write, it learns from the answer about to be written or not. */
  readonly shouldWriteToCache = async (requestContext: GraphQLRequestContext<object>): Promise<boolean> => {
    const body = requestContext.response?.body;
    if (body?.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return true;
    const policy = requestContext.overallCachePolicy.policyIfCacheable();
    // Without a session id the plugin never stores a PRIVATE answer either.
    const key = keyOf(requestContext);
    if (policy && policy.scope !== 'PRIVATE') this.operations.delete(key);
    else {
      if (this.operations.size >= MAX_OPERATIONS) this.operations.clear();
      this.operations.add(key);
    }
    return true;
  };

  /** Operations not looked up now (tests). */
  get size(): number {
    return this.operations.size;
  }
}

function keyOf(requestContext: GraphQLRequestContext<object>): string {
  return `${requestContext.queryHash ?? ''}\n${requestContext.operationName ?? ''}`;
}
