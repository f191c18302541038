/**
 * graphql-codegen `mappers`: the row or object each GraphQL type of this
 * subgraph is resolved from, as `path#Export` relative to
 * `src/generated/resolvers.ts` (codegen.subgraphs.ts).
 */
export const MAPPERS: Record<string, string> = {};
