// @keyv/redis re-exports node-redis' createClient: the client we configure is the one it wraps.
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import {
  ErrorsAreMissesCache,
  InMemoryLRUCache,
  type KeyValueCache,
  type KeyValueCacheSetOptions,
} from '@apollo/utils.keyvaluecache';
import type { Logger } from '../../common/logger';

/**
 * The gateway's cache: public whole answers (response cache plugin) and
 * automatic persisted queries. With `REDIS_URL` every gateway process shares
 * it through Redis (Apollo's Keyv adapter over @keyv/redis), so an answer
 * cached by one replica is served by the others; without it, each process
 * keeps its own in memory, as before.
 *
 * Redis is a cache, never a dependency: when it is down or slow every read is
 * a miss and every write is dropped, the gateway keeps answering, and the
 * failure is logged at most once per `LOG_EVERY_MS`.
 */
export interface GatewayCache {
  cache: KeyValueCache<string>;
  /** `redis` or `memory`: what `/metrics` and the start-up log say. */
  kind: 'redis' | 'memory';
  /** Resolves once Redis answers, or after a second without it (the gateway starts either way). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface GatewayCacheConfig {
  redisUrl?: string;
  /** Prepended to every key: several graphs (or test runs) can share one Redis. */
  redisKeyPrefix: string;
}

const LOG_EVERY_MS = 30_000;
/** A cache read must not hold up an answer: past this, the command fails and counts as a miss. */
const COMMAND_TIMEOUT_MS = 500;

/** Logs the first failure, then at most one line per interval with how many were not logged. */
export function throttledWarning(logger: Logger, message: string, everyMs = LOG_EVERY_MS): (err: unknown) => void {
  let lastAt = -Infinity;
  let suppressed = 0;
  return (err: unknown) => {
    const now = Date.now();
    if (now - lastAt < everyMs) {
      suppressed += 1;
      return;
    }
    lastAt = now;
    logger.warn({ err: err instanceof Error ? { message: err.message } : String(err), suppressed }, message);
    suppressed = 0;
  };
}

/** Writes that fail are dropped (a cache write is an optimisation); reads are left to ErrorsAreMissesCache. */
class DroppedWritesCache implements KeyValueCache<string> {
  constructor(
    private readonly inner: KeyValueCache<string>,
    private readonly report: (err: unknown) => void,
  ) {}

  get(key: string): Promise<string | undefined> {
    return this.inner.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      await this.inner.set(key, value, options);
    } catch (err) {
      this.report(err);
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      return await this.inner.delete(key);
    } catch (err) {
      this.report(err);
      return false;
    }
  }
}

/** Rejects a cache call that takes longer than `ms` (Redis reachable but stuck must not stall answers). */
class BoundedCache implements KeyValueCache<string> {
  constructor(
    private readonly inner: KeyValueCache<string>,
    private readonly ms: number,
  ) {}

  private bounded<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`cache call took longer than ${this.ms} ms`)), this.ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  get(key: string): Promise<string | undefined> {
    return this.bounded(this.inner.get(key));
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.bounded(this.inner.set(key, value, options));
  }

  delete(key: string): Promise<boolean | void> {
    return this.bounded(this.inner.delete(key));
  }
}

export function createGatewayCache(config: GatewayCacheConfig, logger: Logger): GatewayCache {
  if (!config.redisUrl) {
    // Apollo's own default (about 30 MB, LRU): what the gateway used before REDIS_URL existed.
    return { cache: new InMemoryLRUCache<string>(), kind: 'memory', ready: Promise.resolve(), async close() {} };
  }
  const report = throttledWarning(logger, 'shared cache (Redis) unavailable: serving without it (cache misses)');
  const client = createClient({
    url: config.redisUrl,
    // Commands issued while disconnected fail at once instead of queueing until Redis is back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1000,
      // Keep trying in the background forever (Redis may come back), at most every 2 s.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 5), 2000),
    },
  });
  // node-redis emits an error per failed (re)connect; unhandled, that would end the process.
  client.on('error', report);
  // Connect in the background: a gateway starts and answers while Redis is down.
  client.connect().catch(report);
  let giveUp: NodeJS.Timeout | undefined;
  const ready = Promise.race([
    new Promise<void>((resolve) => client.once('ready', () => resolve())),
    new Promise<void>((resolve) => (giveUp = setTimeout(resolve, 1000))),
  ]).finally(() => clearTimeout(giveUp));
  const store = new KeyvRedis(client, { namespace: config.redisKeyPrefix, throwOnErrors: true, throwOnConnectError: true });
  store.on('error', report);
  const keyv = new Keyv<string>({ store, namespace: config.redisKeyPrefix, useKeyPrefix: false, throwOnErrors: true });
  keyv.on('error', report);
  const shared = new BoundedCache(new KeyvAdapter(keyv), COMMAND_TIMEOUT_MS);
  return {
    cache: new ErrorsAreMissesCache(new DroppedWritesCache(shared, report), { error: report, warn: report, info: () => {}, debug: () => {} }),
    kind: 'redis',
    ready,
    async close() {
      client.destroy();
    },
  };
}
