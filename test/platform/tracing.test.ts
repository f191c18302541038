import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startStack, type Stack } from '../harness/stack';
import { startTracing, type TracingRuntime } from '../../common/tracing';
import { TILES_QUERY } from '../../bench/workloads';
import { insertContract, SUBMIT } from '../support-contracts/helpers';
import { eventually } from '../outbox/helpers';
import type { DemoUserHandle } from '../../common/demo/users';

/**
 * Tracing on, the way a process with OTEL_EXPORTER_OTLP_ENDPOINT runs it, but
 * into one in-memory exporter: the harness runs the gateway and the four
 * subgraphs in this process, so it sees every service's spans.
 */
let exporter: InMemorySpanExporter;
let tracing: TracingRuntime;
let stack: Stack;
beforeAll(async () => {
  exporter = new InMemorySpanExporter();
  tracing = (await startTracing({ serviceName: 'test-stack', exporter }))!;
  stack = await startStack();
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await tracing?.shutdown();
});

async function post(query: string, as: DemoUserHandle, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor(as)}`, ...headers },
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

  it("continues the caller's traceparent and names its trace id as the request id", async () => {
    const traceId = 'ab'.repeat(16);
    const { requestId } = await post('query Me { myPartnerMembership { program } }', 'pat', {}, { traceparent: `00-${traceId}-${'cd'.repeat(8)}-01` });
    expect(requestId).toBe(traceId);
    const { value: spans } = await eventually(async () => {
      const found = spansOf(traceId);
      return serverSpanOf(found, 'gateway').length === 1 && serverSpanOf(found, 'partner-benefits').length === 1 ? found : undefined;
    });
    expect(serverSpanOf(spans, 'gateway')[0].parentSpanContext?.spanId).toBe('cd'.repeat(8));
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
