import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function rawPost(body: string): Promise<{ status: number; json: { errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, json: await res.json() };
}

/** Runs an operation and checks it was refused with a code before any subgraph saw it. */
async function expectRefusedBeforeSubgraphs(query: string): Promise<string | undefined> {
  const before = stack.totalSubgraphOperations();
  const { json } = await rawPost(JSON.stringify({ query }));
  expect(stack.totalSubgraphOperations()).toBe(before);
  expect(json.errors?.length).toBeGreaterThan(0);
  return json.errors?.[0].extensions?.code;
}

describe('operation limits at the gateway', () => {
  it('refuses a depth-50 query with a code before any subgraph is called', async () => {
    let selection = 'id';
    for (let i = 0; i < 50; i++) selection = `agreements { nodes { organization { ${selection} } } }`;
    const code = await expectRefusedBeforeSubgraphs(`{ myOrganization { ${selection} } }`);
    expect(code).toBe('GRAPHQL_VALIDATION_FAILED');
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

  it('still serves an ordinary query after refusing abusive ones', async () => {
    const res = await stack.queryGateway<{ products: { totalCount: number } }>('{ products { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.products.totalCount).toBeGreaterThan(0);
  });
});
