import fs from 'node:fs';
import path from 'node:path';

/**
 * The project carries its own rules (docs/rules.md): every rule id cited in
 * code, schema, tests or docs must be defined there, so a reader can always
 * look one up without the source documents.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const RULES = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
/** `SUP-6`, `PB-5/6`; not order numbers such as `CSP-000123`. */
const RULE_ID = /\b(?:AGR|CSP|SUP|MP|PB)-[1-9][0-9]?(?:\/[1-9][0-9]?)?\b/g;
const SCANNED = ['README.md', 'docs', 'schema', 'common', 'gateway', 'subgraphs', 'scripts', 'bench', 'test'];
const EXTENSIONS = new Set(['.ts', '.js', '.md', '.graphql', '.html']);

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((d) => {
    if (d.name === 'node_modules' || d.name.startsWith('.')) return [];
    const child = path.join(entry, d.name);
    return d.isDirectory() ? filesUnder(child) : EXTENSIONS.has(path.extname(d.name)) ? [path.join(ROOT, child)] : [];
  });
}

/** Ids defined in docs/rules.md: a bold `**ID**` at the start of a rule. */
const defined = new Set([...RULES.matchAll(/\*\*((?:AGR|CSP|SUP|MP|PB)-[0-9/]+)\*\*/g)].map((m) => m[1]));
// PB-5/6 is one rule with two halves: citing either half is citing it.
for (const id of [...defined]) {
  const halves = /^(PB|SUP|AGR|CSP|MP)-(\d+)\/(\d+)$/.exec(id);
  if (halves) defined.add(`${halves[1]}-${halves[2]}`).add(`${halves[1]}-${halves[3]}`);
}

describe('docs/rules.md', () => {
  it('defines the rules of the source documents (at least AGR-1, SUP-11, PB-12)', () => {
    expect([...defined]).toEqual(expect.arrayContaining(['AGR-1', 'AGR-9', 'CSP-9', 'MP-9', 'SUP-10', 'SUP-11', 'PB-5/6', 'PB-12']));
  });

  it('defines every rule id the repository cites', () => {
    const undefinedCitations: string[] = [];
    for (const file of SCANNED.flatMap(filesUnder)) {
      if (file === path.join(ROOT, 'docs', 'rules.md')) continue;
      for (const [id] of fs.readFileSync(file, 'utf8').matchAll(RULE_ID)) {
        if (!defined.has(id)) undefinedCitations.push(`${path.relative(ROOT, file)}: ${id}`);
      }
    }
    expect([...new Set(undefinedCitations)]).toEqual([]);
  });

  it('names the source document of every rule', () => {
    const rules = RULES.split('\n').filter((line) => /^- \*\*[A-Z]+-[0-9/]+\*\*/.test(line));
    expect(rules.length).toBe(defined.size - 2);
    expect(rules.filter((line) => !/\*\* \(seed 00[0-4]/.test(line))).toEqual([]);
  });
});
