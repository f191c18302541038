import fs from 'node:fs';
import path from 'node:path';
import type mysql from 'mysql2/promise';
import { withSchemaChangeLock } from '../../common/database';
import { withServerConnection } from '../harness/mysql';

/**
 * MariaDB 10.11 has crashed under this suite (SIGSEGV freeing an Aria
 * temporary table) when an INFORMATION_SCHEMA read raced another
 * connection's DDL, and the test files run migrations all the time. So the
 * project's own code never reads INFORMATION_SCHEMA on the shared server:
 * TypeORM's migrations and schema builder do, under the server's
 * schema-change lock (common/database.ts), and pollers use SHOW PROCESSLIST
 * (common/devStack/mysqlServer.ts listOtherProcesses), which fills no
 * temporary table. This test keeps such reads from slipping back in: in any
 * spelling (most SHOW statements are INFORMATION_SCHEMA reads too, and
 * TypeORM's table look-ups issue them from node_modules), and checks its
 * patterns against what the server really does.
 */

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['common', 'gateway', 'subgraphs', 'scripts', 'bench', 'test'];

/** The spellings of an INFORMATION_SCHEMA read in code (comments are stripped first). */
const READS: { name: string; pattern: RegExp }[] = [
  // Any mention in code: a qualifier, a split literal, a schema name put in through `${}`.
  { name: 'the information_schema database', pattern: /information_schema/i },
  {
    name: 'a SHOW statement served from INFORMATION_SCHEMA',
    pattern: /\bSHOW\s+(?:FULL\s+|GLOBAL\s+|SESSION\s+)?(?:TABLES|COLUMNS|FIELDS|INDEX|INDEXES|KEYS|TABLE\s+STATUS|DATABASES|SCHEMAS|VARIABLES|STATUS|TRIGGERS|EVENTS|PLUGINS|ENGINES|COLLATION|CHARACTER\s+SET|OPEN\s+TABLES|PROCEDURE\s+STATUS|FUNCTION\s+STATUS)\b/i,
  },
  { name: "TypeORM's schema look-ups", pattern: /\.(?:hasTable|hasColumn|getTable|getTables|hasDatabase|getDatabases|hasSchema|getView|getViews|loadTables)\(/ },
];

/** Files allowed a read, and why. */
const ALLOWED: Record<string, string> = {
  'test/platform/informationSchemaReads.test.ts': 'this gate: its fixtures and patterns',
  'test/platform/readReplica.test.ts': "SHOW GLOBAL STATUS on the test's own throwaway primary and replica, not the shared server",
};

/** The code of a source, without its comments (line, block and JSDoc), so that prose about the rule is not a read. */
function codeOf(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The names of the spellings `code` uses. */
function readsIn(code: string): string[] {
  return READS.filter(({ pattern }) => pattern.test(code)).map(({ name }) => name);
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return /\.(ts|js|sql)$/.test(entry.name) ? [full] : [];
  });
}

/** Temporary tables `sql` makes on the shared server, measured under the schema-change lock (no DDL races it then). */
async function temporaryTablesOf(conn: mysql.Connection, sql: string): Promise<number> {
  const created = async () => Number(((await conn.query("SHOW SESSION STATUS LIKE 'Created_tmp_tables'")) as unknown as [{ Value: string }[]])[0][0].Value);
  const before = await created();
  await conn.query(sql);
  return (await created()) - before;
}

describe('no INFORMATION_SCHEMA reads outside the schema-change lock', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));

  it('scans the project (the folders exist and hold sources)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith(path.join('common', 'devStack', 'storeConnections.ts')))).toBe(true);
  });

  it('every statement that fills a temporary table on this server is caught; SHOW FULL PROCESSLIST fills none', async () => {
    const statements = [
      'SELECT ID FROM information_schema.PROCESSLIST',
      'SHOW TABLES FROM mysql',
      'SHOW COLUMNS FROM mysql.user',
      'SHOW INDEX FROM mysql.user',
      'SHOW TABLE STATUS FROM mysql',
      'SHOW DATABASES',
      "SHOW VARIABLES LIKE 'version'",
      "SHOW GLOBAL STATUS LIKE 'Uptime'",
      'SELECT COUNT(*) AS n FROM mysql.user u JOIN information_schema.SCHEMATA s',
      'SELECT COUNT(*) AS n FROM /* processes */ information_schema.PROCESSLIST',
    ];
    const made = await withServerConnection((conn) =>
      withSchemaChangeLock(conn, async () => {
        const counts: Record<string, number> = {};
        for (const sql of [...statements, 'SHOW FULL PROCESSLIST']) counts[sql] = await temporaryTablesOf(conn, sql);
        return counts;
      }),
    );
    expect(made['SHOW FULL PROCESSLIST']).toBe(0);
    expect(made[statements[0]]).toBeGreaterThan(0);
    expect(statements.filter((sql) => made[sql] > 0 && readsIn(sql).length === 0)).toEqual([]);
    expect(readsIn('SHOW FULL PROCESSLIST')).toEqual([]);
  });

  it('catches the ways code writes such a read, and not prose about it', () => {
    const sources = [
      "await conn.query('SELECT ID AS id FROM ' +\n  'information_schema.PROCESSLIST WHERE DB = ?', [database]);",
      'const schema = `information_schema`;\nawait conn.query(`SELECT COUNT(*) AS n FROM ${schema}.PROCESSLIST`);',
      "const exists = await dataSource.createQueryRunner().hasTable('support_contract');",
      "const table = await queryRunner.getTable('outbox_event');",
      "await conn.query('show tables');",
    ];
    expect(sources.filter((source) => readsIn(codeOf(source)).length === 0)).toEqual([]);
    expect(readsIn(codeOf('/** INFORMATION_SCHEMA reads, which migrations issue */\n// SHOW TABLES would be one too\nconst url = "http://x";'))).toEqual([]);
  });

  it('no source file reads INFORMATION_SCHEMA itself (outside the files allowed, each with its reason)', () => {
    const offenders = files
      .map((file) => ({ file: path.relative(ROOT, file).split(path.sep).join('/'), reads: readsIn(codeOf(fs.readFileSync(file, 'utf8'))) }))
      .filter(({ file, reads }) => reads.length > 0 && !(file in ALLOWED));
    expect(offenders).toEqual([]);
  });
});
