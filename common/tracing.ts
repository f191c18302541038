import crypto from 'node:crypto';
import { context, propagation, trace, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Attributes, type Context, type Span, type Tracer } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry tracing of one process. Off unless `startTracing` ran (an
 * OTLP endpoint configured, or a test's exporter): then no SDK is loaded, the
 * API stays the no-op one, and our own instrumentation skips span work
 * entirely behind `tracingActive()` (one boolean read per request), so the
 * hot path costs a request id and nothing else.
 *
 * On, it registers a global tracer provider, AsyncLocalStorage context and
 * W3C `traceparent` propagation. Apollo's gateway then emits its own spans
 * (`gateway.request`, `gateway.plan`, `gateway.fetch`, ...) through the same
 * global API, beneath the request span our middleware opens.
 */
let active = false;
const TRACER_NAME = 'licensing-graph';

/** Whether spans are being recorded in this process. */
export function tracingActive(): boolean {
  return active;
}

export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

export interface TracingOptions {
  /** `service.name` of the process's spans. */
  serviceName: string;
  /** OTLP/HTTP base endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`); spans go to `<endpoint>/v1/traces`. */
  otlpEndpoint?: string;
  /** Tests: where spans go instead (an in-memory exporter), each exported as it ends. */
  exporter?: SpanExporter;
}

export interface TracingRuntime {
  /** Exports what is buffered (tests read the exporter after it). */
  forceFlush(): Promise<void>;
  /** Flushes, then returns the process to the no-op API. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing when there is somewhere to send spans; returns null (and
 * loads nothing) otherwise. The SDK modules are required here, not at the
 * top, so a process without an endpoint never loads them.
 */
export async function startTracing(options: TracingOptions): Promise<TracingRuntime | null> {
  if (!options.exporter && !options.otlpEndpoint) return null;
  if (active) throw new Error('tracing is already started in this process');
  const { NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const { BatchSpanProcessor, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  let processor;
  if (options.exporter) {
    processor = new SimpleSpanProcessor(options.exporter);
  } else {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    // Batched: spans leave the process in the background, never on a request's path.
    processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.otlpEndpoint!.replace(/\/+$/, '')}/v1/traces` }));
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [processor],
  });
  // Global provider, AsyncLocalStorage context manager, W3C trace context (+ baggage) propagator.
  provider.register();
  active = true;
  return {
    forceFlush: () => provider.forceFlush(),
    async shutdown() {
      active = false;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ZERO_TRACE = '0'.repeat(32);

/** The trace id of a valid W3C `traceparent` header, or undefined. */
export function traceIdOf(traceparent: string | string[] | undefined): string | undefined {
  if (typeof traceparent !== 'string') return undefined;
  const match = TRACEPARENT.exec(traceparent);
  return match && match[1] !== ZERO_TRACE && match[2] !== '0000000000000000' ? match[1] : undefined;
}

/** A fresh id in the shape of a trace id (32 hex digits), for requests that bring none. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * A `traceparent` continuing the request `requestId` while tracing is off:
 * not sampled (flags 00), so a receiver that traces records nothing, but its
 * log lines carry the same request id.
 */
export function unsampledTraceparent(requestId: string): string {
  return `00-${requestId}-${crypto.randomBytes(8).toString('hex')}-00`;
}

/** The active context's `traceparent`, or undefined when tracing is off or no span is active. */
export function currentTraceparent(ctx: Context = context.active()): string | undefined {
  if (!active) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier.traceparent;
}

/** The context a `traceparent` continues (the root context when absent or invalid). */
export function contextOf(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
}

/**
 * Runs `work` inside a new span child of `parent` (default: the active
 * context), ending it when the work settles and marking it failed if it
 * throws. Tracing off: runs `work` as is.
 */
export async function inSpan<T>(name: string, options: { kind?: SpanKind; attributes?: Attributes; parent?: Context }, work: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!active) return work(undefined);
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw err;
  } finally {
    span.end();
  }
}

/**
 * A span the caller ends, for work whose spans cannot nest in one callback
 * (a batch delivery: one span per event, all ending when the one request
 * does), with the `traceparent` that continues it. Tracing off: undefined.
 */
export function startSpan(name: string, options: { kind?: SpanKind; attributes?: Attributes; parent?: Context }): { span: Span; traceparent: string | undefined } | undefined {
  if (!active) return undefined;
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, parent);
  return { span, traceparent: currentTraceparent(trace.setSpan(parent, span)) };
}

export { SpanKind, SpanStatusCode };
