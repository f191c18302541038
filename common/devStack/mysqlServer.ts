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
