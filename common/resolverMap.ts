import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';
import type { buildSubgraphSchema } from '@apollo/subgraph';

/**
 * The resolvers `buildSubgraphSchema` accepts, read from its public
 * signature: `@apollo/subgraph` does not export `GraphQLResolverMap` from its
 * entry point, and a path into its `dist/` can move in any release.
 */
type SubgraphSchemaModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
export type SubgraphSchemaResolvers = NonNullable<Extract<SubgraphSchemaModule, { typeDefs: unknown }>['resolvers']>;

/**
 * The same shape with the context typed. A field resolver's parent is
 * `never` here (the package says `any`): each resolver declares the parent it
 * takes, and any parent type is accepted in that place.
 */
export interface ResolverMap<TContext> {
  [typeName: string]:
    | {
        [fieldName: string]:
          | GraphQLFieldResolver<never, TContext>
          | { requires?: string; resolve?: GraphQLFieldResolver<never, TContext>; subscribe?: GraphQLFieldResolver<never, TContext> };
      }
    | GraphQLScalarType
    | { [enumValue: string]: string | number };
}
