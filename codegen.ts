import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * graphql-codegen (client preset) over the schema clients see: types for the
 * project's own client operations (client/operations/*.graphql, the
 * `<benefit-tiles>` query among them). `npm run codegen` writes
 * client/generated/; test/platform/codegen.test.ts fails when it is stale.
 * A frontend team copies this file and points `schema` at the graph (README).
 */
/** Where the output goes: CODEGEN_OUT lets the staleness test generate into a temporary folder and compare. */
const OUT = process.env.CODEGEN_OUT ?? 'client/generated/';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['client/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [OUT]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
