import { Registry } from 'prom-client';
import { canonicalJson, EntityCache, type EntitiesRequest, type SubgraphAnswer } from './entityCache';

const QUERY = 'query($representations:[_Any!]!){_entities(representations:$representations){...on Product{id name}}}';
const PUBLIC = 'max-age=60, public';

const product = (id: string) => ({ __typename: 'Product', id });

/**
 * A subgraph stand-in for the cache's `send`: it records the representations
 * it is asked for and answers each with `{ id, name }` (null for ids starting
 * with "missing"), under the Cache-Control and errors a test chooses.
 */
function subgraph(options: { cacheControl?: string; errors?: (reps: unknown[]) => unknown[] } = { cacheControl: PUBLIC }) {
  const calls: unknown[][] = [];
  let version = 1;
  const send = async (variables: Record<string, unknown>): Promise<SubgraphAnswer> => {
    const reps = variables.representations as { id: string }[];
    calls.push(reps);
    const entities = reps.map((r) => (r.id.startsWith('missing') ? null : { id: r.id, name: `${r.id} v${version}` }));
    const body: Record<string, unknown> = { data: { _entities: entities } };
    const errors = options.errors?.(reps);
    if (errors?.length) body.errors = errors;
    return { text: JSON.stringify(body), cacheControl: options.cacheControl };
  };
  return {
    calls,
    send,
    /** The subgraph's data changes: a fresh answer shows the new version. */
    bump: () => (version += 1),
  };
}

function request(representations: unknown[], variables: Record<string, unknown> = {}, query = QUERY): EntitiesRequest {
  return { query, variables: { ...variables, representations } };
}

/** A clock tests move by hand, in ms. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('EntityCache', () => {
  it('answers a second call from memory without calling the subgraph, with the same JSON', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    const reps = [product('a'), product('b')];
    const first = await cache.resolve('catalog', request(reps), catalog.send);
    const second = await cache.resolve('catalog', request(reps), catalog.send);
    expect(catalog.calls).toHaveLength(1);
    expect(second.response).toEqual(first.response);
    expect(second.response).toEqual({ data: { _entities: [{ id: 'a', name: 'a v1' }, { id: 'b', name: 'b v1' }] } });
  });

  it('hands every caller its own objects: what one writes into is not what the next receives', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    const first = await cache.resolve('catalog', request([product('a')]), catalog.send);
    (first.response.data?._entities as Record<string, unknown>[])[0].name = 'written by the gateway';
    const second = await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(second.response).toEqual({ data: { _entities: [{ id: 'a', name: 'a v1' }] } });
  });

  it('asks only for the representations it does not hold, each once, and answers in the original order', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    await cache.resolve('catalog', request([product('b')]), catalog.send);
    const { response } = await cache.resolve('catalog', request([product('a'), product('b'), product('c'), product('a')]), catalog.send);
    expect(catalog.calls[1]).toEqual([product('a'), product('c')]);
    expect(response.data?._entities).toEqual([
      { id: 'a', name: 'a v1' },
      { id: 'b', name: 'b v1' },
      { id: 'c', name: 'c v1' },
      { id: 'a', name: 'a v1' },
    ]);
  });

  it('keys on the canonical representation: the same keys in another order are the same entity', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    await cache.resolve('catalog', request([{ __typename: 'Product', id: 'a' }]), catalog.send);
    await cache.resolve('catalog', request([{ id: 'a', __typename: 'Product' }]), catalog.send);
    expect(catalog.calls).toHaveLength(1);
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });

  it('keeps apart entities fetched by another subgraph query, with other field arguments, or from another subgraph', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    await cache.resolve('catalog', request([product('a')], {}, QUERY.replace('id name', 'id name family')), catalog.send);
    await cache.resolve('catalog', request([product('a')], { first: 5 }), catalog.send);
    await cache.resolve('catalog', request([product('a')], { first: 6 }), catalog.send);
    await cache.resolve('other', request([product('a')]), catalog.send);
    expect(catalog.calls).toHaveLength(5);
  });

  it('restricts the operation cache policy: the answer\'s hint when it asked, the time left and PUBLIC when it served from memory', async () => {
    const time = clock();
    const cache = new EntityCache({ maxBytes: 1 << 20, now: time.now });
    const catalog = subgraph();
    const asked = await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(asked.hints).toEqual([{ maxAge: 60, scope: 'PUBLIC' }]);
    time.advance(25_500);
    const served = await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(served.hints).toEqual([{ maxAge: 34, scope: 'PUBLIC' }]);
    const mixed = await cache.resolve('catalog', request([product('a'), product('b')]), catalog.send);
    expect(mixed.hints).toEqual([
      { maxAge: 34, scope: 'PUBLIC' },
      { maxAge: 60, scope: 'PUBLIC' },
    ]);
  });

  it('fetches an entity again once its max-age has passed', async () => {
    const time = clock();
    const cache = new EntityCache({ maxBytes: 1 << 20, now: time.now });
    const catalog = subgraph({ cacheControl: 'max-age=2, public' });
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    catalog.bump();
    time.advance(1_999);
    const before = await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(catalog.calls).toHaveLength(1);
    expect(before.response.data?._entities).toEqual([{ id: 'a', name: 'a v1' }]);
    time.advance(1);
    const after = await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(catalog.calls).toHaveLength(2);
    expect(after.response.data?._entities).toEqual([{ id: 'a', name: 'a v2' }]);
  });

  it.each([
    ['private', 'max-age=60, private'],
    ['no-store', 'no-store'],
    ['without a header', undefined],
    ['max-age 0', 'max-age=0, public'],
    ['public without a max-age', 'public'],
  ])('stores nothing from an answer that is %s', async (_label, cacheControl) => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph({ cacheControl });
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(catalog.calls).toHaveLength(2);
    expect(cache.size).toBe(0);
  });

  it('stores nothing from a call mixing entity types, even when the answer says public', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    const reps = [product('a'), { __typename: 'SoftwareSubscription', id: 'sub' }];
    const first = await cache.resolve('catalog', request(reps), catalog.send);
    await cache.resolve('catalog', request(reps), catalog.send);
    expect(catalog.calls).toHaveLength(2);
    expect(first.hints).toEqual([{ maxAge: 0 }]);
    expect(cache.size).toBe(0);
  });

  it('never stores null', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph();
    await cache.resolve('catalog', request([product('missing-1'), product('a')]), catalog.send);
    await cache.resolve('catalog', request([product('missing-1'), product('a')]), catalog.send);
    expect(catalog.calls[1]).toEqual([product('missing-1')]);
  });

  it('does not store an entity an error touches, stores the others, and points errors at the original positions', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    // The subgraph fails on "bad" wherever it is in the call it receives.
    const catalog = subgraph({
      cacheControl: PUBLIC,
      errors: (reps) => reps.flatMap((r, j) => ((r as { id: string }).id === 'bad' ? [{ message: 'boom', path: ['_entities', j, 'name'] }] : [])),
    });
    await cache.resolve('catalog', request([product('b')]), catalog.send);
    const { response } = await cache.resolve('catalog', request([product('b'), product('bad'), product('c'), product('bad')]), catalog.send);
    expect(catalog.calls[1]).toEqual([product('bad'), product('c')]);
    expect(response.errors).toEqual([
      { message: 'boom', path: ['_entities', 1, 'name'] },
      { message: 'boom', path: ['_entities', 3, 'name'] },
    ]);
    await cache.resolve('catalog', request([product('bad'), product('c')]), catalog.send);
    expect(catalog.calls[2]).toEqual([product('bad')]);
  });

  it('stores nothing from an answer with an error that names no entity', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    const catalog = subgraph({ cacheControl: PUBLIC, errors: () => [{ message: 'something went wrong' }] });
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    await cache.resolve('catalog', request([product('a')]), catalog.send);
    expect(catalog.calls).toHaveLength(2);
  });

  it('sends a call shape that stored nothing as it is, and stores from it once its answers turn public', async () => {
    const cache = new EntityCache({ maxBytes: 1 << 20 });
    let cacheControl: string | undefined = 'no-store';
    const catalog = subgraph();
    const send = async (variables: Record<string, unknown>) => ({ ...(await catalog.send(variables)), cacheControl });
    const reps = [product('a'), product('a')];
    await cache.resolve('catalog', request(reps), send);
    await cache.resolve('catalog', request(reps), send);
    // Known to store nothing: not even the duplicate is taken out.
    expect(catalog.calls[1]).toEqual(reps);
    cacheControl = PUBLIC;
    await cache.resolve('catalog', request(reps), send);
    const served = await cache.resolve('catalog', request(reps), send);
    expect(catalog.calls).toHaveLength(3);
    expect(served.response.data?._entities).toEqual([
      { id: 'a', name: 'a v1' },
      { id: 'a', name: 'a v1' },
    ]);
  });

  it('never holds more than maxBytes, evicting the least recently used', async () => {
    const maxBytes = 600;
    const cache = new EntityCache({ maxBytes });
    const catalog = subgraph();
    for (let i = 0; i < 50; i++) {
      await cache.resolve('catalog', request([product(`p${i}`), product(`q${i}`)]), catalog.send);
      expect(cache.size).toBeLessThanOrEqual(maxBytes);
    }
    expect(cache.size).toBeGreaterThan(0);
    const before = catalog.calls.length;
    await cache.resolve('catalog', request([product('p0')]), catalog.send);
    expect(catalog.calls.length).toBe(before + 1);
  });

  it('counts hits and misses per subgraph and reports its size on /metrics', async () => {
    const registry = new Registry();
    const cache = new EntityCache({ maxBytes: 1 << 20, registry });
    const catalog = subgraph();
    await cache.resolve('catalog', request([product('a'), product('b')]), catalog.send);
    await cache.resolve('catalog', request([product('a'), product('c')]), catalog.send);
    const text = await registry.metrics();
    expect(text).toContain('gateway_entity_cache_hits_total{subgraph="catalog"} 1');
    expect(text).toContain('gateway_entity_cache_misses_total{subgraph="catalog"} 3');
    expect(text).toContain(`gateway_entity_cache_bytes ${cache.size}`);
    expect(cache.size).toBeGreaterThan(0);
  });

  it('refuses to be built without memory (0 means no cache)', () => {
    expect(() => new EntityCache({ maxBytes: 0 })).toThrow(/positive maxBytes/);
  });
});
