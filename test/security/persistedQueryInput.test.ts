import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';

/**
 * Automatic persisted queries stay on at the gateway (clients may send a hash
 * instead of a document), so malformed `extensions.persistedQuery` values are
 * client faults: a coded 4xx, never INTERNAL_SERVER_ERROR nor an error-level
 * log line an anonymous caller can repeat at will.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function send(body: unknown, target: 'gateway' | 'subgraph'): Promise<{ status: number; codes: unknown[] }> {
  const url = target === 'gateway' ? `${stack.gatewayUrl}/graphql` : stack.subgraphs['software-catalog'].url;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target === 'subgraph') headers['x-gateway-secret'] = TEST_SUBGRAPH_SECRET;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, codes: (json.errors ?? []).map((e) => e.extensions?.code) };
}

const MALFORMED = [
  ['a hash that does not match the document', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }],
  ['an unsupported version', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }],
  ['a persistedQuery that is not an object', { query: '{ __typename }', extensions: { persistedQuery: 'x' } }],
  ['an unknown hash without a document', { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }],
] as const;

describe('malformed persisted-query extensions', () => {
  it.each(MALFORMED)('%s gets a coded 4xx at the gateway and at a subgraph', async (_name, body) => {
    for (const target of ['gateway', 'subgraph'] as const) {
      const { status, codes } = await send(body, target);
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(500);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes.every((c) => ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED'].includes(String(c)))).toBe(true);
    }
  });
});
