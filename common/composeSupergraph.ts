import fs from 'node:fs';
import path from 'node:path';
import { parse, printSchema } from 'graphql';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { SUBGRAPHS } from './services';

export const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');
export const SUPERGRAPH_PATH = path.join(SCHEMA_DIR, 'supergraph.graphql');
/** The schema clients see (no join__/link__ machinery): what codegen types and `npm run schema:check` guards. */
export const API_SCHEMA_PATH = path.join(SCHEMA_DIR, 'api.graphql');

export type CompositionResult = { ok: true; supergraphSdl: string; apiSdl: string; hints: string[] } | { ok: false; errors: string[] };

/**
 * Composes `schema/<subgraph>.graphql` into a supergraph. The URLs recorded
 * are the local defaults; the gateway overrides them from its configuration,
 * so one committed file serves every deployment.
 */
export function composeSupergraph(schemaDir: string = SCHEMA_DIR): CompositionResult {
  const services = SUBGRAPHS.map((s) => ({
    name: s.name,
    url: `http://localhost:${s.defaultPort}/graphql`,
    typeDefs: parse(fs.readFileSync(path.join(schemaDir, `${s.name}.graphql`), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((e) => e.toString()) };
  }
  const supergraphSdl = `${result.supergraphSdl.trim()}\n`;
  return { ok: true, supergraphSdl, apiSdl: apiSchemaSdl(supergraphSdl), hints: result.hints.map((h) => h.toString()) };
}

/** The API schema of a supergraph, printed with its descriptions and deprecations. */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(api).trim()}\n`;
}
