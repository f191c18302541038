import { ApolloServer } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { UncacheableOperations } from './UncacheableOperations';

/** Apollo's in-memory cache, counting the plugin's reads. */
class CountingCache implements KeyValueCache<string> {
  reads = 0;
  private readonly inner = new InMemoryLRUCache<string>();
  get(key: string) {
    this.reads += 1;
    return this.inner.get(key);
  }
  set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    return this.inner.set(key, value, options);
  }
  delete(key: string) {
    return this.inner.delete(key);
  }
}

const typeDefs = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    catalog(fail: Boolean): String @cacheControl(maxAge: 60)
    mine: String
  }
`;

async function serverWith(uncacheable: UncacheableOperations, cache: CountingCache) {
  let executions = 0;
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        catalog: (_: unknown, args: { fail?: boolean }) => {
          executions += 1;
          if (args.fail) throw new Error('failed');
          return 'public';
        },
        mine: () => {
          executions += 1;
          return 'private';
        },
      },
    },
    plugins: [ApolloServerPluginResponseCache({ cache, shouldReadFromCache: uncacheable.shouldReadFromCache, shouldWriteToCache: uncacheable.shouldWriteToCache })],
  });
  await server.start();
  return { server, executions: () => executions };
}

describe('UncacheableOperations (with the real response cache plugin)', () => {
  it('stops reading the cache for an operation whose answer was not cacheable', async () => {
    const uncacheable = new UncacheableOperations();
    const cache = new CountingCache();
    const { server } = await serverWith(uncacheable, cache);
    for (let i = 0; i < 3; i++) await server.executeOperation({ query: '{ mine }' });
    expect(cache.reads).toBe(1);
    expect(uncacheable.size).toBe(1);
    await server.stop();
  });

  it('keeps reading, and hitting, for a public operation', async () => {
    const uncacheable = new UncacheableOperations();
    const cache = new CountingCache();
    const { server, executions } = await serverWith(uncacheable, cache);
    for (let i = 0; i < 3; i++) await server.executeOperation({ query: '{ catalog }' });
    expect(cache.reads).toBe(3);
    expect(executions()).toBe(1);
    await server.stop();
  });

  it('learns nothing from an answer with errors: a failing variant does not stop reads of the public one', async () => {
    const uncacheable = new UncacheableOperations();
    const cache = new CountingCache();
    const { server, executions } = await serverWith(uncacheable, cache);
    const query = 'query Catalog($fail: Boolean) { catalog(fail: $fail) }';
    await server.executeOperation({ query, variables: { fail: false } });
    await server.executeOperation({ query, variables: { fail: true } });
    await server.executeOperation({ query, variables: { fail: false } });
    expect(cache.reads).toBe(3);
    expect(executions()).toBe(2);
    expect(uncacheable.size).toBe(0);
    await server.stop();
  });

  it('reads again once an answer to the operation is cacheable', async () => {
    const uncacheable = new UncacheableOperations();
    const cache = new CountingCache();
    const { server } = await serverWith(uncacheable, cache);
    const query = 'query Page($withMine: Boolean!) { catalog mine @include(if: $withMine) }';
    await server.executeOperation({ query, variables: { withMine: true } });
    await server.executeOperation({ query, variables: { withMine: false } });
    expect(cache.reads).toBe(1);
    await server.executeOperation({ query, variables: { withMine: false } });
    expect(cache.reads).toBe(2);
    await server.stop();
  });
});
