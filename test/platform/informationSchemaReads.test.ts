import fs from 'node:fs';
import path from 'node:path';

/**
 * MariaDB 10.11 has crashed under this suite (SIGSEGV freeing an Aria
 * temporary table) when an INFORMATION_SCHEMA read raced another
 * connection's DDL, and the test files run migrations all the time. So the
 * project's own code never reads INFORMATION_SCHEMA: TypeORM's migrations
 * and schema builder do, under the server's schema-change lock
 * (common/database.ts), and pollers use SHOW PROCESSLIST
 * (common/devStack/mysqlServer.ts listOtherProcesses). This test keeps a new
 * `FROM information_schema.…` from slipping back in.
 */

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['common', 'gateway', 'subgraphs', 'scripts', 'bench', 'test'];
const READ = /\bFROM\s+`?information_schema`?\s*\./i;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return /\.(ts|js|sql)$/.test(entry.name) ? [full] : [];
  });
}

describe('no INFORMATION_SCHEMA reads outside the schema-change lock', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));

  it('scans the project (the folders exist and hold sources)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith(path.join('common', 'devStack', 'storeConnections.ts')))).toBe(true);
  });

  it('the pattern catches the query the cut loop used to run', () => {
    expect(READ.test("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ?")).toBe(true);
    expect(READ.test('select count(*) from `INFORMATION_SCHEMA`.`TABLES`')).toBe(true);
    expect(READ.test('INFORMATION_SCHEMA reads, which migrations issue')).toBe(false);
  });

  it('no source file reads INFORMATION_SCHEMA itself', () => {
    const offenders = files.filter((file) => file !== __filename && READ.test(fs.readFileSync(file, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
