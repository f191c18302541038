import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './GatewayContext';
import { SubgraphDataSource, type IncomingOperationOptions } from './SubgraphDataSource';

const SECRET = 'a-gateway-secret-of-at-least-32-characters';

/** A subgraph stand-in that answers after 50 ms and records what it received. */
let server: http.Server;
let received: { authorization?: string; gatewaySecret?: string | string[]; body: string }[] = [];
let url: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, gatewaySecret: req.headers['x-gateway-secret'], body });
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'max-age=30, public');
        res.end(JSON.stringify({ data: { echo: body.length } }));
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
});

function call(source: SubgraphDataSource, operation: 'query' | 'mutation', authorization: string, hints: unknown[] = []) {
  const options = {
    kind: 'incoming operation' as IncomingOperationOptions['kind'],
    request: { query: '{ echo }', variables: { a: 1 } },
    context: { authorization, viewer: null },
    incomingRequestContext: { operation: { operation }, overallCachePolicy: { restrict: (hint: unknown) => hints.push(hint) } },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return source.process(options);
}

describe('SubgraphDataSource', () => {
  it('shares one call among identical calls in flight within queries, per token', async () => {
    const source = new SubgraphDataSource({ name: 'test', url, timeoutMs: 2000, gatewaySecret: SECRET });
    const answers = await Promise.all([call(source, 'query', 'Bearer a'), call(source, 'query', 'Bearer a'), call(source, 'query', 'Bearer a'), call(source, 'query', 'Bearer b')]);
    expect(received.map((r) => r.authorization).sort()).toEqual(['Bearer a', 'Bearer b']);
    // Every caller gets its own object: the gateway writes into what it receives.
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).not.toBe(answers[1]);
    await source.close();
  });

  it('proves to every subgraph call that it comes from a gateway (x-gateway-secret)', async () => {
    const source = new SubgraphDataSource({ name: 'test', url, timeoutMs: 2000, gatewaySecret: SECRET });
    await Promise.all([call(source, 'query', 'Bearer a'), call(source, 'mutation', 'Bearer b')]);
    expect(received.map((r) => r.gatewaySecret)).toEqual([SECRET, SECRET]);
    await source.close();
  });

  it('never shares calls made for a mutation', async () => {
    const source = new SubgraphDataSource({ name: 'test', url, timeoutMs: 2000, gatewaySecret: SECRET });
    await Promise.all([call(source, 'mutation', 'Bearer a'), call(source, 'mutation', 'Bearer a'), call(source, 'mutation', 'Bearer a')]);
    expect(received).toHaveLength(3);
    await source.close();
  });

  it("passes the subgraph's Cache-Control on as a cache hint", async () => {
    const source = new SubgraphDataSource({ name: 'test', url, timeoutMs: 2000, gatewaySecret: SECRET });
    const hints: unknown[] = [];
    await call(source, 'query', 'Bearer a', hints);
    expect(hints).toEqual([{ maxAge: 30, scope: 'PUBLIC' }]);
    await source.close();
  });

  it('fails with SUBGRAPH_UNAVAILABLE naming the subgraph when the answer is later than the deadline', async () => {
    const source = new SubgraphDataSource({ name: 'slow-one', url, timeoutMs: 10, gatewaySecret: SECRET });
    await expect(call(source, 'query', 'Bearer a')).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'slow-one' }, message: 'The slow-one service did not answer in time.' });
    await source.close();
  });
});
