import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './GatewayContext';

/**
 * Node's own fetch (keep-alive by default) with a deadline: the gateway's
 * default fetcher sets none, so a hung subgraph would hang the client.
 */
export function createTimeoutFetcher(timeoutMs: number): Fetcher {
  return async (url, init) => {
    const response = await fetch(url, {
      method: init?.method,
      headers: init?.headers,
      // The gateway always sends a JSON string; a Buffer body is passed as bytes.
      body: typeof init?.body === 'string' ? init.body : init?.body ? new Uint8Array(init.body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response as unknown as FetcherResponse;
  };
}

/**
 * Calls one subgraph for the gateway. Forwards the caller's bearer token (the
 * gateway does not by default) so each subgraph verifies it again and scopes
 * its data, and turns an unreachable or slow subgraph into a coded error that
 * names it instead of an anonymous failure.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): never {
    if (response) throw sanitizedHttpError(error, this.name);
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    throw new GraphQLError(
      timedOut ? `The ${this.name} service did not answer in time.` : `The ${this.name} service is unavailable.`,
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.name } },
    );
  }

  /** Subgraph name, for error messages. */
  name = 'unknown';
}

/**
 * A subgraph answered with an HTTP error. Apollo's error carries the subgraph's internal URL and
 * raw body in `extensions.response`; clients get the subgraph's own first error (message and code)
 * or a generic one, never the internals.
 */
function sanitizedHttpError(error: Error, service: string): GraphQLError {
  const extensions = error instanceof GraphQLError ? error.extensions : {};
  const response = extensions.response as { body?: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } } | undefined;
  const first = typeof response?.body === 'object' ? response.body.errors?.[0] : undefined;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_UNAVAILABLE';
  const message = typeof first?.message === 'string' ? first.message : `The ${service} service failed to answer.`;
  return new GraphQLError(message, { extensions: { code, service } });
}
