import type http from 'node:http';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { context, propagation, trace, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Attributes, type Context, type Link, type Span, type SpanContext } from '@opentelemetry/api';
import type { Logger } from './logger';
import { contextOf, newRequestId, traceIdOf, tracer, tracingActive } from './tracing';

/** Response header naming the request id (the trace id when traced): what a partner quotes when asking "why was it slow". */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What one GraphQL HTTP request of a service carries along, from `beginRequest` to its context. */
export interface RequestScope {
  /** 32 hex digits: a trusted caller's trace id (its `traceparent`, or `x-request-id`), or the new trace's, or made up. */
  requestId: string;
  /** The request's span context (tracing on only). */
  traceContext?: Context;
  span?: Span;
}

const REQUEST_ID = /^[0-9a-f]{32}$/;

function requestIdOf(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : undefined;
}

/** Whose word a service takes for a request's identity: a subgraph its gateway's, the gateway nobody's (by default). */
export interface RequestScopeOptions {
  /** Take a request id sent in `x-request-id` (tracing off): only a gateway's. */
  trustRequestIdHeader?: boolean;
  /**
   * Continue the caller's W3C `traceparent` (and take its `baggage`): only a
   * caller that picks these itself, a gateway or a proxy in front of one.
   * False or absent, the request starts a trace of its own (linked to the
   * caller's) and its id is never the caller's choice.
   */
  trustTraceContext?: boolean;
}

/**
 * Opens a GraphQL request's scope: gives it its id (and, with tracing on, a
 * SERVER span, ended when the response is), and returns the id in
 * `x-request-id`. Tracing off, it costs one id and one header written (plus a
 * header read where the caller is trusted). The span is named after the route
 * (`POST /graphql`) until the operation is known.
 */
export function beginRequest(req: http.IncomingMessage, res: http.ServerResponse, service: string, options: RequestScopeOptions = {}): RequestScope {
  const scope = tracingActive() ? beginTracedRequest(req, res, service, options.trustTraceContext === true) : { requestId: untracedRequestId(req, options) };
  res.setHeader(REQUEST_ID_HEADER, scope.requestId);
  return scope;
}

function beginTracedRequest(req: http.IncomingMessage, res: http.ServerResponse, service: string, trustTraceContext: boolean): RequestScope {
  const path = (req.url ?? '/').split('?')[0];
  const attributes: Attributes = { 'licensing.service': service, 'http.request.method': req.method, 'url.path': path };
  let parent = ROOT_CONTEXT;
  let links: Link[] | undefined;
  if (trustTraceContext) {
    parent = propagation.extract(ROOT_CONTEXT, req.headers);
  } else {
    // Continuing an untrusted caller's trace would let it pick the request id (and land its spans and log
    // lines under someone else's), switch recording off with flags 00, and put its baggage in our context.
    // So the span starts a new trace; the link keeps the caller's trace findable.
    const caller = callerSpanContext(req.headers.traceparent);
    if (caller) {
      links = [{ context: caller }];
      attributes['licensing.caller_trace_id'] = caller.traceId;
    }
  }
  const span = tracer().startSpan(`${req.method} ${path}`, { kind: SpanKind.SERVER, attributes, links }, parent);
  res.once('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return { requestId: span.spanContext().traceId, traceContext: trace.setSpan(parent, span), span };
}

/**
 * The span context a `traceparent` names, if the W3C propagator finds it
 * valid; only that header is read, never `baggage` or `tracestate`.
 */
function callerSpanContext(traceparent: string | string[] | undefined): SpanContext | undefined {
  return typeof traceparent === 'string' ? trace.getSpanContext(contextOf(traceparent)) : undefined;
}

function untracedRequestId(req: http.IncomingMessage, options: RequestScopeOptions): string {
  const continued = options.trustTraceContext ? traceIdOf(req.headers.traceparent) : undefined;
  // A gateway that does not trace still passes its request id along (subgraphs only: a client does not pick ids).
  const forwarded = options.trustRequestIdHeader ? requestIdOf(req.headers[REQUEST_ID_HEADER]) : undefined;
  return continued ?? forwarded ?? newRequestId();
}

/**
 * Runs `work` in the request's trace context: the body is read in stream
 * callbacks, outside the context `beginRequest` saw, so the GraphQL work
 * (and every span and SQL statement beneath it) would otherwise start a
 * trace of its own.
 */
export function inRequestContext<T>(scope: RequestScope, work: () => T): T {
  return scope.traceContext ? context.with(scope.traceContext, work) : work();
}

/**
 * What every service's GraphQL context holds about its request: the id, the
 * span, and a logger whose lines carry the id, made the first time something
 * logs (most requests log nothing, and then cost no child logger). A class:
 * Apollo copies each context with `Object.assign` onto an object of the same
 * prototype, which would call an object literal's `get logger()` (a child
 * logger per request) but leaves a getter on the prototype alone.
 */
export class RequestContext {
  private requestLogger?: Logger;

  constructor(
    private readonly serviceLogger: Logger,
    /** The request id (`x-request-id`). */
    readonly requestId: string,
    /** The request's server span (tracing on only): named after the operation once it is known. */
    readonly requestSpan?: Span,
  ) {}

  /** The service's logger for this request: every line carries `requestId`. */
  get logger(): Logger {
    return (this.requestLogger ??= this.serviceLogger.child({ requestId: this.requestId }));
  }
}

/** Lets `formatError` (which sees no context) log an unexpected error with its request's logger. */
const errorLoggers = new WeakMap<object, Logger>();

export function requestLoggerOf(error: unknown): Logger | undefined {
  return typeof error === 'object' && error !== null ? errorLoggers.get(error) : undefined;
}

/**
 * Remembers, for each error of a request, the request's logger (Apollo calls
 * `didEncounterErrors` before `formatError`), and names the operation on the
 * request's span.
 */
export function requestScopePlugin<TContext extends { logger: Logger; requestSpan?: Span }>(): ApolloServerPlugin<TContext> {
  // One listener object for every request (they keep no state of their own): nothing allocated per request.
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ operation, operationName, contextValue }) {
      const span = contextValue.requestSpan;
      if (!span || !operation) return;
      span.updateName(`${operation.operation} ${operationName ?? 'anonymous'}`);
      span.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': operationName ?? '' });
    },
    async didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) {
        errorLoggers.set(error, contextValue.logger);
        if (error.originalError) errorLoggers.set(error.originalError, contextValue.logger);
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
