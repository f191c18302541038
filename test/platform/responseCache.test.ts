import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';
import { SUBGRAPHS } from '../../common/services';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const CATALOG = `query ($search: String!) { products(search: $search, first: 5) { totalCount nodes { id name versions { version } } } }`;

/** A raw POST, to read the response headers the harness' helper does not return. */
async function post(query: string, variables: Record<string, unknown>, authorization?: string): Promise<{ cacheControl: string | null; body: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization) headers.authorization = authorization;
  const res = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  expect(res.status).toBe(200);
  return { cacheControl: res.headers.get('cache-control'), body: await res.text() };
}

describe('response cache at the gateway', () => {
  it('reuses a public catalog answer for 60 s without calling the catalog again, for anyone', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const before = catalog.operations();
    const first = await post(CATALOG, { search: 'server' });
    expect(first.cacheControl).toBe('max-age=60, public');
    expect(catalog.operations()).toBe(before + 1);
    const again = await post(CATALOG, { search: 'server' });
    const withToken = await post(CATALOG, { search: 'server' }, `Bearer ${await stack.tokenFor('alice')}`);
    expect(again.body).toBe(first.body);
    expect(withToken.body).toBe(first.body);
    expect(catalog.operations()).toBe(before + 1);
    // Other variables are another answer.
    await post(CATALOG, { search: 'office' });
    expect(catalog.operations()).toBe(before + 2);
  });

  it('never reuses a private answer: every My Products request reaches the catalog', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const query = `{ myProducts(first: 5) { totalCount nodes { product { name } } } }`;
    const alice = `Bearer ${await stack.tokenFor('alice')}`;
    const before = catalog.operations();
    const first = await post(query, {}, alice);
    const second = await post(query, {}, alice);
    expect(first.body).toContain('"myProducts"');
    expect(second.body).toBe(first.body);
    expect(first.cacheControl).not.toContain('public');
    expect(catalog.operations()).toBe(before + 2);
  });

  it('never reuses an answer mixing public products with a private field from another subgraph', async () => {
    const support = stack.subgraphs['support-contracts'];
    const query = `{ products(search: "server", first: 3) { nodes { name myOpenSupportRequests { nodes { title } } } } }`;
    const sue = `Bearer ${await stack.tokenFor('sue')}`;
    const bob = `Bearer ${await stack.tokenFor('bob')}`;
    const before = support.operations();
    const asSue = await post(query, {}, sue);
    const asBob = await post(query, {}, bob);
    expect(asSue.body).not.toContain('"errors"');
    expect(asSue.cacheControl).not.toContain('public');
    expect(support.operations()).toBe(before + 2);
    // Sue's open incident (seeded on SQL Server) is hers: Bob's answer must not carry it.
    expect(asSue.body).toContain('Availability group failover loops');
    expect(asBob.body).not.toContain('Availability group failover loops');
  });

  it('answers a private page of a subgraph that gives no cache hints as no-store, and never from the cache', async () => {
    const agreements = stack.subgraphs.agreements;
    const query = `{ myAgreements(first: 3) { totalCount nodes { number } } }`;
    const alice = `Bearer ${await stack.tokenFor('alice')}`;
    const before = agreements.operations();
    const first = await post(query, {}, alice);
    const second = await post(query, {}, alice);
    expect(first.body).toContain('"number"');
    expect(first.cacheControl).toBe('no-store');
    expect(second.cacheControl).toBe('no-store');
    expect(agreements.operations()).toBe(before + 2);
  });
});

describe('cache hints at the subgraphs', () => {
  /** A subgraph's own answer to `query`, as the gateway receives it. */
  async function direct(name: (typeof SUBGRAPHS)[number]['name'], query: string): Promise<{ status: number; cacheControl: string | null }> {
    const res = await fetch(stack.subgraphs[name].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gateway-secret': TEST_SUBGRAPH_SECRET },
      body: JSON.stringify({ query }),
    });
    await res.text();
    return { status: res.status, cacheControl: res.headers.get('cache-control') };
  }

  it('the catalog, whose schema has @cacheControl, still hints its public products', async () => {
    expect(await direct('software-catalog', '{ products(first: 1) { totalCount } }')).toEqual({ status: 200, cacheControl: 'max-age=60, public' });
  });

  it.each(SUBGRAPHS.filter((s) => s.name !== 'software-catalog').map((s) => [s.name] as const))(
    '%s, whose schema has no @cacheControl, sends no Cache-Control at all (its cache-control plugin is off)',
    async (name) => {
      expect(await direct(name, '{ __typename }')).toEqual({ status: 200, cacheControl: null });
    },
  );
});
