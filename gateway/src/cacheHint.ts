/** How long, and for whom, an answer may be reused: Apollo's cache hint, as `CachePolicy.restrict` takes it. */
export interface CacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** What a subgraph's `Cache-Control` allows: none means not cacheable (max-age 0), as Apollo's data source reads it. */
export function cacheHint(header: string | undefined): CacheHint {
  const directives = (header ?? '').toLowerCase().split(',').map((d) => d.trim());
  const maxAge = directives.find((d) => d.startsWith('max-age='))?.slice('max-age='.length);
  const hint: CacheHint = { maxAge: maxAge && /^\d+$/.test(maxAge) ? Number(maxAge) : 0 };
  if (directives.includes('no-store') || directives.includes('no-cache')) hint.maxAge = 0;
  if (directives.includes('private')) hint.scope = 'PRIVATE';
  else if (directives.includes('public')) hint.scope = 'PUBLIC';
  return hint;
}

/**
 * The hint of a subgraph's `_entities` answer. Apollo's subgraph library
 * computes its `Cache-Control` from the hints of the entity types it resolved,
 * but an entity type *without* a hint does not lower it (it should: max-age 0).
 * A call resolving a public `Product` and a private `SoftwareSubscription`
 * together answers `max-age=60, public` (checked against the catalog). So a
 * public header is believed only when every representation has one type.
 */
export function entitiesCacheHint(header: string | undefined, representations: readonly unknown[]): CacheHint {
  const hint = cacheHint(header);
  if (hint.maxAge > 0 && !singleTypename(representations)) return { maxAge: 0 };
  return hint;
}

/** True when the hint lets any caller reuse the answer: public, with a max-age. */
export function isPublicHint(hint: CacheHint): boolean {
  return hint.scope === 'PUBLIC' && hint.maxAge > 0;
}

function singleTypename(representations: readonly unknown[]): boolean {
  let first: unknown;
  for (let i = 0; i < representations.length; i++) {
    const rep = representations[i];
    const typename = typeof rep === 'object' && rep !== null ? (rep as { __typename?: unknown }).__typename : undefined;
    if (typeof typename !== 'string') return false;
    if (i === 0) first = typename;
    else if (typename !== first) return false;
  }
  return true;
}
