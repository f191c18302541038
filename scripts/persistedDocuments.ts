/**
 * `npm run documents`: collects the operations the project ships into the
 * manifest of trusted documents the gateway accepts by hash
 * (gateway/public/persisted-documents.json), and writes the ids the
 * `<benefit-tiles>` component and the typed client send (gateway/public/persisted-document-ids.js,
 * client/persistedDocumentIds.ts).
 * `--check` writes nothing and exits 1 when either file is stale, or when an
 * operation does not validate against schema/api.graphql.
 *
 * Sources: client/operations/*.graphql (the component's and the typed
 * client's operations, one per file) and the playground's examples.
 */
import fs from 'node:fs';
import { buildPersistedDocuments, PERSISTED_IDS_PATH, PERSISTED_IDS_TS_PATH } from './persistedDocuments/collect';
import { PERSISTED_DOCUMENTS_PATH } from '../gateway/src/trustedDocuments';

const { manifestJson, idsModule, idsTs, problems } = buildPersistedDocuments();
if (problems.length) {
  process.stderr.write(`Operations that do not validate against schema/api.graphql:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
const outputs = [
  { file: PERSISTED_DOCUMENTS_PATH, text: manifestJson },
  { file: PERSISTED_IDS_PATH, text: idsModule },
  { file: PERSISTED_IDS_TS_PATH, text: idsTs },
];
if (process.argv.includes('--check')) {
  const stale = outputs.filter((o) => (fs.existsSync(o.file) ? fs.readFileSync(o.file, 'utf8') : '') !== o.text);
  for (const o of stale) process.stderr.write(`${o.file} is stale: run \`npm run documents\` and commit it.\n`);
  if (stale.length) process.exit(1);
  process.stdout.write('persisted documents are up to date.\n');
} else {
  for (const o of outputs) fs.writeFileSync(o.file, o.text);
  process.stdout.write(`wrote ${outputs.map((o) => o.file).join(', ')}\n`);
}
