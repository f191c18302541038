import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from './services';

export const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');
export const SUPERGRAPH_PATH = path.join(SCHEMA_DIR, 'supergraph.graphql');

export type CompositionResult = { ok: true; supergraphSdl: string; hints: string[] } | { ok: false; errors: string[] };

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
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trim()}\n`, hints: result.hints.map((h) => h.toString()) };
}
