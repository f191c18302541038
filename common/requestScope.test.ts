import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { propagation } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createLogger, type Logger } from './logger';
import { beginRequest, RequestContext, type RequestScope, type RequestScopeOptions } from './requestScope';
import { startTracing, type TracingRuntime } from './tracing';

/**
 * A request's logger is made the first time something logs, also after
 * Apollo has copied the context (it does so for every operation): a request
 * that logs nothing makes no child logger.
 */
function capture(): { lines: string[]; logger: Logger; children: () => number } {
  const lines: string[] = [];
  const logger = createLogger('test', new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) }));
  logger.level = 'info';
  let made = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<Logger['child']>) => {
    made += 1;
    return child(...args);
  }) as Logger['child'];
  return { lines, logger, children: () => made };
}

const server = new ApolloServer<RequestContext>({
  typeDefs: 'type Query { quiet: Int, loud: Int }',
  resolvers: {
    Query: {
      quiet: () => 1,
      loud: (_root, _args, context: RequestContext) => {
        context.logger.info('resolving loud');
        context.logger.info('still loud');
        return 2;
      },
    },
  },
});
beforeAll(() => server.start());
afterAll(() => server.stop());

describe('RequestContext', () => {
  it('makes no child logger for a request that logs nothing, through Apollo', async () => {
    const { logger, children } = capture();
    const result = await server.executeOperation({ query: '{ quiet }' }, { contextValue: new RequestContext(logger, 'a'.repeat(32)) });
    expect(result.body.kind === 'single' && result.body.singleResult.data).toEqual({ quiet: 1 });
    expect(children()).toBe(0);
  });

  it('makes one child logger for a request that logs, whose lines carry the request id', async () => {
    const { logger, children, lines } = capture();
    await server.executeOperation({ query: '{ loud }' }, { contextValue: new RequestContext(logger, 'b'.repeat(32)) });
    expect(children()).toBe(1);
    expect(lines.map((l) => JSON.parse(l) as { msg: string; requestId: string })).toEqual([
      expect.objectContaining({ msg: 'resolving loud', requestId: 'b'.repeat(32) }),
      expect.objectContaining({ msg: 'still loud', requestId: 'b'.repeat(32) }),
    ]);
  });
});

/** A request as a service's `/graphql` sees it, and the scope `beginRequest` gives it; `finish` ends its span. */
function begin(headers: Record<string, string>, options?: RequestScopeOptions): { scope: RequestScope; res: http.ServerResponse; finish: () => void } {
  const req = new http.IncomingMessage(new net.Socket());
  req.method = 'POST';
  req.url = '/graphql';
  req.headers = headers;
  const res = new http.ServerResponse(req);
  const scope = beginRequest(req, res, 'gateway', options);
  return { scope, res, finish: () => res.emit('finish') };
}

const CALLER_TRACE = 'ab'.repeat(16);
const CALLER_SPAN = 'cd'.repeat(8);
const callerTraceparent = (flags = '01') => `00-${CALLER_TRACE}-${CALLER_SPAN}-${flags}`;

describe('beginRequest, tracing off', () => {
  it("makes up the request id whatever traceparent a client sends: it cannot pick another request's id", () => {
    const { scope, res } = begin({ traceparent: callerTraceparent() });
    expect(scope.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(scope.requestId).not.toBe(CALLER_TRACE);
    expect(res.getHeader('x-request-id')).toBe(scope.requestId);
  });

  it("takes a trusted caller's traceparent trace id as the request id (a subgraph, its gateway's)", () => {
    expect(begin({ traceparent: callerTraceparent() }, { trustTraceContext: true }).scope.requestId).toBe(CALLER_TRACE);
  });
});

describe('beginRequest, tracing on', () => {
  let exporter: InMemorySpanExporter;
  let tracing: TracingRuntime;
  beforeAll(async () => {
    exporter = new InMemorySpanExporter();
    tracing = (await startTracing({ serviceName: 'request-scope-test', exporter }))!;
  });
  afterAll(() => tracing?.shutdown());
  beforeEach(() => exporter.reset());

  /** The one span a request's scope recorded, once its response is finished. */
  function recorded(request: { scope: RequestScope; finish: () => void }): ReadableSpan {
    request.finish();
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(1);
    expect(spans[0].spanContext().traceId).toBe(request.scope.requestId);
    return spans[0];
  }

  it("starts a new trace for a client's traceparent, links the caller's and names its trace id in licensing.caller_trace_id", () => {
    const request = begin({ traceparent: callerTraceparent() });
    expect(request.scope.requestId).not.toBe(CALLER_TRACE);
    const span = recorded(request);
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.links.map((l) => [l.context.traceId, l.context.spanId])).toEqual([[CALLER_TRACE, CALLER_SPAN]]);
    expect(span.attributes['licensing.caller_trace_id']).toBe(CALLER_TRACE);
  });

  it('records the request when a client sends sampled flag 00: a client cannot switch tracing off', () => {
    const request = begin({ traceparent: callerTraceparent('00') });
    expect(request.scope.span?.isRecording()).toBe(true);
    expect(recorded(request).links).toHaveLength(1);
  });

  it("keeps a client's baggage out of the request's context", () => {
    const { scope } = begin({ traceparent: callerTraceparent(), baggage: 'tenant=victim' });
    expect(propagation.getBaggage(scope.traceContext!)).toBeUndefined();
  });

  it('links nothing for a malformed or absent traceparent', () => {
    const requests: Record<string, string>[] = [{ traceparent: `00-${'0'.repeat(32)}-${CALLER_SPAN}-01` }, { traceparent: 'garbage' }, {}];
    for (const headers of requests) {
      exporter.reset();
      const span = recorded(begin(headers));
      expect([span.links, span.attributes['licensing.caller_trace_id']]).toEqual([[], undefined]);
    }
  });

  it("continues a trusted caller's traceparent and baggage, as a subgraph does its gateway's", () => {
    const request = begin({ traceparent: callerTraceparent(), baggage: 'tenant=gateway' }, { trustTraceContext: true });
    expect(request.scope.requestId).toBe(CALLER_TRACE);
    expect(propagation.getBaggage(request.scope.traceContext!)?.getEntry('tenant')?.value).toBe('gateway');
    const span = recorded(request);
    expect(span.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect([span.links, span.attributes['licensing.caller_trace_id']]).toEqual([[], undefined]);
  });
});
