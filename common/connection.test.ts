import { connectionFromArray, decodeCursor, encodeCursor, pageWindow } from './connection';

describe('Relay connections', () => {
  it('pages with first/after and reports pageInfo and totalCount', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const page1 = connectionFromArray(items, { first: 2 });
    expect(page1.nodes).toEqual(['a', 'b']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = connectionFromArray(items, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.nodes).toEqual(['c', 'd']);
    const page3 = connectionFromArray(items, { first: 2, after: page2.pageInfo.endCursor });
    expect(page3).toMatchObject({ nodes: ['e'], totalCount: 5, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('round-trips cursors and refuses forged ones with BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(() => decodeCursor('bm9wZQ')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('caps first so one request cannot ask for everything', () => {
    expect(() => pageWindow({ first: 10_000 })).toThrow(/first must be between 0 and 200/);
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
  });
});
