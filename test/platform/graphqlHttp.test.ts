import http from 'node:http';
import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';

/**
 * `/graphql` of the gateway and the subgraphs is served on plain node:http
 * (common/graphqlHandler.ts), not Express: what Express gave callers there
 * still holds (GET queries with ETag revalidation, POST at the gateway's root,
 * Apollo's own coded refusals, request ids), and every other route is still
 * Express's.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const PUBLIC_QUERY = '{ products(first: 2) { totalCount nodes { id } } }';

/** A GET through node:http: fetch turns a conditional request into `Cache-Control: no-cache` (the Fetch standard), which forbids a 304. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; etag?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, body }));
      })
      .on('error', reject);
  });
}

describe('GraphQL over plain HTTP at the gateway', () => {
  it('runs a GET query (with the CSRF preflight header) and revalidates it: same ETag, 304 without a body', async () => {
    const url = `${stack.gatewayUrl}/graphql?query=${encodeURIComponent(PUBLIC_QUERY)}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await get(url, headers);
    const body = JSON.parse(first.body) as { data?: { products: { totalCount: number } } };
    expect(first.status).toBe(200);
    expect(body.data?.products.totalCount).toBeGreaterThan(0);
    expect(first.etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(await get(url, { ...headers, 'if-none-match': first.etag ?? '' })).toEqual({ status: 304, etag: first.etag, body: '' });
    expect((await get(url, { ...headers, 'if-none-match': 'W/"0-other"' })).status).toBe(200);
    expect((await get(url, { ...headers, 'if-none-match': first.etag ?? '', 'cache-control': 'no-cache' })).status).toBe(200);
  });

  it('still refuses a simple GET (no preflight header) under CSRF prevention, and POST answers carry no ETag', async () => {
    const simple = await fetch(`${stack.gatewayUrl}/graphql?query=${encodeURIComponent(PUBLIC_QUERY)}`);
    expect(simple.status).toBe(400);
    await simple.text();
    const post = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PUBLIC_QUERY }) });
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBeNull();
    expect(post.headers.get('content-length')).toBe(String(Buffer.byteLength(await post.text())));
  });

  it('answers a GET whose variables nest 40 levels (past the cap of 32) with 400 BAD_REQUEST before any subgraph', async () => {
    const before = stack.totalSubgraphOperations();
    const variables = encodeURIComponent(JSON.stringify({ s: 'x' }).replace('"x"', `${'['.repeat(40)}"x"${']'.repeat(40)}`));
    const res = await fetch(`${stack.gatewayUrl}/graphql?query=${encodeURIComponent('query($s: String) { products(search: $s) { totalCount } }')}&variables=${variables}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect({ status: res.status, code: json.errors?.[0].extensions?.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(stack.totalSubgraphOperations()).toBe(before);
  });

  it('serves POST / like POST /graphql, and leaves GET / and the probes to the Express app', async () => {
    const root = await fetch(`${stack.gatewayUrl}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await root.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${stack.gatewayUrl}/health`)).status).toBe(200);
    const metrics = await (await fetch(`${stack.gatewayUrl}/metrics`)).text();
    // The handler still times every GraphQL request it serves.
    expect(metrics).toMatch(/^http_request_duration_seconds_count [1-9]\d*$/m);
    expect((await fetch(`${stack.gatewayUrl}/nothing-here`)).status).toBe(404);
  });

  it("answers other methods with Apollo's 405 and a body that is not JSON with Apollo's 400, both coded", async () => {
    const put = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect(((await put.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    const xml = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' });
    expect(xml.status).toBe(400);
    expect(((await xml.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it("names every answer's request id, never the one a client sends", async () => {
    const mine = 'ab'.repeat(16);
    const res = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': mine }, body: JSON.stringify({ query: '{ __typename }' }) });
    await res.text();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(res.headers.get('x-request-id')).not.toBe(mine);
  });
});

describe('GraphQL over plain HTTP at a subgraph', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.subgraphs['software-catalog'].url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-gateway-secret': TEST_SUBGRAPH_SECRET, ...headers }, body });

  it('takes the request id its gateway names', async () => {
    const id = 'cd'.repeat(16);
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': id });
    await res.text();
    expect(res.headers.get('x-request-id')).toBe(id);
  });

  it('refuses a body over 2 MB with 413 BAD_REQUEST, after the secret is checked', async () => {
    const big = JSON.stringify({ query: `{ products(search: "${'x'.repeat(2 * 1024 * 1024)}") { totalCount } }` });
    const before = stack.subgraphs['software-catalog'].operations();
    const refused = await post(big);
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    const anonymous = await fetch(stack.subgraphs['software-catalog'].url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(anonymous.status).toBe(401);
    await anonymous.text();
    expect(stack.subgraphs['software-catalog'].operations()).toBe(before);
  });

  it('serves /graphql under any case and below it, as Express matched it, still behind the secret', async () => {
    const base = stack.subgraphs['software-catalog'].url.replace(/\/graphql$/, '');
    for (const path of ['/GraphQL', '/graphql/']) {
      const refused = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect({ path, status: refused.status }).toEqual({ path, status: 401 });
      await refused.text();
      const ok = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-gateway-secret': TEST_SUBGRAPH_SECRET }, body: '{"query":"{ __typename }"}' });
      expect({ path, status: ok.status, body: await ok.json() }).toEqual({ path, status: 200, body: { data: { __typename: 'Query' } } });
    }
    // Not a GraphQL path: Express's 404, whatever secret is sent.
    const elsewhere = await fetch(`${base}/graphqlx`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-gateway-secret': TEST_SUBGRAPH_SECRET }, body: '{}' });
    expect(elsewhere.status).toBe(404);
  });
});
