import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPersistedDocuments, PERSISTED_IDS_PATH, PERSISTED_IDS_TS_PATH } from '../../scripts/persistedDocuments/collect';
import { PERSISTED_DOCUMENTS_PATH } from '../../gateway/src/trustedDocuments';

/**
 * Generated files are checked in and must be current (issue 16, acceptance 4):
 * the codegen output for client/operations/ over schema/api.graphql, and the
 * trusted-document manifest with the ids the component and the typed client send.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const GENERATED = path.join(ROOT, 'client', 'generated');

describe('generated client code', () => {
  it('client/generated/ is what `npm run codegen` produces now', () => {
    // The real CLI and config, into a temporary folder (the CLI is ESM-only, so not imported into jest).
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'), '--config', 'codegen.ts', '--silent'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CODEGEN_OUT: `${out}/` },
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const names = fs.readdirSync(out).sort();
      expect(names).toEqual(fs.readdirSync(GENERATED).sort());
      for (const name of names) {
        expect({ name, text: fs.readFileSync(path.join(GENERATED, name), 'utf8') }).toEqual({ name, text: fs.readFileSync(path.join(out, name), 'utf8') });
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('every subgraph\'s src/generated/resolvers.ts is what `npm run codegen:subgraphs` produces now (typed resolvers from the SDL)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-subgraphs-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'), '--config', 'codegen.subgraphs.ts', '--silent'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CODEGEN_OUT: out },
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      for (const name of ['agreements', 'support-contracts', 'software-catalog', 'partner-benefits']) {
        const committed = fs.readFileSync(path.join(ROOT, 'subgraphs', name, 'src', 'generated', 'resolvers.ts'), 'utf8');
        expect({ name, text: committed }).toEqual({ name, text: fs.readFileSync(path.join(out, name, 'resolvers.ts'), 'utf8') });
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('types the tiles component query among the project operations', () => {
    const generated = fs.readFileSync(path.join(GENERATED, 'graphql.ts'), 'utf8');
    expect(generated).toMatch(/export type BenefitTilesQuery = /);
    expect(generated).toMatch(/export const BenefitTilesDocument = /);
    expect(generated).toMatch(/export type ActivateBenefitTileMutation = /);
  });

  it('the persisted documents manifest and the ids are what `npm run documents` produces, and every document validates', () => {
    const built = buildPersistedDocuments();
    expect(built.problems).toEqual([]);
    expect(fs.readFileSync(PERSISTED_DOCUMENTS_PATH, 'utf8')).toBe(built.manifestJson);
    expect(fs.readFileSync(PERSISTED_IDS_PATH, 'utf8')).toBe(built.idsModule);
    expect(fs.readFileSync(PERSISTED_IDS_TS_PATH, 'utf8')).toBe(built.idsTs);
    // The component's operations and the playground examples are all in it.
    const names = built.operations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['BenefitTiles', 'ActivateBenefitTile', 'CatalogProducts', 'Catalog', 'MyOrganization']));
  });
});
