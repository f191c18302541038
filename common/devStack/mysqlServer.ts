import mysql from 'mysql2/promise';
import { parseDatabaseUrl } from '../config';
import { withSchemaChangeLock } from '../database';

/** The MySQL server the tests use: `TEST_MYSQL_URL`, default the local MariaDB. */
export const TEST_MYSQL_URL = (process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, '');

export function testDatabaseUrl(database: string): string {
  return `${TEST_MYSQL_URL}/${database}`;
}

/** Runs work on a connection to a MySQL server (no database selected): the tests' by default. */
export async function withServerConnection<T>(work: (conn: mysql.Connection) => Promise<T>, serverUrl = TEST_MYSQL_URL): Promise<T> {
  const config = parseDatabaseUrl(`${serverUrl.replace(/\/+$/, '')}/mysql`, 'TEST_MYSQL_URL');
  if (config.kind !== 'mysql') throw new Error(`${serverUrl} must be a mysql:// URL`);
  const conn = await mysql.createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
  try {
    return await work(conn);
  } finally {
    await conn.end();
  }
}

/** One row of `SHOW FULL PROCESSLIST`. */
export interface ServerProcess {
  id: number;
  /** The connection's current database, null when none is selected. */
  db: string | null;
  /** The statement it runs now, in full, null when idle. */
  info: string | null;
}

/**
 * The server's connections other than `conn`'s own, by `SHOW FULL PROCESSLIST`
 * rather than `information_schema.PROCESSLIST`: an INFORMATION_SCHEMA read
 * fills a temporary table, and those reads racing other connections' DDL
 * (the test files' migrations run all the time) have crashed MariaDB 10.11
 * with a SIGSEGV freeing an Aria temporary table (common/database.ts). SHOW
 * PROCESSLIST sends the thread list without one, so pollers (the cut loops,
 * the lock-wait probes) can run outside the schema-change lock.
 */
export async function listOtherProcesses(conn: mysql.Connection): Promise<ServerProcess[]> {
  const [[own]] = (await conn.query('SELECT CONNECTION_ID() AS id')) as unknown as [{ id: number | string }[]];
  const [rows] = (await conn.query('SHOW FULL PROCESSLIST')) as unknown as [{ Id: number | string; db: string | null; Info: string | null }[]];
  return rows
    .map((row) => ({ id: Number(row.Id), db: row.db, info: row.Info }))
    .filter((row) => row.id !== Number(own.id));
}

/** Drops databases one at a time under the server's schema-change lock (common/database.ts: DDL racing INFORMATION_SCHEMA reads has crashed MariaDB). */
export async function dropDatabases(names: string[], serverUrl = TEST_MYSQL_URL): Promise<void> {
  await withServerConnection(
    (conn) =>
      withSchemaChangeLock(conn, async () => {
        for (const name of names) await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      }),
    serverUrl,
  );
}
