import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { AGREEMENTS_QUERY } from '../../bench/workloads';
import type { GatewayContext } from '../../gateway/src/GatewayContext';
import type { CacheHint } from '../../gateway/src/cacheHint';
import { EntityCache } from '../../gateway/src/entityCache';
import { SubgraphDataSource, type IncomingOperationOptions } from '../../gateway/src/SubgraphDataSource';
import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';

async function gatewayMetrics(stack: Stack): Promise<string> {
  return (await fetch(`${stack.gatewayUrl}/metrics`)).text();
}

async function page(stack: Stack, as: 'alice' | 'bob'): Promise<string> {
  const res = await stack.queryGateway(AGREEMENTS_QUERY, { as });
  expect(res.errors).toBeUndefined();
  return JSON.stringify(res.data);
}

describe('entity cache at the gateway (GATEWAY_ENTITY_CACHE_MB default)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answers an agreements page's catalog products from memory the second time: no catalog call, the same JSON", async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const before = catalog.operations();
    const first = await page(stack, 'alice');
    expect(first).toContain('"latestVersion"');
    expect(catalog.operations()).toBeGreaterThan(before);
    const afterFirst = catalog.operations();
    const sqlAfterFirst = catalog.sqlStatements();
    const second = await page(stack, 'alice');
    expect(second).toBe(first);
    expect(catalog.operations()).toBe(afterFirst);
    expect(catalog.sqlStatements()).toBe(sqlAfterFirst);
    expect(await gatewayMetrics(stack)).toMatch(/gateway_entity_cache_hits_total\{subgraph="software-catalog"\} [1-9]/);
  });

  it('serves those public products to a caller of another organisation, beside their own agreements', async () => {
    const alice = await page(stack, 'alice');
    const hits = async () => Number(/gateway_entity_cache_hits_total\{subgraph="software-catalog"\} (\d+)/.exec(await gatewayMetrics(stack))?.[1] ?? 0);
    const hitsBefore = await hits();
    const bob = await page(stack, 'bob');
    expect(await hits()).toBeGreaterThan(hitsBefore);
    // Bob's page lists Fabrikam's agreements, not Contoso's: only the catalog's products are shared.
    const numbers = (json: string) => (JSON.parse(json) as { myAgreements: { nodes: { number: string }[] } }).myAgreements.nodes.map((n) => n.number).sort();
    expect(numbers(bob).length).toBeGreaterThan(0);
    expect(numbers(bob).filter((n) => numbers(alice).includes(n))).toEqual([]);
  });

  it('never stores private entities: every support-contracts call reaches the subgraph and each caller sees their own', async () => {
    const support = stack.subgraphs['support-contracts'];
    const query = `{ product(id: "prod-sql-server") { name myOpenSupportRequests { totalCount nodes { title } } } }`;
    const before = support.operations();
    const sue1 = await stack.queryGateway(query, { as: 'sue' });
    const bob = await stack.queryGateway(query, { as: 'bob' });
    const sue2 = await stack.queryGateway(query, { as: 'sue' });
    expect(support.operations()).toBe(before + 3);
    // Sue's open incident (seeded on SQL Server) is hers: Bob's answer must not carry it.
    expect(JSON.stringify(sue1.data)).toContain('Availability group failover loops');
    expect(JSON.stringify(sue2.data)).toBe(JSON.stringify(sue1.data));
    expect(JSON.stringify(bob.data)).not.toContain('Availability group failover loops');
  });

  it("never stores a purchase's private catalog fields: each caller's call reaches the catalog and sees their own rights (CSP-3)", async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const query = `{ softwareSubscription(id: "sub-contoso-office") { id entitlementStatus viewerCanManageKeys } }`;
    const before = catalog.operations();
    const alice = await stack.queryGateway<{ softwareSubscription: { viewerCanManageKeys: boolean } }>(query, { as: 'alice' });
    const sue = await stack.queryGateway<{ softwareSubscription: { viewerCanManageKeys: boolean } }>(query, { as: 'sue' });
    expect(catalog.operations()).toBe(before + 2);
    expect(alice.data?.softwareSubscription.viewerCanManageKeys).toBe(true);
    expect(sue.data?.softwareSubscription.viewerCanManageKeys).toBe(false);
  });

  it('does not store a product whose answer had an error: the next page asks the catalog again', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const query = `{ myAgreements(first: 5) { nodes { licenseLines { product { id alerts(after: "not-a-cursor") { totalCount } } } } } }`;
    const before = catalog.operations();
    const first = await stack.queryGateway(query, { as: 'alice' });
    const afterFirst = catalog.operations();
    const second = await stack.queryGateway(query, { as: 'alice' });
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.errors).toEqual(first.errors);
    expect(afterFirst).toBe(before + 1);
    expect(catalog.operations()).toBe(afterFirst + 1);
  });

  it('does not believe a public answer to a call mixing Product with a private entity type (the catalog says public for both)', async () => {
    // The gateway's plans do not mix these two today; a call made by hand shows what the cache does if one does.
    const catalog = stack.subgraphs['software-catalog'];
    const source = new SubgraphDataSource({ name: 'software-catalog', url: catalog.url, timeoutMs: 5000, gatewaySecret: TEST_SUBGRAPH_SECRET, entityCache: new EntityCache({ maxBytes: 1 << 20 }) });
    const query = `query($representations:[_Any!]!){ _entities(representations:$representations){ ... on Product { id name } ... on SoftwareSubscription { id viewerCanManageKeys } } }`;
    const representations = [
      { __typename: 'Product', id: 'prod-office' },
      { __typename: 'SoftwareSubscription', id: 'sub-contoso-office' },
    ];
    const callAs = async (user: 'alice' | 'sue', hints: CacheHint[]) => {
      const options = {
        kind: 'incoming operation' as IncomingOperationOptions['kind'],
        request: { query, variables: { representations } },
        context: { authorization: `Bearer ${await stack.tokenFor(user)}`, viewer: null, requestId: 'entity-cache-test' },
        incomingRequestContext: { operation: { operation: 'query' }, overallCachePolicy: { restrict: (hint: CacheHint) => hints.push(hint) } },
      } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
      return (await source.process(options)).data?._entities as { viewerCanManageKeys?: boolean }[];
    };
    try {
      const before = catalog.operations();
      const aliceHints: CacheHint[] = [];
      const alice = await callAs('alice', aliceHints);
      const sue = await callAs('sue', []);
      expect(catalog.operations()).toBe(before + 2);
      expect(alice[1].viewerCanManageKeys).toBe(true);
      expect(sue[1].viewerCanManageKeys).toBe(false);
      // Nor may the operation's whole answer be reused.
      expect(aliceHints).toEqual([{ maxAge: 0 }]);
    } finally {
      await source.close();
    }
  });
});

describe('entity cache turned off (GATEWAY_ENTITY_CACHE_MB=0)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_ENTITY_CACHE_MB: '0' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('asks the catalog for the products of every agreements page, and reports no entity cache', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const before = catalog.operations();
    const first = await page(stack, 'alice');
    const afterFirst = catalog.operations();
    const second = await page(stack, 'alice');
    expect(second).toBe(first);
    expect(afterFirst).toBeGreaterThan(before);
    expect(catalog.operations() - afterFirst).toBe(afterFirst - before);
    expect(await gatewayMetrics(stack)).not.toContain('gateway_entity_cache');
  });
});
