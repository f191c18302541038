/**
 * One load run with autocannon at a fixed concurrency: every request is a
 * GraphQL POST built by the workload (token and variables may change per
 * request), and a response carrying GraphQL `errors` counts as an error, not
 * as a success, even with HTTP 200.
 */
import autocannon from 'autocannon';

export interface GraphQLRequest {
  body: string;
  authorization?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Builds the next request; called once per request sent. */
  next(): GraphQLRequest;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts, non-2xx answers and answers with GraphQL errors. */
  errors: number;
  requests: number;
  /** First answer with GraphQL errors, to say why. */
  firstError?: string;
}

export function headersOf(request: GraphQLRequest): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.authorization) headers.authorization = request.authorization;
  return headers;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections: options.connections,
    duration: options.durationSeconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const next = options.next();
          return { ...request, method: 'POST', path: '/graphql', body: next.body, headers: headersOf(next) };
        },
        onResponse: (_status, body) => {
          // A GraphQL error answer starts with {"errors" or has it after "data"; both contain `"errors":`.
          if (body.includes('"errors":')) {
            graphqlErrors += 1;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    requests: result.requests.total,
    firstError,
  };
}
