import { BREAK, visit, type DocumentNode } from 'graphql';

/**
 * Whether a subgraph's SDL applies `@cacheControl` anywhere (declaring the
 * directive is not applying it). Apollo Server's cache-control plugin, on by
 * default, wraps every field resolver to compute hints; a schema that gives
 * none only pays for a `no-store` the gateway would infer anyway from a
 * missing header (SubgraphDataSource: no Cache-Control, max-age 0).
 */
export function usesCacheControl(typeDefs: DocumentNode): boolean {
  let applied = false;
  visit(typeDefs, {
    Directive(node) {
      if (node.name.value !== 'cacheControl') return undefined;
      applied = true;
      return BREAK;
    },
  });
  return applied;
}
