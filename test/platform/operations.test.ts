import { Writable } from 'node:stream';
import { startStack, type Stack } from '../harness/stack';
import { startGateway } from '../harness/startGateway';
import { tracingActive } from '../../common/tracing';
import { TILES_QUERY } from '../../bench/workloads';
import { MAX_OPERATION_LABELS } from '../../gateway/src/operationMetrics';
import { readPersistedOperations } from '../../gateway/src/trustedDocuments';
import { eventually } from '../outbox/helpers';
import type { DemoUserHandle } from '../../common/demo/users';

/**
 * What an operator sees with tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT):
 * request ids in headers and log lines, the gateway's /ready, and metrics.
 */
const logLines: Record<string, unknown>[] = [];
const destination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ logDestination: destination });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

async function post(query: string, as: DemoUserHandle | null, options: { variables?: Record<string, unknown>; headers?: Record<string, string>; operationName?: string; gatewayUrl?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (as) headers.authorization = `Bearer ${await stack.tokenFor(as)}`;
  const res = await fetch(`${options.gatewayUrl ?? stack.gatewayUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables ?? {}, operationName: options.operationName }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, requestId: res.headers.get('x-request-id'), body };
}

const REISSUE = 'mutation($id: ID!) { reissueSupportContractIds(supportContractId: $id) { id } }';

async function metricsOf(url: string): Promise<string> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}

describe('request ids (tracing off)', () => {
  it('tracing is off and costs no SDK: no provider is registered in this process', () => {
    expect(tracingActive()).toBe(false);
  });

  it('makes up a request id per request and returns it in x-request-id; a client cannot pick one by that header', async () => {
    const a = await post('{ __typename }', null, { headers: { 'x-request-id': 'f'.repeat(32) } });
    const b = await post('{ __typename }', null);
    expect(a.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.requestId).not.toBe('f'.repeat(32));
    expect(a.requestId).not.toBe(b.requestId);
  });

  it("SUP-11 does not take the id from a client's traceparent (the gateway is the public edge); the subgraph's log lines carry the gateway's id", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const reissue = await post(REISSUE, 'alice', { variables: { id: 'sc-contoso-20pack' }, headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(reissue.body.errors).toBeUndefined();
    expect(reissue.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(reissue.requestId).not.toBe(traceId);
    const reissued = logLines.filter((l) => l.msg === 'support contract IDs re-issued by the owner');
    expect(reissued.filter((l) => l.requestId === reissue.requestId).map((l) => l.name)).toEqual(['support-contracts']);
    expect(reissued.filter((l) => l.requestId === traceId)).toEqual([]);
  });

  it("SUP-11 behind a trusted proxy (TRUST_CLIENT_TRACE_CONTEXT=true) takes the id from the caller's traceparent, and the subgraph's log lines carry it", async () => {
    const proxied = await startGateway(stack, { TRUST_CLIENT_TRACE_CONTEXT: 'true' });
    try {
      const traceId = '0af7651916cd43dd8448eb211c80319c';
      const reissue = await post(REISSUE, 'alice', { variables: { id: 'sc-contoso-20pack' }, headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` }, gatewayUrl: proxied.url });
      expect(reissue.body.errors).toBeUndefined();
      expect(reissue.requestId).toBe(traceId);
      const reissued = logLines.filter((l) => l.msg === 'support contract IDs re-issued by the owner' && l.requestId === traceId);
      expect(reissued.map((l) => l.name)).toEqual(['support-contracts']);
    } finally {
      await proxied.stop();
    }
  });
});

describe("the gateway's /ready", () => {
  it('is ready with the supergraph loaded and every subgraph ready; a stopped subgraph makes it 503 naming that one, until it is back', async () => {
    const ready = await fetch(`${stack.gatewayUrl}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', service: 'gateway' }]);

    const catalog = stack.subgraphs['software-catalog'];
    await catalog.stopListening();
    try {
      const { value } = await eventually(async () => {
        const res = await fetch(`${stack.gatewayUrl}/ready`);
        return res.status === 503 ? ((await res.json()) as Record<string, unknown>) : undefined;
      });
      expect(value).toEqual({ status: 'subgraphs not ready', service: 'gateway', notReady: ['software-catalog'] });
      // Kubernetes' probe (/ready/self) keeps the pod in: the other subgraphs' fields still answer through it.
      const self = await fetch(`${stack.gatewayUrl}/ready/self`);
      expect([self.status, await self.json()]).toEqual([200, { status: 'ready', service: 'gateway' }]);
      const partial = await stack.queryGateway<{ myPartnerMembership: { partnerNumber: string } | null }>('query { myPartnerMembership { partnerNumber } }', { as: 'ada' });
      expect(partial.errors).toBeUndefined();
      expect(partial.data?.myPartnerMembership?.partnerNumber).toEqual(expect.any(String));
    } finally {
      await catalog.startListening();
    }
    await eventually(async () => ((await fetch(`${stack.gatewayUrl}/ready`)).status === 200 ? true : undefined));
  });
});

describe('metrics (prom-client)', () => {
  it('the gateway counts requests and durations per operation name, and errors per extensions.code; unnamed and invalid operations collapse', async () => {
    const [tiles] = readPersistedOperations().filter((op) => op.name === 'BenefitTiles');
    await post(tiles.body, 'ada', { variables: { first: 2 } });
    const byHash = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor('ada')}` },
      body: JSON.stringify({ variables: { first: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash: tiles.id } } }),
    });
    expect(((await byHash.json()) as { errors?: unknown }).errors).toBeUndefined();
    await post('query { myBenefitTiles(first: 1) { totalCount } }', null);
    await post('query Broken { nope }', 'ada');
    const text = await metricsOf(stack.gatewayUrl);
    expect(text).toContain('# TYPE graphql_requests_total counter');
    expect(text).toContain('# HELP graphql_request_duration_seconds');
    // The shipped document counts under its name, sent as text or by hash.
    expect(text).toMatch(/^graphql_requests_total\{operation="BenefitTiles"\} 2$/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_count\{operation="BenefitTiles"\} 2$/m);
    expect(text).toMatch(/^graphql_errors_total\{operation="anonymous",code="UNAUTHENTICATED"\} [1-9]/m);
    // A name that does not validate is not a label: anyone could mint those.
    expect(text).toMatch(/^graphql_errors_total\{operation="invalid",code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(text).not.toContain('operation="Broken"');
    // Default process metrics, with HELP and TYPE.
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('junk operation names spend only the ad hoc labels: the shipped documents keep theirs, and an ad hoc document cannot take a shipped name', async () => {
    const [tiles] = readPersistedOperations().filter((op) => op.name === 'BenefitTiles');
    const count = async (operation: string) => Number(new RegExp(`^graphql_requests_total\\{operation="${operation}"\\} (\\d+)$`, 'm').exec(await metricsOf(stack.gatewayUrl))?.[1] ?? 0);
    for (let i = 0; i < MAX_OPERATION_LABELS + 5; i++) expect((await post(`query Junk${i} { __typename }`, null)).status).toBe(200);
    const text = await metricsOf(stack.gatewayUrl);
    expect(text).toContain('operation="Junk0"');
    expect(text).not.toContain(`operation="Junk${MAX_OPERATION_LABELS + 4}"`);

    const [tilesBefore, otherBefore] = [await count('BenefitTiles'), await count('other')];
    expect((await post(tiles.body, 'ada', { variables: { first: 1 } })).body.errors).toBeUndefined();
    expect(await count('BenefitTiles')).toBe(tilesBefore + 1);
    // The same name on another text (the bench's tiles query) is not the shipped document.
    expect((await post(TILES_QUERY, 'ada')).body.errors).toBeUndefined();
    expect(await count('BenefitTiles')).toBe(tilesBefore + 1);
    expect(await count('other')).toBeGreaterThan(otherBefore);
  });

  it("each subgraph's /metrics is prom-client text: statements, operations, outbox and process metrics with HELP and TYPE", async () => {
    const text = await metricsOf(`http://127.0.0.1:${stack.subgraphs['support-contracts'].port}`);
    for (const [name, type] of [['sql_statements_total', 'counter'], ['graphql_operations_total', 'counter'], ['outbox_events_pending', 'gauge'], ['outbox_events_failing', 'gauge'], ['process_cpu_user_seconds_total', 'counter']]) {
      expect(text).toContain(`# TYPE ${name} ${type}`);
      expect(text).toContain(`# HELP ${name} `);
    }
    const statements = Number(/^sql_statements_total (\d+)$/m.exec(text)?.[1]);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(stack.subgraphs['support-contracts'].sqlStatements());
    expect(text).toMatch(/^outbox_events_pending \d+$/m);
  });
});
