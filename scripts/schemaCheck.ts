/**
 * `npm run schema:check [-- <git ref>]`: compares schema/api.graphql with the
 * one committed on `<git ref>` (default `main`) and exits 1 on a change that
 * breaks clients (scripts/schemaContract.ts). CI runs it against the merge
 * base of HEAD and origin/main (.ci/run). Run from anywhere in the repository.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { breakingChanges } from './schemaContract';

const API_SCHEMA = 'schema/api.graphql';

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function main(): Promise<number> {
  const ref = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'main';
  const root = git(['rev-parse', '--show-toplevel']).trim();
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    process.stderr.write(`schema:check: "${ref}" is not a commit here (fetch it, or pass another ref).\n`);
    return 2;
  }
  let base: string;
  try {
    base = git(['show', `${ref}:${API_SCHEMA}`]);
  } catch {
    process.stdout.write(`schema:check: ${ref} has no ${API_SCHEMA} yet: nothing to compare against.\n`);
    return 0;
  }
  const head = fs.readFileSync(path.join(root, API_SCHEMA), 'utf8');
  const breaking = await breakingChanges(base, head);
  if (breaking.length) {
    process.stderr.write(`schema:check: ${breaking.length} breaking change(s) against ${ref}:\n`);
    for (const c of breaking) process.stderr.write(`  - ${c.message} (${c.path ?? c.type})${c.criticality.reason ? `: ${c.criticality.reason}` : ''}\n`);
    process.stderr.write('Deprecate a field (@deprecated(reason: "use …")) before removing it; add arguments as optional.\n');
    return 1;
  }
  process.stdout.write(`schema:check: no breaking change against ${ref}.\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`schema:check failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
