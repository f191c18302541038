import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// Not re-exported by the package's index; the enum's values are part of its public data-source contract.
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import { Pool } from 'undici';
import type { GatewayContext } from './GatewayContext';
import { cacheHint, entitiesCacheHint, type CacheHint } from './cacheHint';
import type { EntityCache, SubgraphAnswer } from './entityCache';
import { GATEWAY_SECRET_HEADER } from '../../common/gatewaySecret';
import { REQUEST_ID_HEADER } from '../../common/requestScope';
import { currentTraceparent } from '../../common/tracing';

type GatewayResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;
type CachePolicy = { restrict(hint: CacheHint): void };

export interface SubgraphDataSourceOptions {
  /** Subgraph name, for errors and metrics. */
  name: string;
  url: string;
  /** Deadline of one call, headers and body: past it the call fails with SUBGRAPH_UNAVAILABLE. */
  timeoutMs: number;
  timer?: Histogram<'subgraph'>;
  /** `SUBGRAPH_SECRET`: subgraphs answer GraphQL only to a caller that sends it. */
  gatewaySecret: string;
  /** Public entities kept at the gateway (`GATEWAY_ENTITY_CACHE_MB`); absent: every `_entities` call reaches the subgraph. */
  entityCache?: EntityCache;
}

/**
 * Calls one subgraph for the gateway. It replaces Apollo's
 * `RemoteGraphQLDataSource` because that one builds a node-fetch `Request`
 * and `Headers` per call and reads bodies through web streams; measured under
 * `npm run bench`, that was the gateway's largest cost. This one:
 *
 * - keeps a pool of keep-alive connections per subgraph (undici's `Pool`);
 * - forwards the caller's verified bearer token (the gateway does not by
 *   default), so each subgraph checks it again and scopes its data;
 * - proves to the subgraph that the call comes from a gateway (`x-gateway-secret`);
 * - sets a deadline per call (Apollo sets none, so a hung subgraph would hang the client);
 * - shares one call among identical calls in flight (same subgraph, same
 *   token, same query and variables) within query operations, as Hive Gateway
 *   and Apollo Router do; never within a mutation;
 * - honours the subgraph's `Cache-Control` header (the response cache's input);
 * - within query operations, answers `_entities` representations that the
 *   entity cache holds without asking the subgraph for them (`entityCache.ts`);
 * - turns an unreachable, slow or failing subgraph into a coded error that
 *   names it, never its internal URL or raw body.
 */
/** A call made for a client's operation (not a health check or schema load): the kinds' enum is not in the package's public API. */
export type IncomingOperationOptions = Extract<GraphQLDataSourceProcessOptions<GatewayContext>, { incomingRequestContext: unknown }>;

function isIncomingOperation(options: GraphQLDataSourceProcessOptions<GatewayContext>): options is IncomingOperationOptions {
  return 'incomingRequestContext' in options;
}

export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();

  constructor(private readonly options: SubgraphDataSourceOptions) {
    this.name = options.name;
    const url = new URL(options.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      // Idle sockets close before the subgraph's own keep-alive timeout (65 s), so none is reused as it closes.
      keepAliveTimeout: 30_000,
    });
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    const stop = this.options.timer?.startTimer({ subgraph: this.name });
    try {
      const { request } = options;
      if (!request.query) throw new Error('Missing query');
      const incoming = isIncomingOperation(options);
      const authorization = incoming ? options.context.authorization : undefined;
      // The subgraph's log lines carry the client's request id; with tracing on, its spans join this
      // fetch's span (Apollo's `gateway.fetch`, the active context here) through W3C `traceparent`.
      // A call shared by identical requests in flight carries the first one's.
      const trace: TraceHeaders = { requestId: incoming ? options.context.requestId : undefined, traceparent: currentTraceparent() };
      const shareable = incoming && options.incomingRequestContext.operation?.operation === 'query';
      const policy = incoming ? (options.incomingRequestContext.overallCachePolicy as unknown as CachePolicy | undefined) : undefined;
      const call = (variables: Record<string, unknown> | undefined): Promise<SubgraphAnswer> => {
        const body = JSON.stringify({ query: request.query, operationName: request.operationName, variables });
        return shareable ? this.shared(`${authorization ?? ''}\n${body}`, () => this.send(body, authorization, trace)) : this.send(body, authorization, trace);
      };
      const representations = request.variables?.representations;
      if (Array.isArray(representations) && shareable && this.options.entityCache) {
        const { query, operationName } = request;
        const { response, hints } = await this.options.entityCache.resolve(this.name, { query, operationName, variables: { ...request.variables, representations } }, call);
        for (const hint of hints) policy?.restrict(hint);
        return response as GatewayResponse;
      }
      const answer = await call(request.variables);
      policy?.restrict(Array.isArray(representations) ? entitiesCacheHint(answer.cacheControl, representations) : cacheHint(answer.cacheControl));
      // Each caller gets its own copy: the gateway writes into the objects it receives.
      return JSON.parse(answer.text) as GatewayResponse;
    } finally {
      stop?.();
    }
  }

  /** Stops reusing connections (gateway shutdown). */
  close(): Promise<void> {
    return this.pool.close();
  }

  private shared(key: string, call: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const started = call().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  private async send(body: string, authorization: string | undefined, trace: TraceHeaders): Promise<SubgraphAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', [GATEWAY_SECRET_HEADER]: this.options.gatewaySecret };
    if (authorization) headers.authorization = authorization;
    if (trace.requestId) headers[REQUEST_ID_HEADER] = trace.requestId;
    if (trace.traceparent) headers.traceparent = trace.traceparent;
    let statusCode: number;
    let text: string;
    let cacheControl: string | undefined;
    // One deadline for the whole call, headers and body; undici's own timeouts tick in coarse steps.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.options.timeoutMs);
    try {
      const response = await this.pool.request({ method: 'POST', path: this.path, headers, body, signal: deadline.signal });
      statusCode = response.statusCode;
      const header = response.headers['cache-control'];
      cacheControl = Array.isArray(header) ? header.join(', ') : header;
      text = await response.body.text();
    } catch {
      const timedOut = deadline.signal.aborted;
      throw new GraphQLError(timedOut ? `The ${this.name} service did not answer in time.` : `The ${this.name} service is unavailable.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.name },
      });
    } finally {
      clearTimeout(timer);
    }
    if (statusCode < 200 || statusCode > 299) throw sanitizedHttpError(text, this.name);
    if (!text.startsWith('{')) throw new GraphQLError(`The ${this.name} service failed to answer.`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.name } });
    return { text, cacheControl };
  }
}

interface TraceHeaders {
  requestId?: string;
  traceparent?: string;
}

/**
 * A subgraph answered with an HTTP error. Clients get the subgraph's own first
 * error (message and code) or a generic one, never its URL or raw body.
 */
function sanitizedHttpError(text: string, service: string): GraphQLError {
  let first: { message?: unknown; extensions?: { code?: unknown } } | undefined;
  try {
    first = (JSON.parse(text) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] }).errors?.[0];
  } catch {
    first = undefined;
  }
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_UNAVAILABLE';
  const message = typeof first?.message === 'string' ? first.message : `The ${service} service failed to answer.`;
  return new GraphQLError(message, { extensions: { code, service } });
}
