import fs from 'node:fs';
import path from 'node:path';
import { ENVIRONMENT_VARIABLES } from '../../common/config';
import { ErrorCode } from '../../common/errors';
import { startStack, type Stack } from '../harness/stack';

const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The `extensions.<key>` names the README's errors table promises (the `## Errors` section). */
function errorTableExtensionKeys(): string[] {
  const section = readme.split(/^## Errors$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return [...new Set(rows.flatMap((row) => [...row.matchAll(/`extensions\.(\w+)/g)].map((m) => m[1])))];
}

/** Source files of the services (not tests): what a client can actually receive comes from these. */
function serviceSources(): string[] {
  const dirs = ['common', 'gateway/src', ...fs.readdirSync(path.join(root, 'subgraphs')).map((s) => `subgraphs/${s}/src`)];
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(fs.readFileSync(full, 'utf8'));
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return files;
}

describe('README', () => {
  it('documents every environment variable the code reads', () => {
    expect(ENVIRONMENT_VARIABLES.filter((v) => !readme.includes(`\`${v.name}\``)).map((v) => v.name)).toEqual([]);
  });

  it('documents every error code', () => {
    expect(Object.values(ErrorCode).filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });

  it('names in its errors table only extensions keys that some error of the services sets', () => {
    // An error is built in a file that makes GraphQLErrors; the key is a property of its details.
    const errorBuilders = serviceSources().filter((text) => /GraphQLError|domainError|badInput/.test(text));
    const keys = errorTableExtensionKeys();
    expect(keys).toEqual(expect.arrayContaining(['field', 'missingFields']));
    const unset = keys.filter((key) => !errorBuilders.some((text) => new RegExp(`[{,]\\s*${key}\\s*[:,}]`).test(text)));
    expect(unset).toEqual([]);
  });

  it('names the run and test commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});

describe('README errors table against a real request', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('PB-9 MISSING_FIELDS carries the list under the key the README names', async () => {
    const row = readme.split('\n').find((line) => line.startsWith('| `MISSING_FIELDS` |'));
    const key = /`extensions\.(\w+)`/.exec(row ?? '')?.[1];
    const res = await stack.queryGateway(
      `mutation Request($input: RequestBenefitActivationInput!) { requestBenefitActivation(input: $input) { id } }`,
      { as: 'will', variables: { input: { packageId: 'bp-wingtip-abtk-manchester', email: 'will@wingtip.example', name: 'Will Program' } } },
    );
    const extensions = res.errors?.[0].extensions ?? {};
    expect(extensions.code).toBe('MISSING_FIELDS');
    expect(key).toBeDefined();
    expect(extensions[key!]).toEqual(['partnerId', 'company', 'phone', 'city', 'country']);
  });
});
