import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Histogram } from 'prom-client';
import type { Logger } from './logger';
import { queryParametersNestTooDeep, readJsonBody, requestErrorAnswer, RequestBodyError } from './httpBody';
import { beginRequest, inRequestContext, type RequestScope } from './requestScope';
import { isFresh, weakEtag } from './weakEtag';
import { acceptedEncoding, compressAnswer } from './compressAnswer';

/**
 * The `/graphql` route of every service, on plain `node:http`: Express's
 * router, body-parser, content negotiation and `res.send` cost 5–8 % of each
 * service's CPU per request (docs/performance.md), for a route that needs a
 * body read with caps, a few checks and Apollo's documented integration call
 * (`executeHTTPGraphQLRequest`). The answer goes out with its headers in one
 * `res.end`. Everything else a service serves stays on its Express app
 * (`graphqlFirst`).
 */

/** A refusal written as JSON instead of running the operation. */
export interface GraphQLHttpRefusal {
  status: number;
  body: unknown;
}

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Names the request's span (tracing on). */
  service: string;
  /** Where a failure outside Apollo (ours, or a socket gone mid-answer) is logged. */
  logger: Logger;
  /** Largest body read; past it 413 `BAD_REQUEST`. */
  maxRequestBytes: number;
  /** Whether a request id sent by the caller (`x-request-id`) is taken: only from a gateway. */
  trustRequestIdHeader: boolean;
  /** Whether the caller's `traceparent` (and `baggage`) is continued, which lets it name the request id: common/requestScope.ts. */
  trustTraceContext: boolean;
  /** `http_request_duration_seconds` (common/requestTiming.ts). */
  timer: Histogram;
  /** First, before the request has a scope: false when it answered the request itself (a refusal). */
  admit?(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** Once the request has its id, before it is timed (CORS): true when it answered the request itself (a preflight). */
  preflight?(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** Once the request is read: a refusal to answer instead of running it (trusted documents), or undefined to run it. */
  screen?(request: HTTPGraphQLRequest, req: http.IncomingMessage): Promise<GraphQLHttpRefusal | undefined>;
  /** The operation's context, built by Apollo when it runs the request (errors thrown become its coded answer). */
  context(req: http.IncomingMessage, scope: RequestScope): Promise<TContext>;
  /** Answers of at least this many bytes are compressed for clients that accept it (common/compressAnswer.ts); unset, none is. */
  compressAbove?: number;
}

/** Builds the `/graphql` request handler of a service. */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const { apollo, timer, maxRequestBytes } = options;
  const requestIdOptions = { trustRequestIdHeader: options.trustRequestIdHeader, trustTraceContext: options.trustTraceContext };

  async function serve(req: http.IncomingMessage, res: http.ServerResponse, scope: RequestScope): Promise<void> {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const search = q < 0 ? '' : url.slice(q);
    let body: unknown;
    try {
      if (method === 'GET' && queryParametersNestTooDeep(search)) throw new RequestBodyError(400, 'entity.too.deep', 'query parameter nests too deep');
      body = await readJsonBody(req, maxRequestBytes);
    } catch (err) {
      const answer = requestErrorAnswer(err as RequestBodyError, maxRequestBytes);
      writeJson(res, answer.status, answer.body);
      return;
    }
    const headers = new HeaderMap();
    const incoming = req.headers;
    for (const key in incoming) {
      const value = incoming[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search, body };
    if (options.screen) {
      const refusal = await options.screen(httpGraphQLRequest, req);
      if (refusal) {
        writeJson(res, refusal.status, refusal.body);
        return;
      }
    }
    const response = await inRequestContext(scope, () => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => options.context(req, scope) }));
    await writeAnswer(req, res, response, options.compressAbove);
  }

  return (req, res) => {
    if (options.admit && !options.admit(req, res)) return;
    const scope = beginRequest(req, res, options.service, requestIdOptions);
    if (options.preflight?.(req, res)) return;
    const started = performance.now();
    serve(req, res, scope)
      .catch((err: unknown) => {
        // Apollo answers its own errors; this is a bug of ours or a socket gone mid-answer.
        options.logger.error({ err }, 'GraphQL request failed outside Apollo');
        if (!res.headersSent) writeJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.destroy();
      })
      .finally(() => timer.observe((performance.now() - started) / 1000));
  };
}

function writeJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function writeAnswer(req: http.IncomingMessage, res: http.ServerResponse, response: HTTPGraphQLResponse, compressAbove: number | undefined): Promise<void> {
  const head: http.OutgoingHttpHeaders = {};
  for (const [key, value] of response.headers) head[key] = value;
  let status = response.status ?? 200;
  if (response.body.kind === 'chunked') {
    res.writeHead(status, head);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  let text = response.body.string;
  if (req.method === 'GET' && status >= 200 && status < 300) {
    const etag = weakEtag(text);
    head.etag = etag;
    if (isFresh(req.headers, etag)) {
      status = 304;
      delete head['content-type'];
      text = '';
    }
  }
  const bytes = Buffer.byteLength(text);
  if (compressAbove !== undefined && status !== 304 && bytes >= compressAbove) {
    // Large answers differ by Accept-Encoding, whether this one is compressed or not: caches must keep them apart.
    const vary = [res.getHeader('vary'), head.vary].filter(Boolean).join(', ');
    head.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
    const encoding = acceptedEncoding(req.headers['accept-encoding']);
    if (encoding) {
      const compressed = await compressAnswer(text, encoding);
      head['content-encoding'] = encoding;
      head['content-length'] = compressed.length;
      res.writeHead(status, head);
      res.end(compressed);
      return;
    }
  }
  if (status !== 304) head['content-length'] = bytes;
  // Headers and body in one string: Node sends them in one write.
  res.writeHead(status, head);
  res.end(text);
}

/** The path part of a request's URL, `/graphql` and below, as Express's `app.use('/graphql')` matched it (any case). */
export function isGraphQLPath(url: string): boolean {
  if (url.length < 8 || url.charCodeAt(0) !== 0x2f) return false;
  const prefix = url.slice(0, 8);
  if (prefix !== '/graphql' && prefix.toLowerCase() !== '/graphql') return false;
  const next = url.charCodeAt(8);
  return url.length === 8 || next === 0x2f || next === 0x3f; // '/', '?'
}

/**
 * A service's request listener: GraphQL requests (`isGraphQL`) go to the
 * plain handler, everything else (health, readiness, metrics, playground,
 * static files, `/events`) to the Express app.
 */
export function graphqlFirst(
  isGraphQL: (req: http.IncomingMessage) => boolean,
  graphql: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  app: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): http.RequestListener {
  return (req, res) => (isGraphQL(req) ? graphql(req, res) : app(req, res));
}
