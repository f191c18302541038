import { spawn, type ChildProcess } from 'node:child_process';
import { loadPersistedDocuments, sha256Hex } from '../../gateway/src/trustedDocuments';
import { BenefitTilesDocument, CatalogProductsDocument } from '../../client/generated/graphql';
import { PERSISTED_DOCUMENT_IDS } from '../../client/persistedDocumentIds';
import { GraphRequestError, requestGraph } from '../../client/request';
import { freePort } from '../harness/freePort';
import { startGateway, type ExtraGateway } from '../harness/startGateway';
import { startStack, type Stack } from '../harness/stack';

/**
 * Trusted documents (issue 16, acceptance 2) and CORS at the gateway
 * (acceptance 1's server side), on a gateway with TRUSTED_DOCUMENTS_ONLY=true
 * and CORS_ORIGINS set; a second gateway runs the same with its APQ cache in
 * Redis, so persisted documents work with both caches.
 */
const PARTNER_ORIGIN = 'http://partner.example:8080';
let stack: Stack;
let redis: ChildProcess | undefined;
let redisGateway: ExtraGateway | undefined;

beforeAll(async () => {
  const redisPort = await freePort();
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  stack = await startStack({ env: { TRUSTED_DOCUMENTS_ONLY: 'true', CORS_ORIGINS: PARTNER_ORIGIN } });
  redisGateway = await startGateway(stack, {
    TRUSTED_DOCUMENTS_ONLY: 'true',
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    REDIS_KEY_PREFIX: `lgt-trusted-${redisPort}`,
  });
}, 90_000);

afterAll(async () => {
  await redisGateway?.stop();
  if (redis && redis.exitCode === null) redis.kill('SIGKILL');
  await stack?.stop();
});

interface Answer {
  status: number;
  headers: Headers;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(body: Record<string, unknown>, options: { token?: string; url?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(options.url ?? `${stack.gatewayUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Answer['json'] };
}

const byHash = (name: keyof typeof PERSISTED_DOCUMENT_IDS, variables: Record<string, unknown> = {}) => ({
  operationName: name,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_DOCUMENT_IDS[name] } },
});
const FREE_TEXT = '{ myPartnerMembership { partnerNumber } }';

describe('trusted documents (TRUSTED_DOCUMENTS_ONLY=true)', () => {
  it('PB-5/6 runs a listed hash for a partner: the tiles query, sent without its text', async () => {
    const res = await send(byHash('BenefitTiles', { first: 10 }), { token: await stack.tokenFor('ada') });
    expect(res.json.errors).toBeUndefined();
    const tiles = (res.json.data!.myBenefitTiles as { nodes: { status: string }[] }).nodes;
    expect(tiles).toHaveLength(6);
    expect(tiles.every((t) => t.status === 'ACTIVE')).toBe(true);
  });

  it('runs a listed hash with no token when the operation is public (the catalog)', async () => {
    const res = await send(byHash('CatalogProducts', { search: 'server', first: 3 }));
    expect(res.json.errors).toBeUndefined();
    expect((res.json.data!.products as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, for a partner and for nobody', async () => {
    const unknown = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('query Guess { __typename }') } } };
    for (const token of [await stack.tokenFor('ada'), undefined]) {
      const res = await send(unknown, { token });
      expect(res.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(res.json.data ?? null).toBeNull();
    }
  });

  it("refuses free text from a partner's token with TRUSTED_DOCUMENT_REQUIRED, and with no token", async () => {
    for (const token of [await stack.tokenFor('ada'), await stack.tokenFor('alice'), undefined]) {
      const res = await send({ query: FREE_TEXT }, { token });
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(res.json.data).toBeUndefined();
    }
  });

  it('refuses free text carried in variables-free GET and in an APQ registration (hash plus text) from a partner', async () => {
    const token = await stack.tokenFor('ada');
    const res = await send({ query: FREE_TEXT, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(FREE_TEXT) } } }, { token });
    expect(res.json.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const get = await fetch(`${stack.gatewayUrl}/graphql?query=${encodeURIComponent(FREE_TEXT)}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as Answer['json']).errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('runs free text from an analyst, who explores; a hash an analyst registered stays untrusted for a partner', async () => {
    const analyst = await stack.tokenFor('ana');
    const text = '{ products(first: 1) { totalCount } }';
    const hash = sha256Hex(text);
    const res = await send({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { token: analyst });
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data).toEqual({ products: { totalCount: expect.any(Number) } });
    // Apollo's APQ cache now knows the hash; only the manifest makes a document trusted.
    const partner = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { token: await stack.tokenFor('ada') });
    expect(partner.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const again = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { token: analyst });
    expect(again.json.errors).toBeUndefined();
  });

  it('runs the exact text of a listed document from anyone (a playground example), but not an edited copy', async () => {
    const manifest = loadPersistedDocuments();
    const catalogExample = [...manifest.values()].find((body) => body.includes('query Catalog '))!;
    const ok = await send({ query: catalogExample });
    expect(ok.json.errors).toBeUndefined();
    const edited = await send({ query: `${catalogExample}\n# edited` });
    expect(edited.json.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('runs a listed hash over GET too (CSRF prevention still asks for a preflight header)', async () => {
    const params = new URLSearchParams({
      operationName: 'CatalogProducts',
      variables: JSON.stringify({ search: 'server', first: 2 }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: PERSISTED_DOCUMENT_IDS.CatalogProducts } }),
    });
    const blocked = await fetch(`${stack.gatewayUrl}/graphql?${params}`);
    expect(blocked.status).toBe(400); // Apollo's CSRF prevention: a simple GET cannot run
    const res = await fetch(`${stack.gatewayUrl}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    const json = (await res.json()) as Answer['json'];
    expect(json.errors).toBeUndefined();
    expect((json.data!.products as { nodes: unknown[] }).nodes).toHaveLength(2);
  });

  it('works the same with the APQ cache in Redis: listed hash runs, unknown hash and partner free text refused', async () => {
    const url = `${redisGateway!.url}/graphql`;
    const ada = await stack.tokenFor('ada');
    const listed = await send(byHash('BenefitTiles', { first: 10 }), { token: ada, url });
    expect(listed.json.errors).toBeUndefined();
    expect((listed.json.data!.myBenefitTiles as { nodes: unknown[] }).nodes).toHaveLength(6);
    const unknown = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('nope') } } }, { token: ada, url });
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const free = await send({ query: FREE_TEXT }, { token: ada, url });
    expect(free.json.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const analyst = await send({ query: '{ products(first: 1) { totalCount } }' }, { token: await stack.tokenFor('ana'), url });
    expect(analyst.json.errors).toBeUndefined();
  });

  it('PB-7 types the typed client: the codegen document runs by its id and its result is typed', async () => {
    const data = await requestGraph(`${stack.gatewayUrl}/graphql`, BenefitTilesDocument, { first: 50 }, { token: await stack.tokenFor('lea') });
    // `data` is BenefitTilesQuery: these property reads are checked by tsc.
    expect(data.myBenefitTiles.nodes.map((t) => t.status)).toEqual(['NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE']);
    expect(data.myBenefitTiles.nodes[0].checklist.map((c) => c.state)).toEqual(['PASSED', 'FAILED', 'NOT_CHECKED', 'NOT_CHECKED']);
    const catalog = await requestGraph(`${stack.gatewayUrl}/graphql`, CatalogProductsDocument, { search: 'server', first: 1 });
    expect(catalog.products.nodes).toHaveLength(1);
    await expect(requestGraph(`${stack.gatewayUrl}/graphql`, BenefitTilesDocument, { first: 1 }, { token: 'not-a-jwt' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    } satisfies Partial<GraphRequestError>);
  });
});

describe('CORS at the gateway (CORS_ORIGINS)', () => {
  const preflight = (origin: string, headers = 'authorization,content-type') =>
    fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });

  it('answers the preflight of a listed origin for Authorization and JSON, without credentials', async () => {
    const res = await preflight(PARTNER_ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('refuses the preflight of an unlisted origin, and of a listed one asking for other headers', async () => {
    for (const res of [await preflight('http://evil.example'), await preflight(PARTNER_ORIGIN, 'authorization,x-evil'), await preflight('null')]) {
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it("always allows the gateway's own origin, and gives an unlisted origin's actual request no CORS header", async () => {
    const own = await preflight(stack.gatewayUrl);
    expect(own.headers.get('access-control-allow-origin')).toBe(stack.gatewayUrl);
    const res = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(byHash('CatalogProducts', { first: 1 })),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention on: a simple cross-site POST (text/plain) is refused', async () => {
    const res = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { origin: PARTNER_ORIGIN, 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(400);
  });
});
