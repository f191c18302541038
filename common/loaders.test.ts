import { childrenLoader, compositeLoader, entityLoader } from './loaders';

describe('DataLoader factory', () => {
  it('batches keys into one fetch and returns one row or null per key, in key order', async () => {
    const fetch = jest.fn(async (ids: readonly string[]) => ids.filter((id) => id !== 'missing').reverse().map((id) => ({ id })));
    const loader = entityLoader(fetch, (row) => row.id);
    const rows = await Promise.all([loader.load('a'), loader.load('missing'), loader.load('b')]);
    expect(rows).toEqual([{ id: 'a' }, null, { id: 'b' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('groups children per parent, with an empty list for a parent without any', async () => {
    const loader = childrenLoader(async () => [{ p: 'x', n: 1 }, { p: 'y', n: 2 }, { p: 'x', n: 3 }], (row) => row.p);
    expect(await loader.loadMany(['x', 'z', 'y'])).toEqual([[{ p: 'x', n: 1 }, { p: 'x', n: 3 }], [], [{ p: 'y', n: 2 }]]);
  });

  it('matches composite keys exactly: leading zeros are part of the key', async () => {
    const rows = [{ a: '0230242323', c: '1' }, { a: '230242323', c: '1' }];
    const loader = compositeLoader(async () => rows, (r) => ({ a: r.a, c: r.c }), (k) => `${k.a}/${k.c}`);
    expect(await loader.load({ a: '230242323', c: '1' })).toBe(rows[1]);
    expect(await loader.load({ a: '0230242323', c: '1' })).toBe(rows[0]);
  });
});
