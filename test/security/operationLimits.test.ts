import { getIntrospectionQuery } from 'graphql';
import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';
import type { SubgraphName } from '../../common/services';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

type Answer = { status: number; json: { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] } };

/** Posts a raw body to the gateway, or (with `subgraph`) straight to a subgraph with the gateway secret. */
async function rawPost(body: string, subgraph?: SubgraphName): Promise<Answer> {
  const url = subgraph ? stack.subgraphs[subgraph].url : `${stack.gatewayUrl}/graphql`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (subgraph) headers['x-gateway-secret'] = TEST_SUBGRAPH_SECRET;
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, json: await res.json() };
}

/** Runs an operation and checks it was refused with a code before any subgraph saw it. */
async function expectRefusedBeforeSubgraphs(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  return (await refusedBeforeSubgraphs(query, variables)).json.errors?.[0].extensions?.code;
}

async function refusedBeforeSubgraphs(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const before = stack.totalSubgraphOperations();
  const answer = await rawPost(JSON.stringify({ query, variables }));
  expect(stack.totalSubgraphOperations()).toBe(before);
  expect(answer.json.errors?.length).toBeGreaterThan(0);
  return answer;
}

/** 20 aliases of a page of 200 products: 4,000 products, whether the page size is written in or passed as a variable. */
const twentyPages = (first: string) => Array.from({ length: 20 }, (_, i) => `p${i}: products(first: ${first}) { nodes { id name } }`).join('\n');
const LITERAL_PAGES = `query Pages { ${twentyPages('200')} }`;
const VARIABLE_PAGES = `query Pages($n: Int) { ${twentyPages('$n')} }`;

describe('operation limits at the gateway', () => {
  it('refuses a depth-50 query with a code before any subgraph is called', async () => {
    let selection = 'id';
    for (let i = 0; i < 50; i++) selection = `agreements { nodes { organization { ${selection} } } }`;
    const code = await expectRefusedBeforeSubgraphs(`{ myOrganization { ${selection} } }`);
    expect(code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses more than three introspection roots in one operation (the cost counts introspection as free); one full introspection passes', async () => {
    const tree = 'types { name fields { name args { name type { name kind } } type { name kind } } }';
    const aliases = Array.from({ length: 4 }, (_, i) => `s${i}: __schema { ${tree} }`).join(' ');
    expect(await expectRefusedBeforeSubgraphs(`{ ${aliases} }`)).toBe('GRAPHQL_VALIDATION_FAILED');
    const { status, json } = await rawPost(JSON.stringify({ query: getIntrospectionQuery() }));
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
  });

  it('refuses a 1,000-alias query with a code before any subgraph is called', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: products(first: 1) { totalCount }`).join('\n');
    const code = await expectRefusedBeforeSubgraphs(`{ ${aliases} }`);
    expect(code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
  });

  it('refuses a 1 MB document with 413 and code BAD_REQUEST before any subgraph is called', async () => {
    const before = stack.totalSubgraphOperations();
    const query = `{ products(search: "${'x'.repeat(1024 * 1024)}") { totalCount } }`;
    const { status, json } = await rawPost(JSON.stringify({ query }));
    expect(status).toBe(413);
    expect(json.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(stack.totalSubgraphOperations()).toBe(before);
  });

  it('answers malformed JSON with 400 and code BAD_REQUEST, not an HTML page', async () => {
    const { status, json } = await rawPost('{"query": ');
    expect(status).toBe(400);
    expect(json.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('costs `first: $n` by the value of $n: 20 pages of 200 are refused alike as literal and as variable, before any subgraph', async () => {
    const literal = await refusedBeforeSubgraphs(LITERAL_PAGES);
    const variable = await refusedBeforeSubgraphs(VARIABLE_PAGES, { n: 200 });
    expect(literal.status).toBe(400);
    expect(variable.status).toBe(400);
    expect(literal.json.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(variable.json.errors?.[0]).toEqual(literal.json.errors?.[0]);
  });

  it('costs the same document anew for each $n (the gateway and the subgraph cache its parse): 20 pages of 5 pass, of 200 are refused, of 5 pass again', async () => {
    const five = await stack.queryGateway(VARIABLE_PAGES, { variables: { n: 5 } });
    expect(five.errors).toBeUndefined();
    const refused = await refusedBeforeSubgraphs(VARIABLE_PAGES, { n: 200 });
    expect([refused.status, refused.json.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect((await stack.queryGateway(VARIABLE_PAGES, { variables: { n: 5 } })).errors).toBeUndefined();
    // A subgraph reached directly holds the same limit for the same document.
    const direct = async (n: number) => (await rawPost(JSON.stringify({ query: VARIABLE_PAGES, variables: { n } }), 'software-catalog')).json.errors?.[0]?.extensions?.code;
    expect(await direct(5)).toBeUndefined();
    expect(await direct(200)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await direct(5)).toBeUndefined();
  });

  it('costs a `first` variable left out by the schema default (20 pages of 20 pass), and serves one page of 200', async () => {
    const pages = await stack.queryGateway(VARIABLE_PAGES);
    expect(pages.errors).toBeUndefined();
    const page = await stack.queryGateway('query($n: Int) { products(first: $n) { totalCount nodes { id name family deployment } } }', { variables: { n: 200 } });
    expect(page.errors).toBeUndefined();
  });

  it('answers an unknown operationName, or one given for an anonymous operation, with 400 and a code, at the gateway and at a subgraph', async () => {
    for (const subgraph of [undefined, 'software-catalog'] as const) {
      const unknown = await rawPost(JSON.stringify({ query: 'query A { products { totalCount } } query B { products { totalCount } }', operationName: 'C<script>' }), subgraph);
      expect({ subgraph, status: unknown.status, code: unknown.json.errors?.[0].extensions?.code }).toEqual({ subgraph, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
      expect(JSON.stringify(unknown.json)).not.toContain('<script>');
      const anonymous = await rawPost(JSON.stringify({ query: '{ products { totalCount } }', operationName: 'Named' }), subgraph);
      expect({ subgraph, status: anonymous.status, code: anonymous.json.errors?.[0].extensions?.code }).toEqual({ subgraph, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
      const several = await rawPost(JSON.stringify({ query: 'query A { products { totalCount } } query B { products { totalCount } }' }), subgraph);
      expect({ subgraph, status: several.status, code: several.json.errors?.[0].extensions?.code }).toEqual({ subgraph, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    }
  });

  it.each(['offset:1e99', 'offset:0x10', 'offset:', 'offset:-1', 'offset:99999999999', 'offset:1.5', 'nonsense'])('refuses the cursor %s with BAD_USER_INPUT naming `after`, at the gateway and at a subgraph', async (text) => {
    const after = Buffer.from(text).toString('base64url');
    const query = `{ products(first: 2, after: "${after}") { totalCount } }`;
    for (const subgraph of [undefined, 'software-catalog'] as const) {
      const { status, json } = await rawPost(JSON.stringify({ query }), subgraph);
      expect({ subgraph, status, error: json.errors?.[0].extensions }).toMatchObject({ subgraph, status: 200, error: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });

  it('answers a variable nested 5,000 levels deep with 400 BAD_REQUEST, at the gateway and at a subgraph', async () => {
    const deep = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const deepObject = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    for (const subgraph of [undefined, 'software-catalog'] as const) {
      for (const value of [deep, deepObject]) {
        const body = `{"query":"query($s: String) { products(search: $s) { totalCount } }","variables":{"s":${value}}}`;
        const { status, json } = await rawPost(body, subgraph);
        expect({ subgraph, status, code: json.errors?.[0].extensions?.code }).toEqual({ subgraph, status: 400, code: 'BAD_REQUEST' });
      }
    }
  });

  it('still serves an ordinary query after refusing abusive ones', async () => {
    const res = await stack.queryGateway<{ products: { totalCount: number } }>('{ products { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.products.totalCount).toBeGreaterThan(0);
  });
});
