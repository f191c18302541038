import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readyUrlOf, subgraphReadiness } from './readiness';

/** A stand-in subgraph whose /ready answers `status`, or never answers. */
async function fakeSubgraph(status: number | 'hang'): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    if (status !== 'hang') res.writeHead(status).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe("the gateway's readiness of its subgraphs", () => {
  it('asks each subgraph at /ready beside its /graphql', () => {
    expect(readyUrlOf('http://agreements:4001/graphql')).toBe('http://agreements:4001/ready');
  });

  it('names, within its bound, the subgraphs that answer 503 or hang; the others pass', async () => {
    const [up, failing, hanging] = await Promise.all([fakeSubgraph(200), fakeSubgraph(503), fakeSubgraph('hang')]);
    try {
      const readiness = subgraphReadiness({ agreements: up.url, 'support-contracts': failing.url, 'software-catalog': hanging.url }, 300);
      const started = Date.now();
      expect(await readiness()).toEqual({ ready: false, notReady: ['support-contracts', 'software-catalog'] });
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await Promise.all([up.close(), failing.close(), hanging.close()]);
    }
  });

  it('shares one probe among calls made while it runs', async () => {
    let probes = 0;
    const server = http.createServer((_req, res) => {
      probes += 1;
      setTimeout(() => res.writeHead(200).end('{}'), 50);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const readiness = subgraphReadiness({ agreements: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` });
      const answers = await Promise.all(Array.from({ length: 20 }, () => readiness()));
      expect(answers.every((a) => a.ready)).toBe(true);
      expect(probes).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
