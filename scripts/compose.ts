/**
 * `npm run compose`: composes schema/*.graphql into schema/supergraph.graphql,
 * and writes the schema clients see (no join__/link__) to schema/api.graphql.
 * Exits 1 with the composition errors when the subgraphs do not compose.
 * `--check` writes nothing and exits 1 when the committed file is stale.
 */
import fs from 'node:fs';
import { API_SCHEMA_PATH, composeSupergraph, SUPERGRAPH_PATH } from '../common/composeSupergraph';

const result = composeSupergraph();
if (!result.ok) {
  process.stderr.write(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
const outputs = [
  { file: SUPERGRAPH_PATH, name: 'schema/supergraph.graphql', text: result.supergraphSdl },
  { file: API_SCHEMA_PATH, name: 'schema/api.graphql', text: result.apiSdl },
];
if (process.argv.includes('--check')) {
  const stale = outputs.filter((o) => (fs.existsSync(o.file) ? fs.readFileSync(o.file, 'utf8') : '') !== o.text);
  for (const o of stale) process.stderr.write(`${o.name} is stale: run \`npm run compose\` and commit it.\n`);
  if (stale.length) process.exit(1);
  process.stdout.write('schema/supergraph.graphql and schema/api.graphql are up to date.\n');
} else {
  for (const o of outputs) fs.writeFileSync(o.file, o.text);
  process.stdout.write(`wrote ${outputs.map((o) => o.file).join(', ')}${result.hints.length ? ` (${result.hints.length} composition hints)` : ''}\n`);
}
