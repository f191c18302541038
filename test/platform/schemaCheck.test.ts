import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { breakingChanges } from '../../scripts/schemaContract';

/**
 * `npm run schema:check` (issue 16, acceptance 3): on a branch that removes
 * a field of schema/api.graphql it fails; on one that deprecates it instead
 * it passes, and so does removing a field that main had already deprecated.
 * Each case is a real git repository whose `main` holds the base schema.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'schemaCheck.ts');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

const BASE = `"""Query root."""
type Query {
  """A product."""
  product(id: ID!): Product
}

"""A product."""
type Product {
  """Id."""
  id: ID!
  """Name."""
  name: String!
  """Old name."""
  legacyName: String @deprecated(reason: "Use name.")
  """Family."""
  family: String!
}
`;

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe', encoding: 'utf8' });

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'ci');
  fs.mkdirSync(path.join(repo, 'schema'));
  fs.writeFileSync(path.join(repo, 'schema', 'api.graphql'), BASE);
  git('add', '.');
  git('commit', '-q', '-m', 'base schema');
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

/** Commits `sdl` on a new branch and runs the check (against `main` unless `ref` says otherwise). */
function checkBranch(branch: string, sdl: string, ref?: string): { status: number | null; output: string } {
  git('checkout', '-q', '-B', branch, 'main');
  fs.writeFileSync(path.join(repo, 'schema', 'api.graphql'), sdl);
  git('commit', '-q', '--allow-empty', '-am', branch);
  const run = spawnSync(process.execPath, [TSX, SCRIPT, ...(ref ? [ref] : [])], { cwd: repo, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run schema:check', () => {
  it('fails on a branch that removes a field', () => {
    const r = checkBranch('remove-family', BASE.replace('  """Family."""\n  family: String!\n', ''));
    expect(r.output).toMatch(/Field 'family' was removed from object type 'Product'/);
    expect(r.status).toBe(1);
  });

  it('passes on a branch that deprecates the field instead', () => {
    const r = checkBranch('deprecate-family', BASE.replace('family: String!', 'family: String! @deprecated(reason: "Use productFamily.")\n  """Product family."""\n  productFamily: String!'));
    expect(r.output).toMatch(/no breaking change against main/);
    expect(r.status).toBe(0);
  });

  it('passes on a branch that removes a field main had deprecated first', () => {
    const r = checkBranch('remove-legacy', BASE.replace('  """Old name."""\n  legacyName: String @deprecated(reason: "Use name.")\n', ''));
    expect(r.status).toBe(0);
  });

  it('fails on a changed type and on a new required argument; compares with any git ref', () => {
    expect(checkBranch('retype', BASE.replace('name: String!', 'name: Int!')).status).toBe(1);
    const args = checkBranch('required-arg', BASE.replace('product(id: ID!)', 'product(id: ID!, """Region.""" region: String!)'), 'main');
    expect(args.output).toMatch(/region/);
    expect(args.status).toBe(1);
    const unknown = checkBranch('unknown-ref', BASE, 'no-such-branch');
    expect(unknown.status).toBe(2);
  });
});

describe('the contract on the real schema', () => {
  it('finds no breaking change between schema/api.graphql and itself, and one when a field goes', async () => {
    const api = fs.readFileSync(path.join(ROOT, 'schema', 'api.graphql'), 'utf8');
    expect(await breakingChanges(api, api)).toEqual([]);
    const withoutTitle = api.replace(/\n\s*"""\n\s*Title as the dashboard shows it[^\n]*\n\s*"""\n\s*title: String!/, '');
    expect(withoutTitle).not.toBe(api);
    expect((await breakingChanges(api, withoutTitle)).map((c) => c.path)).toEqual(['BenefitTile.title']);
  });
});
