import { cacheHint, entitiesCacheHint, isPublicHint } from './cacheHint';

describe('cacheHint', () => {
  it.each([
    ['max-age=60, public', { maxAge: 60, scope: 'PUBLIC' }],
    ['public, max-age=60', { maxAge: 60, scope: 'PUBLIC' }],
    ['max-age=60, private', { maxAge: 60, scope: 'PRIVATE' }],
    ['max-age=60, public, private', { maxAge: 60, scope: 'PRIVATE' }],
    ['no-store', { maxAge: 0 }],
    ['max-age=60, public, no-store', { maxAge: 0, scope: 'PUBLIC' }],
    ['max-age=abc, public', { maxAge: 0, scope: 'PUBLIC' }],
    [undefined, { maxAge: 0 }],
  ])('reads %p as %p', (header, hint) => {
    expect(cacheHint(header)).toEqual(hint);
  });

  it('believes a public _entities answer only when its representations have one type', () => {
    const product = { __typename: 'Product', id: 'a' };
    expect(entitiesCacheHint('max-age=60, public', [product, { ...product, id: 'b' }])).toEqual({ maxAge: 60, scope: 'PUBLIC' });
    expect(entitiesCacheHint('max-age=60, public', [product, { __typename: 'SoftwareSubscription', id: 's' }])).toEqual({ maxAge: 0 });
    expect(entitiesCacheHint('max-age=60, public', [product, { id: 'no typename' }])).toEqual({ maxAge: 0 });
    expect(entitiesCacheHint('no-store', [product])).toEqual({ maxAge: 0 });
  });

  it('calls public only a public hint with a max-age', () => {
    expect(isPublicHint({ maxAge: 60, scope: 'PUBLIC' })).toBe(true);
    expect(isPublicHint({ maxAge: 0, scope: 'PUBLIC' })).toBe(false);
    expect(isPublicHint({ maxAge: 60, scope: 'PRIVATE' })).toBe(false);
    expect(isPublicHint({ maxAge: 60 })).toBe(false);
  });
});
