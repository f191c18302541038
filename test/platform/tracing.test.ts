import diagnostics from 'node:diagnostics_channel';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { context, propagation, SpanKind, type Baggage } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startStack, type Stack } from '../harness/stack';
import { startGateway } from '../harness/startGateway';
import { startTracing, type TracingRuntime } from '../../common/tracing';
import { TILES_QUERY } from '../../bench/workloads';
import { insertContract, SUBMIT } from '../support-contracts/helpers';
import { eventually } from '../outbox/helpers';
import type { DemoUserHandle } from '../../common/demo/users';

/**
 * Tracing on, the way a process with OTEL_EXPORTER_OTLP_ENDPOINT runs it, but
 * into one in-memory exporter: the harness runs the gateway and the four
 * subgraphs in this process, so it sees every service's spans (and, through
 * one log destination, every service's log lines).
 */
let exporter: InMemorySpanExporter;
let tracing: TracingRuntime;
let stack: Stack;
const logLines: Record<string, unknown>[] = [];
const logDestination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
beforeAll(async () => {
  exporter = new InMemorySpanExporter();
  tracing = (await startTracing({ serviceName: 'test-stack', exporter }))!;
  stack = await startStack({ logDestination });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await tracing?.shutdown();
});

async function post(query: string, as: DemoUserHandle, variables: Record<string, unknown> = {}, options: { headers?: Record<string, string>; gatewayUrl?: string } = {}) {
  const res = await fetch(`${options.gatewayUrl ?? stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor(as)}`, ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { requestId: res.headers.get('x-request-id') ?? '', body };
}

function spansOf(traceId: string): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
}

/** The span's ancestors, nearest first, within the spans given. */
function ancestors(span: ReadableSpan, all: ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(all.map((s) => [s.spanContext().spanId, s]));
  const chain: ReadableSpan[] = [];
  for (let parent = byId.get(span.parentSpanContext?.spanId ?? ''); parent; parent = byId.get(parent.parentSpanContext?.spanId ?? '')) chain.push(parent);
  return chain;
}

const serverSpanOf = (spans: ReadableSpan[], service: string) => spans.filter((s) => s.kind === SpanKind.SERVER && s.attributes['licensing.service'] === service);
const sqlSpans = (spans: ReadableSpan[]) => spans.filter((s) => s.kind === SpanKind.CLIENT && s.attributes['db.system'] === 'mysql');

/** The spans of a mutation's trace once its outbox event was delivered and applied (effect SQL included). */
async function deliveredTrace(requestId: string): Promise<ReadableSpan[]> {
  const { value } = await eventually(async () => {
    const found = spansOf(requestId);
    const received = found.find((s) => s.name.startsWith('outbox receive '));
    // The relay's span ends only once it has read the receiver's answer, after the receive span (and on a
    // busy machine well after): wait for it too. The effect's statements end before the receive span does.
    const delivered = found.some((s) => s.name.startsWith('outbox deliver '));
    return delivered && received && sqlSpans(found).some((s) => ancestors(s, found).includes(received)) ? found : undefined;
  });
  return value;
}

describe('tracing (OpenTelemetry, W3C traceparent)', () => {
  it('PB-5/6 the tiles query is one trace: the gateway request, plan and fetches, three subgraphs beneath the fetches, SQL beneath each subgraph', async () => {
    // Ada's organisation (Northwind, Gold) has activated benefits: its tiles show support contracts.
    const { requestId, body } = await post(TILES_QUERY, 'ada');
    expect(body.errors).toBeUndefined();
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);

    // Server spans end as their responses are written, a moment after the client has read them: wait for them.
    const services = ['gateway', 'partner-benefits', 'agreements', 'support-contracts'];
    const { value: spans } = await eventually(async () => {
      const found = spansOf(requestId);
      return services.every((service) => serverSpanOf(found, service).length > 0) ? found : undefined;
    });
    const [root] = serverSpanOf(spans, 'gateway');
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.name).toBe('query BenefitTiles');
    const names = new Set(spans.map((s) => s.name));
    for (const name of ['gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch']) expect(names).toContain(name);

    for (const service of ['partner-benefits', 'agreements', 'support-contracts']) {
      const served = serverSpanOf(spans, service);
      expect(served.length).toBeGreaterThanOrEqual(1);
      for (const span of served) {
        // Across the process boundary: the parent is the gateway's fetch span, found through traceparent.
        expect(ancestors(span, spans)[0]?.name).toBe('gateway.fetch');
        expect(ancestors(span, spans)).toContain(root);
        expect(span.name).toMatch(/^query /);
      }
      const statements = sqlSpans(spans).filter((s) => served.some((server) => ancestors(s, spans).includes(server)));
      expect(statements.length).toBeGreaterThanOrEqual(1);
      for (const s of statements) {
        expect(s.attributes['db.query.text']).toEqual(expect.any(String));
        expect(String(s.attributes['db.namespace'])).toContain(service.replace('-', '_'));
      }
    }
    // Only our request's statements: nothing of this trace is orphaned.
    for (const span of spans) if (span !== root) expect(ancestors(span, spans).at(-1)).toBe(root);
  });

  it('MP-1 a submitted incident writes an outbox event whose delivery and effect in software-catalog continue the mutation trace', async () => {
    await insertContract(stack, { id: 'sc-trace', accessId: '0900000777', contractId: '0900000777', organizationId: 'org-contoso', incidentsRemaining: 5 });
    const { requestId, body } = await post(SUBMIT, 'sue', {
      input: { supportContractId: 'sc-trace', productId: 'prod-sql-server', severity: 'B', description: 'Traced', idempotencyKey: 'trace-1' },
    });
    expect(body.errors).toBeUndefined();

    const spans = await deliveredTrace(requestId);
    const [root] = serverSpanOf(spans, 'gateway');
    const mutation = serverSpanOf(spans, 'support-contracts');
    expect(mutation).toHaveLength(1);
    expect(mutation[0].name).toMatch(/^mutation /);
    const insert = sqlSpans(spans).find((s) => String(s.attributes['db.query.text']).includes('outbox_event') && s.attributes['db.operation.name'] === 'INSERT');
    expect(insert && ancestors(insert, spans)).toContain(mutation[0]);

    const deliver = spans.find((s) => s.name.startsWith('outbox deliver '))!;
    const receive = spans.find((s) => s.name.startsWith('outbox receive '))!;
    expect(deliver.kind).toBe(SpanKind.PRODUCER);
    expect(receive.kind).toBe(SpanKind.CONSUMER);
    // The relay's span hangs off the mutation's own span; the receiver continues the relay's.
    expect(ancestors(deliver, spans)[0]).toBe(mutation[0]);
    expect(ancestors(receive, spans)[0]).toBe(deliver);
    expect(ancestors(receive, spans)).toContain(root);
    const effect = sqlSpans(spans).filter((s) => ancestors(s, spans).includes(receive));
    expect(effect.map((s) => s.attributes['db.namespace'])).toEqual(expect.arrayContaining([expect.stringContaining('software_catalog')]));
  });

  it('MP-1 events delivered in one batch each keep their own trace: a PRODUCER span per event under its mutation, the effect beneath a CONSUMER span continuing it', async () => {
    const outbox = stack.subgraphs['support-contracts'].service.outbox!;
    await insertContract(stack, { id: 'sc-trace-batch', accessId: '0900000778', contractId: '0900000778', organizationId: 'org-contoso', incidentsRemaining: 5 });
    await outbox.stopRelay();
    const requestIds: string[] = [];
    try {
      for (const key of ['trace-batch-1', 'trace-batch-2']) {
        const { requestId, body } = await post(SUBMIT, 'sue', {
          input: { supportContractId: 'sc-trace-batch', productId: 'prod-sql-server', severity: 'B', description: 'Traced in a batch', idempotencyKey: key },
        });
        expect(body.errors).toBeUndefined();
        requestIds.push(requestId);
      }
    } finally {
      outbox.startRelay();
    }
    for (const requestId of requestIds) {
      const spans = await deliveredTrace(requestId);
      const [mutation] = serverSpanOf(spans, 'support-contracts');
      const deliver = spans.filter((s) => s.name.startsWith('outbox deliver '));
      const receive = spans.filter((s) => s.name.startsWith('outbox receive '));
      expect([deliver.length, receive.length]).toEqual([1, 1]);
      expect(deliver[0].attributes['messaging.batch.message_count']).toBe(2);
      expect(ancestors(deliver[0], spans)[0]).toBe(mutation);
      expect(ancestors(receive[0], spans)[0]).toBe(deliver[0]);
      expect(sqlSpans(spans).filter((s) => ancestors(s, spans).includes(receive[0])).length).toBeGreaterThan(0);
    }
  });
});

/** A W3C `traceparent` a client might send: trace `traceId`, its span `cd..cd`, sampled unless `flags` says 00. */
const CALLER_SPAN = 'cd'.repeat(8);
const clientTraceparent = (traceId: string, flags = '01') => `00-${traceId}-${CALLER_SPAN}-${flags}`;
const REISSUE = 'mutation Reissue($id: ID!) { reissueSupportContractIds(supportContractId: $id) { id } }';

/** The gateway's and `service`'s server spans of `requestId`'s trace, once both have ended. */
async function servedBy(requestId: string, service: string): Promise<ReadableSpan[]> {
  const { value } = await eventually(async () => {
    const found = spansOf(requestId);
    return serverSpanOf(found, 'gateway').length === 1 && serverSpanOf(found, service).length > 0 ? found : undefined;
  });
  return value;
}

/** What the gateway's calls to the subgraphs carried while `work` ran: header names sent, and the baggage of the context they were made in. */
interface SubgraphCall {
  headersSent: string[];
  baggage: Baggage | undefined;
}

/** Header names of an undici request, whose headers are a flat [name, value, ...] list. */
function headerNames(headers: unknown): string[] {
  return Array.isArray(headers) ? headers.filter((_, i) => i % 2 === 0).map((name) => String(name).toLowerCase()) : [];
}

/**
 * Runs `work` and returns what each subgraph received meanwhile (its request
 * headers, read where node:http hands the request over) and what the gateway
 * sent (undici publishes each request it creates, synchronously, in the
 * gateway's context of the call).
 */
async function watchSubgraphCalls(work: () => Promise<void>): Promise<{ sent: SubgraphCall[]; received: http.IncomingHttpHeaders[] }> {
  const ports = new Set(Object.values(stack.subgraphs).map((s) => s.port));
  const origins = new Set(Object.values(stack.subgraphs).map((s) => new URL(s.url).origin));
  const sent: SubgraphCall[] = [];
  const received: http.IncomingHttpHeaders[] = [];
  const onCreate = (message: unknown) => {
    const { request } = message as { request: { origin?: string | URL; headers: unknown } };
    if (origins.has(String(request.origin))) sent.push({ headersSent: headerNames(request.headers), baggage: propagation.getBaggage(context.active()) });
  };
  const onServerRequest = (message: unknown) => {
    const { request, server } = message as { request: http.IncomingMessage; server: http.Server };
    if (ports.has((server.address() as AddressInfo | null)?.port ?? -1)) received.push(request.headers);
  };
  diagnostics.subscribe('undici:request:create', onCreate);
  diagnostics.subscribe('http.server.request.start', onServerRequest);
  try {
    await work();
  } finally {
    diagnostics.unsubscribe('undici:request:create', onCreate);
    diagnostics.unsubscribe('http.server.request.start', onServerRequest);
  }
  return { sent, received };
}

describe("a client's traceparent at the gateway (the public edge: TRUST_CLIENT_TRACE_CONTEXT unset)", () => {
  it("SUP-11 starts a new trace: the request id is not the client's trace id; the gateway's server span is a root linking the client's trace (licensing.caller_trace_id); the subgraph's spans and log lines carry the new id", async () => {
    const clientTrace = 'ab'.repeat(16);
    const { requestId, body } = await post(REISSUE, 'alice', { id: 'sc-contoso-20pack' }, { headers: { traceparent: clientTraceparent(clientTrace) } });
    expect(body.errors).toBeUndefined();
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(requestId).not.toBe(clientTrace);

    const spans = await servedBy(requestId, 'support-contracts');
    const [root] = serverSpanOf(spans, 'gateway');
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.links.map((l) => [l.context.traceId, l.context.spanId])).toEqual([[clientTrace, CALLER_SPAN]]);
    expect(root.attributes['licensing.caller_trace_id']).toBe(clientTrace);
    for (const span of serverSpanOf(spans, 'support-contracts')) expect(ancestors(span, spans)).toContain(root);
    expect(spansOf(clientTrace)).toEqual([]);

    const reissued = logLines.filter((l) => l.msg === 'support contract IDs re-issued by the owner');
    expect(reissued.filter((l) => l.requestId === requestId).map((l) => l.name)).toEqual(['support-contracts']);
    expect(reissued.filter((l) => l.requestId === clientTrace)).toEqual([]);
  });

  it('records the request when the client sends sampled flag 00: a client cannot keep its requests out of the traces', async () => {
    const clientTrace = 'ef'.repeat(16);
    const { requestId, body } = await post('query Me { myPartnerMembership { program } }', 'pat', {}, { headers: { traceparent: clientTraceparent(clientTrace, '00') } });
    expect(body.errors).toBeUndefined();
    expect(requestId).not.toBe(clientTrace);
    const spans = await servedBy(requestId, 'partner-benefits');
    expect(serverSpanOf(spans, 'gateway')[0].attributes['licensing.caller_trace_id']).toBe(clientTrace);
  });

  it("keeps a client's baggage out of the gateway's context and off its calls to the subgraphs", async () => {
    const { sent, received } = await watchSubgraphCalls(async () => {
      const { body } = await post('query Me { myPartnerMembership { program } }', 'pat', {}, { headers: { traceparent: clientTraceparent('12'.repeat(16)), baggage: 'tenant=org-contoso,role=analyst' } });
      expect(body.errors).toBeUndefined();
    });
    expect(sent.length).toBeGreaterThan(0);
    expect(received.length).toBe(sent.length);
    // The calls do carry the gateway's own trace: the check would see a header that was there.
    expect(sent.every((call) => call.headersSent.includes('traceparent'))).toBe(true);
    expect(sent.map((call) => [call.headersSent.includes('baggage'), call.baggage])).toEqual(sent.map(() => [false, undefined]));
    expect(received.map((headers) => headers.baggage)).toEqual(received.map(() => undefined));
  });
});

describe('behind a trusted proxy (TRUST_CLIENT_TRACE_CONTEXT=true)', () => {
  it("continues the caller's traceparent and names its trace id as the request id, the subgraphs joining that trace", async () => {
    const proxied = await startGateway(stack, { TRUST_CLIENT_TRACE_CONTEXT: 'true' });
    try {
      const callerTrace = '34'.repeat(16);
      const { requestId, body } = await post('query Me { myPartnerMembership { program } }', 'pat', {}, { headers: { traceparent: clientTraceparent(callerTrace) }, gatewayUrl: proxied.url });
      expect(body.errors).toBeUndefined();
      expect(requestId).toBe(callerTrace);
      const spans = await servedBy(callerTrace, 'partner-benefits');
      const [gateway] = serverSpanOf(spans, 'gateway');
      expect(gateway.parentSpanContext?.spanId).toBe(CALLER_SPAN);
      expect([gateway.links, gateway.attributes['licensing.caller_trace_id']]).toEqual([[], undefined]);
      for (const span of serverSpanOf(spans, 'partner-benefits')) expect(ancestors(span, spans)).toContain(gateway);
    } finally {
      await proxied.stop();
    }
  });
});
