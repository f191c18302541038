/**
 * `npm run compose`: composes schema/*.graphql into schema/supergraph.graphql.
 * Exits 1 with the composition errors when the subgraphs do not compose.
 * `--check` writes nothing and exits 1 when the committed file is stale.
 */
import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../common/composeSupergraph';

const result = composeSupergraph();
if (!result.ok) {
  process.stderr.write(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(SUPERGRAPH_PATH) ? fs.readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
  if (committed !== result.supergraphSdl) {
    process.stderr.write('schema/supergraph.graphql is stale: run `npm run compose` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('schema/supergraph.graphql is up to date.\n');
} else {
  fs.writeFileSync(SUPERGRAPH_PATH, result.supergraphSdl);
  process.stdout.write(`wrote ${SUPERGRAPH_PATH}${result.hints.length ? ` (${result.hints.length} composition hints)` : ''}\n`);
}
