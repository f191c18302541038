import type { CodegenConfig } from '@graphql-codegen/cli';
import { SUBGRAPH_CODEGEN } from './subgraphs/codegen';

/**
 * graphql-codegen (typescript + typescript-resolvers, federation) over each
 * subgraph's SDL: resolver argument, parent and result types come from the
 * contract, with `mappers` naming the store row each GraphQL type is
 * resolved from (`subgraphs/<name>/codegen.mappers.ts`). `npm run
 * codegen:subgraphs` writes `subgraphs/<name>/src/generated/resolvers.ts`;
 * test/platform/codegen.test.ts fails when one is stale.
 */
/** CODEGEN_OUT lets the staleness test generate into a temporary folder and compare. */
const OUT = process.env.CODEGEN_OUT;

const config: CodegenConfig = {
  generates: Object.fromEntries(
    SUBGRAPH_CODEGEN.map((s) => [
      OUT ? `${OUT}/${s.name}/resolvers.ts` : `subgraphs/${s.name}/src/generated/resolvers.ts`,
      {
        schema: [`schema/${s.name}.graphql`, 'subgraphs/federation-directives.graphql'],
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          enumsAsTypes: true,
          useIndexSignature: false,
          contextType: `../resolvers/context#${s.contextType}`,
          mappers: s.mappers,
          scalars: { DateTime: 'Date | string', Date: 'string' },
          // Generated code is exempt from the house rule on `any`: it is never edited by hand.
          defaultMapper: 'Partial<{T}>',
        },
      },
    ]),
  ),
};

export default config;
