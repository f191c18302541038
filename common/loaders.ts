import DataLoader from 'dataloader';

/**
 * The DataLoader factory. Loaders are made per request (in the context
 * function), never at module level: a shared loader would cache one user's
 * rows for another. The batch function runs one `WHERE key IN (...)`
 * statement; these helpers put its rows back in key order, as DataLoader
 * requires.
 */

/** One row (or `null`) per key, in key order. */
export function orderByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}

/** All rows per key, in key order (an empty list for a key without rows). */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** A loader of one entity per key. `fetch` runs one statement for all keys. */
export function entityLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => orderByKeys(keys, await fetch(keys), keyOf));
}

/** A loader of the children of each parent key. `fetch` runs one statement for all parents. */
export function childrenLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, parentOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => groupByKeys(keys, await fetch(keys), parentOf));
}

/**
 * A loader for a composite key (e.g. `accessId` + `contractId`). DataLoader
 * compares keys by identity, so the key is turned into a string for caching.
 */
export function compositeLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  keyString: (key: K) => string,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map(rows.map((r) => [keyString(keyOf(r)), r] as const));
      return keys.map((k) => byKey.get(keyString(k)) ?? null);
    },
    { cacheKeyFn: keyString },
  );
}
