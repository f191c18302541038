import net from 'node:net';
import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { SUBGRAPH_TIMEOUT_MS: '1500' } });
});
afterAll(async () => {
  await stack?.stop();
});

const QUERY = `{
  myOrganization {
    name
    supportContracts { displayName }
    partnerMembership { program }
  }
}`;

describe('a subgraph that is down costs only its own fields', () => {
  it('answers with the other subgraphs data and SUBGRAPH_UNAVAILABLE naming the missing one, then recovers by itself', async () => {
    await stack.subgraphs['support-contracts'].stopListening();
    const started = Date.now();
    const down = await stack.queryGateway<{ myOrganization: Record<string, unknown> | null }>(QUERY, { as: 'ada' });
    expect(Date.now() - started).toBeLessThan(1500 + 1000);
    expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(down.errors?.[0].extensions?.service).toBe('support-contracts');
    expect(down.errors?.[0].message).toBe('The support-contracts service is unavailable.');
    // supportContracts is non-null, so its null bubbles to the nearest nullable parent: the organisation.
    // What other subgraphs own still answers in a query that does not touch the missing one.
    const partial = await stack.queryGateway<{ myOrganization: Record<string, unknown> }>(
      '{ myOrganization { name partnerMembership { program } } products(first: 1) { totalCount } }',
      { as: 'ada' },
    );
    expect(partial.errors).toBeUndefined();
    expect(partial.data?.myOrganization).toEqual({ name: 'Northwind Partners', partnerMembership: { program: 'GOLD' } });

    await stack.subgraphs['support-contracts'].startListening();
    const back = await stack.queryGateway<{ myOrganization: Record<string, unknown> }>(QUERY, { as: 'ada' });
    expect(back.errors).toBeUndefined();
    expect(back.data?.myOrganization).toMatchObject({ name: 'Northwind Partners', partnerMembership: { program: 'GOLD' } });
  });

  it('keeps the data of the other subgraphs when a nullable field of the missing one fails', async () => {
    await stack.subgraphs['partner-benefits'].stopListening();
    try {
      const res = await stack.queryGateway<{ myOrganization: Record<string, unknown> }>(
        '{ myOrganization { name partnerMembership { program } } }',
        { as: 'ada' },
      );
      expect(res.data?.myOrganization).toEqual({ name: 'Northwind Partners', partnerMembership: null });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'partner-benefits' });
    } finally {
      await stack.subgraphs['partner-benefits'].startListening();
    }
  });

  it('gives up on a subgraph that hangs within SUBGRAPH_TIMEOUT_MS instead of hanging the client', async () => {
    const subgraph = stack.subgraphs['partner-benefits'];
    await subgraph.stopListening();
    // Accepts connections and never answers: a hung process.
    const sockets: net.Socket[] = [];
    const hung = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(subgraph.port, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const res = await stack.queryGateway<{ myOrganization: Record<string, unknown> }>(
        '{ myOrganization { name partnerMembership { program } } }',
        { as: 'ada' },
      );
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(4000);
      expect(res.data?.myOrganization).toEqual({ name: 'Northwind Partners', partnerMembership: null });
      expect(res.errors?.[0]).toMatchObject({
        message: 'The partner-benefits service did not answer in time.',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'partner-benefits' },
      });
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => hung.close(() => resolve()));
      await subgraph.startListening();
    }
  });
});
