import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const CROSS_ALL_FOUR = `
  query {
    myOrganization {
      name
      agreements(first: 10) { totalCount nodes { number licenseLines { quantity product { name deployment } } } }
      supportContracts { displayName incidentsRemaining }
      partnerMembership { program competencies }
    }
  }`;

describe('gateway over the four subgraphs', () => {
  it('answers one query that crosses all four subgraphs with seeded data', async () => {
    const res = await stack.queryGateway<{ myOrganization: Record<string, unknown> }>(CROSS_ALL_FOUR, { as: 'ada' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.myOrganization).toEqual({
      name: 'Northwind Partners',
      agreements: {
        totalCount: 1,
        nodes: [{ number: '0099001122', licenseLines: [{ quantity: 60, product: { name: 'Office Professional Plus', deployment: 'ON_PREMISES' } }] }],
      },
      // Partner-benefit contracts join this list as benefits are seeded; the SCS contract is the fixed point.
      supportContracts: expect.arrayContaining([{ displayName: '26 SCS-4648141-unk (0037xxxxx)', incidentsRemaining: 12 }]),
      partnerMembership: { program: 'GOLD', competencies: ['Cloud Platform', 'Data Analytics'] },
    });
  });

  it('serves the public catalog without a token', async () => {
    const res = await stack.queryGateway<{ products: { nodes: { id: string }[] } }>(
      '{ products(search: "SERVER") { totalCount nodes { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.products.nodes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['prod-windows-server', 'prod-sql-server', 'prod-exchange-server']),
    );
  });

  it('keeps response names that Object.prototype also has as plain fields, across subgraphs and with variables', async () => {
    // The gateway shapes answers itself (gateway/src/resultShaping.ts): a client's alias must neither reach a
    // prototype nor lose its value, with no token (the public catalog) or with one (agreements → catalog).
    type Node = Record<string, unknown>;
    const open = await stack.queryGateway<{ products: { nodes: Node[] } }>(
      'query($skip: Boolean!) { products(search: "SQL", first: 1) { nodes { constructor: name __proto__: id toString: deployment name @skip(if: $skip) } } }',
      { variables: { skip: true } },
    );
    expect(open.errors).toBeUndefined();
    const [product] = open.data!.products.nodes;
    expect(Object.keys(product)).toEqual(['constructor', '__proto__', 'toString']);
    expect(Object.getOwnPropertyDescriptor(product, '__proto__')?.value).toBe('prod-sql-server');
    expect(product.constructor).toBe('SQL Server');

    const mine = await stack.queryGateway<{ myOrganization: { agreements: { nodes: { licenseLines: { product: Node }[] }[] } } }>(
      'query($skip: Boolean!) { myOrganization { agreements(first: 1) { nodes { licenseLines { product { constructor: name hasOwnProperty: id name @include(if: $skip) } } } } } }',
      { as: 'ada', variables: { skip: false } },
    );
    expect(mine.errors).toBeUndefined();
    const line = mine.data!.myOrganization.agreements.nodes[0].licenseLines[0];
    expect(Object.keys(line.product)).toEqual(['constructor', 'hasOwnProperty']);
    expect(line.product).toEqual({ constructor: 'Office Professional Plus', hasOwnProperty: 'prod-office' });
  });

  it('answers UNAUTHENTICATED to a missing token where data is private', async () => {
    const res = await stack.queryGateway('{ myOrganization { name } }');
    expect(res.data?.myOrganization ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a token signed with another secret with UNAUTHENTICATED', async () => {
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwib3JnIjoib3JnLWNvbnRvc28iLCJyb2xlcyI6WyJnbG9iYWxfYWRtaW4iXSwiZW1haWwiOiJ4QHgiLCJpc3MiOiJsaWNlbnNpbmctZ3JhcGgifQ.c2lnbmF0dXJlLW5vdC12YWxpZA';
    const res = await stack.queryGateway('{ myOrganization { name } }', { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('rejects an expired token with UNAUTHENTICATED', async () => {
    const expired = await stack.tokenFor('alice', Math.floor(Date.now() / 1000) - 60);
    const res = await stack.queryGateway('{ products { totalCount } }', { authorization: `Bearer ${expired}` });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]).toMatchObject({ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('masks internal errors: a malformed cursor is BAD_USER_INPUT, never a stack trace', async () => {
    const res = await stack.queryGateway('{ products(after: "!!") { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('reuses keep-alive connections to subgraphs instead of one per request', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const before = catalog.connectionsAccepted();
    const operationsBefore = catalog.operations();
    for (let i = 0; i < 20; i++) {
      // A different page size each time: the gateway's response cache would answer a repeat itself.
      const res = await stack.queryGateway(`{ products(first: ${i + 1}) { totalCount } }`);
      expect(res.errors).toBeUndefined();
    }
    expect(catalog.operations() - operationsBefore).toBe(20);
    expect(catalog.connectionsAccepted() - before).toBeLessThanOrEqual(1);
  });
});

