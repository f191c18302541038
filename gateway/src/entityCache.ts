import { LRUCache } from 'lru-cache';
import { Counter, Gauge, type Registry } from 'prom-client';
import { entitiesCacheHint, isPublicHint, type CacheHint } from './cacheHint';

/** What a subgraph answered: the JSON body as text and its `Cache-Control` header. */
export interface SubgraphAnswer {
  text: string;
  cacheControl?: string;
}

/** A subgraph call of a query operation whose variables carry `_entities` representations. */
export interface EntitiesRequest {
  query: string;
  operationName?: string;
  variables: Record<string, unknown> & { representations: readonly unknown[] };
}

/** A subgraph error as it travels in an answer (only its path is read here). */
interface SubgraphError {
  path?: readonly (string | number)[];
  [field: string]: unknown;
}

/** The answer handed to the gateway: its own objects, which it is free to write into. */
export interface EntitiesResponse {
  data?: { _entities?: unknown } | null;
  errors?: SubgraphError[];
  extensions?: Record<string, unknown>;
}

export interface EntitiesResult {
  response: EntitiesResponse;
  /** Hints to restrict the incoming operation's cache policy with: the subgraph's answer, and what was served from memory. */
  hints: CacheHint[];
}

export interface EntityCacheOptions {
  /** Bound of the stored entities, in bytes (approximated by their keys' and JSON texts' lengths). */
  maxBytes: number;
  /** Milliseconds since the epoch; tests pass their own. */
  now?: () => number;
  /** Where `/metrics` finds the hit, miss and size figures. */
  registry?: Registry;
}

interface Entry {
  /** The entity's JSON: parsed anew for each caller, so nobody writes into another's copy. */
  text: string;
  expiresAt: number;
}

/** Shapes of calls (subgraph and query) whose last answer stored nothing, at most this many remembered. */
const MAX_UNCACHEABLE_SHAPES = 1000;
/** Call shapes (subgraph, query, other variables) with a key prefix remembered: plans are cached, so the same few come back. */
const MAX_CALL_PREFIXES = 1000;

/**
 * Entities that their subgraph marked public and cacheable, kept in memory at
 * the gateway, so an `_entities` call asks the subgraph only for the ones it
 * does not hold (issue 19, point 5): an agreements page resolves its 50+
 * catalog `Product` references without reaching the catalog while they live.
 *
 * - Key: subgraph, the subgraph query (the selection differs per plan) and
 *   its other variables (as a short id), and the representation's canonical JSON.
 *   No token: only answers the subgraph said anyone may reuse are stored.
 * - Stored only from an answer whose `Cache-Control` says `public` with a
 *   max-age (for that many seconds), whose representations all have one type
 *   (see `entitiesCacheHint`), and only entities that are not null and that
 *   no error touches. Callers use it for query operations only.
 * - Bounded by `maxBytes` (least recently used out first).
 *
 * A call shape whose answers are never stored (a private subgraph's) is
 * remembered and sent as it is, without keys or lookups; a later public
 * answer to it is stored all the same.
 */
export class EntityCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly now: () => number;
  private readonly uncacheable = new Set<string>();
  private readonly prefixes = new Map<string, string>();
  private nextPrefix = 0;
  private readonly hits?: Counter<'subgraph'>;
  private readonly misses?: Counter<'subgraph'>;

  constructor(options: EntityCacheOptions) {
    if (!(options.maxBytes > 0)) throw new Error('EntityCache needs a positive maxBytes (0 means no cache: do not build one)');
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache<string, Entry>({ maxSize: options.maxBytes, sizeCalculation: (entry, key) => Math.max(1, entry.text.length + key.length) });
    const registry = options.registry;
    if (registry) {
      this.hits = new Counter({ name: 'gateway_entity_cache_hits_total', help: 'Entity representations answered from the gateway entity cache.', labelNames: ['subgraph'] as const, registers: [registry] });
      this.misses = new Counter({ name: 'gateway_entity_cache_misses_total', help: 'Entity representations the gateway entity cache did not hold (asked of the subgraph); calls of a shape known to store nothing (private subgraphs) are not looked up or counted.', labelNames: ['subgraph'] as const, registers: [registry] });
      const entries = this.entries;
      new Gauge({
        name: 'gateway_entity_cache_bytes',
        help: 'Approximate size of the gateway entity cache (keys and entity JSON), bounded by GATEWAY_ENTITY_CACHE_MB.',
        registers: [registry],
        collect() {
          this.set(entries.calculatedSize);
        },
      });
    }
  }

  /** Approximate bytes held now. */
  get size(): number {
    return this.entries.calculatedSize;
  }

  /**
   * Answers an `_entities` call, asking the subgraph (through `send`, with the
   * same query) only for the representations not held; no call when all are.
   * The answer keeps the original order and length; errors' paths point at the
   * original positions.
   */
  async resolve(subgraph: string, request: EntitiesRequest, send: (variables: Record<string, unknown>) => Promise<SubgraphAnswer>): Promise<EntitiesResult> {
    const { representations } = request.variables;
    const shape = `${subgraph}\n${request.operationName ?? ''}\n${request.query}`;
    if (this.uncacheable.has(shape)) return this.passThrough(shape, request, send);

    const now = this.now();
    const prefix = this.keyPrefix(shape, request);
    const keys = representations.map((rep) => prefix + canonicalJson(rep));
    const pieces: (string | undefined)[] = new Array(keys.length);
    // Each distinct missing representation is asked for once; `positions[j]` are where its answer goes.
    const missing = new Map<string, number>();
    const missKeys: string[] = [];
    const missReps: unknown[] = [];
    const positions: number[][] = [];
    let earliest = Infinity;
    let hitCount = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const entry = this.entries.get(key);
      if (entry && entry.expiresAt > now) {
        pieces[i] = entry.text;
        if (entry.expiresAt < earliest) earliest = entry.expiresAt;
        hitCount += 1;
        continue;
      }
      if (entry) this.entries.delete(key);
      let j = missing.get(key);
      if (j === undefined) {
        j = missKeys.length;
        missing.set(key, j);
        missKeys.push(key);
        missReps.push(representations[i]);
        positions.push([]);
      }
      positions[j].push(i);
    }
    this.hits?.inc({ subgraph }, hitCount);
    this.misses?.inc({ subgraph }, keys.length - hitCount);

    const hints: CacheHint[] = [];
    // What was served from memory may be reused by the operation's cache for as long as it has left.
    if (hitCount > 0) hints.push({ maxAge: Math.max(0, Math.floor((earliest - now) / 1000)), scope: 'PUBLIC' });
    if (missKeys.length === 0) return { response: { data: { _entities: JSON.parse(`[${pieces.join(',')}]`) as unknown[] } }, hints };

    const answer = await send({ ...request.variables, representations: missReps });
    const received = JSON.parse(answer.text) as EntitiesResponse;
    const hint = entitiesCacheHint(answer.cacheControl, missReps);
    hints.push(hint);
    const entities = received.data?._entities;
    if (!Array.isArray(entities) || entities.length !== missKeys.length) {
      // Nothing to merge into (the whole field failed): the subgraph's errors, at the original positions.
      this.markUncacheable(shape);
      return { response: { ...received, errors: relocate(received.errors, positions) }, hints };
    }
    const texts = entities.map((entity) => JSON.stringify(entity ?? null));
    this.storeAll(shape, hint, missKeys, texts, received.errors, this.now());
    if (hitCount === 0 && missKeys.length === keys.length) return { response: received, hints };
    for (let j = 0; j < positions.length; j++) for (const i of positions[j]) pieces[i] = texts[j];
    const merged: EntitiesResponse = { data: { _entities: JSON.parse(`[${pieces.join(',')}]`) as unknown[] } };
    if (received.errors) merged.errors = relocate(received.errors, positions);
    if (received.extensions) merged.extensions = received.extensions;
    return { response: merged, hints };
  }

  /** A call shape known to store nothing: sent as is; stored from if its answer now allows it. */
  private async passThrough(shape: string, request: EntitiesRequest, send: (variables: Record<string, unknown>) => Promise<SubgraphAnswer>): Promise<EntitiesResult> {
    const { representations } = request.variables;
    const answer = await send(request.variables);
    const received = JSON.parse(answer.text) as EntitiesResponse;
    const hint = entitiesCacheHint(answer.cacheControl, representations);
    const entities = received.data?._entities;
    if (isPublicHint(hint) && Array.isArray(entities) && entities.length === representations.length) {
      const prefix = this.keyPrefix(shape, request);
      this.storeAll(
        shape,
        hint,
        representations.map((rep) => prefix + canonicalJson(rep)),
        entities.map((entity) => JSON.stringify(entity ?? null)),
        received.errors,
        this.now(),
      );
    }
    return { response: received, hints: [hint] };
  }

  /** Stores what the answer allows and remembers the call shape when that is nothing. */
  private storeAll(shape: string, hint: CacheHint, keys: string[], texts: string[], errors: SubgraphError[] | undefined, now: number): void {
    const errored = erroredPositions(errors);
    if (!isPublicHint(hint) || errored === 'all') {
      this.markUncacheable(shape);
      return;
    }
    this.uncacheable.delete(shape);
    const expiresAt = now + hint.maxAge * 1000;
    for (let j = 0; j < keys.length; j++) {
      if (texts[j] === 'null' || errored.has(j)) continue;
      this.entries.set(keys[j], { text: texts[j], expiresAt });
    }
  }

  private markUncacheable(shape: string): void {
    // Forgetting them all only costs lookups again: shapes come from plans, which any caller can vary.
    if (this.uncacheable.size >= MAX_UNCACHEABLE_SHAPES) this.uncacheable.clear();
    this.uncacheable.add(shape);
  }

  /**
   * What every key of a call starts with: a short id standing for its subgraph, query and other
   * variables (field arguments), exact where a digest could collide, and short to hash per lookup.
   * Ids are never reused, so forgetting them (a bound: plans vary with callers) only costs misses.
   */
  private keyPrefix(shape: string, request: EntitiesRequest): string {
    const { representations: _representations, ...others } = request.variables;
    const call = `${shape}\n${canonicalJson(others)}`;
    let prefix = this.prefixes.get(call);
    if (prefix === undefined) {
      prefix = `${(this.nextPrefix++).toString(36)}:`;
      if (this.prefixes.size >= MAX_CALL_PREFIXES) this.prefixes.clear();
      this.prefixes.set(call, prefix);
    }
    return prefix;
  }

}

/**
 * Positions of the entities an error touches (`path: ['_entities', j, …]`),
 * or 'all' when an error points nowhere in particular: then no entity of the
 * answer is trusted.
 */
function erroredPositions(errors: SubgraphError[] | undefined): Set<number> | 'all' {
  const positions = new Set<number>();
  for (const error of errors ?? []) {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return 'all';
    positions.add(path[1]);
  }
  return positions;
}

/** Errors of the reduced call, pointed at the original positions (once per position a representation filled). */
function relocate(errors: SubgraphError[] | undefined, positions: number[][]): SubgraphError[] | undefined {
  if (!errors) return undefined;
  return errors.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    const targets = positions[path[1]];
    if (!targets) return [error];
    return targets.map((i) => ({ ...error, path: ['_entities', i, ...path.slice(2)] }));
  });
}

/** JSON with object keys sorted, so the same representation always makes the same key. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // The gateway's representations are flat with keys already in order (`__typename`, then the key
  // fields): the native stringify is then canonical as it is, and several times faster.
  if (isFlatAndSorted(record, keys)) return JSON.stringify(record);
  keys.sort();
  let out = '{';
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) out += ',';
    out += `${JSON.stringify(keys[k])}:${canonicalJson(record[keys[k]])}`;
  }
  return `${out}}`;
}

function isFlatAndSorted(record: Record<string, unknown>, keys: string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    const field = record[keys[k]];
    if ((typeof field === 'object' && field !== null) || field === undefined) return false;
    if (k > 0 && keys[k - 1] > keys[k]) return false;
  }
  return true;
}
