import { SUBGRAPHS } from '../../common/services';
import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';

/**
 * Subgraphs are private (design.md, "Identity"): GraphQL only from a gateway
 * (`x-gateway-secret`), with the gateway's own limits, and in production no
 * schema for whoever asks (`_service`, introspection, "Did you mean").
 * The stack runs with NODE_ENV=production, as deployed.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { NODE_ENV: 'production' } });
});
afterAll(async () => {
  await stack?.stop();
});

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const SERVICE = '{ _service { sdl } }';

describe.each(SUBGRAPHS.map((s) => [s.name] as const))('%s reached directly', (name) => {
  it.each([
    ['a normal query', '{ __typename }'],
    ['_entities', ENTITIES],
    ['_service', SERVICE],
  ])('refuses %s with 401 UNAUTHENTICATED without the gateway secret, or with a wrong one', async (_label, query) => {
    for (const gatewaySecret of [null, 'wrong', `${TEST_SUBGRAPH_SECRET}x`]) {
      const before = stack.subgraphs[name].operations();
      const res = await stack.querySubgraph(name, query, { as: 'alice', gatewaySecret, variables: { r: [{ __typename: 'Organization', id: 'org-contoso' }] } });
      expect({ gatewaySecret, status: res.status, code: res.errors?.[0]?.extensions?.code, data: res.data }).toEqual({ gatewaySecret, status: 401, code: 'UNAUTHENTICATED', data: undefined });
      expect(stack.subgraphs[name].operations()).toBe(before);
    }
  });

  it('answers with the gateway secret, but in production neither _service nor introspection', async () => {
    const ok = await stack.querySubgraph<{ __typename: string }>(name, '{ __typename }');
    expect(ok.status).toBe(200);
    expect(ok.data).toEqual({ __typename: 'Query' });
    const service = await stack.querySubgraph(name, SERVICE);
    expect({ status: service.status, code: service.errors?.[0]?.extensions?.code, data: service.data }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', data: undefined });
    const introspection = await stack.querySubgraph(name, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.data).toBeUndefined();
  });

  it('keeps its probes open: /health and /ready answer without the secret', async () => {
    const base = stack.subgraphs[name].url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});

describe('limits at a subgraph called with the gateway secret', () => {
  it('refuses a depth-50 query with a code', async () => {
    let selection = 'id';
    for (let i = 0; i < 50; i++) selection = `agreements { nodes { organization { ${selection} } } }`;
    const res = await stack.querySubgraph('agreements', `{ myOrganization { ${selection} } }`, { as: 'alice' });
    expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses 20 aliases of a page of 200, as a literal and as a variable, with the cost code', async () => {
    const pages = (first: string) => Array.from({ length: 20 }, (_, i) => `p${i}: products(first: ${first}) { nodes { id name } }`).join(' ');
    const before = stack.subgraphs['software-catalog'].sqlStatements();
    const literal = await stack.querySubgraph('software-catalog', `{ ${pages('200')} }`);
    const variable = await stack.querySubgraph('software-catalog', `query($n: Int) { ${pages('$n')} }`, { variables: { n: 200 } });
    for (const res of [literal, variable]) {
      expect({ status: res.status, extensions: res.errors?.[0]?.extensions }).toEqual({ status: 400, extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' }) });
    }
    expect(stack.subgraphs['software-catalog'].sqlStatements()).toBe(before);
  });

  it('refuses a 1,000-alias query with a code', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: product(id: "p${i}") { id }`).join(' ');
    const res = await stack.querySubgraph('software-catalog', `{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
  });
});

describe('no schema hints in production', () => {
  it('masks field and enum-value suggestions at the gateway and at a subgraph', async () => {
    const typo = '{ products(deployment: CLOUDS) { totalCount nodes { nam } } }';
    const viaGateway = await stack.queryGateway(typo);
    const direct = await stack.querySubgraph('software-catalog', typo);
    const variable = await stack.queryGateway('query($d: Deployment) { products(deployment: $d) { totalCount } }', { variables: { d: 'CLOUDS' } });
    for (const res of [viaGateway, direct, variable]) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const e of res.errors ?? []) {
        expect(e.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
        expect(e.message).not.toMatch(/Did you mean/);
      }
    }
  });

  it('serves an ordinary operation through the gateway, which sends the secret', async () => {
    const res = await stack.queryGateway<{ myOrganization: { name: string; supportContracts: unknown[] } }>('{ myOrganization { name supportContracts { displayName } } }', { as: 'alice' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.myOrganization.name).toBeTruthy();
  });
});
