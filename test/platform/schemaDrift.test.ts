import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../../common/config';
import { openStore, withSchemaChangeLock, type StoreDefinition } from '../../common/database';
import { createLogger } from '../../common/logger';
import type { SubgraphName } from '../../common/services';
import { agreementsStore } from '../../subgraphs/agreements/src/store';
import { benefitsStore } from '../../subgraphs/partner-benefits/src/store';
import { catalogStore } from '../../subgraphs/software-catalog/src/store';
import { supportStore } from '../../subgraphs/support-contracts/src/store';
import { dropDatabases, testDatabaseUrl, withServerConnection } from '../harness/mysql';

/**
 * Entities and migrations are both written by hand; nothing else checks that
 * they agree. After every migration has run on an empty store, TypeORM's
 * schema builder compares the tables with the entities: any statement it
 * would still run is drift (an index only in a migration, a column type that
 * differs), and the store's real schema is not what the code believes.
 */
const STORES: [SubgraphName, StoreDefinition][] = [
  ['agreements', agreementsStore],
  ['support-contracts', supportStore],
  ['software-catalog', catalogStore],
  ['partner-benefits', benefitsStore],
];

const runId = crypto.randomBytes(4).toString('hex');
const logger = createLogger('schema-drift');
const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lgt-drift-'));
const mysqlDatabases: string[] = [];

afterAll(async () => {
  await dropDatabases(mysqlDatabases);
  fs.rmSync(sqliteDir, { recursive: true, force: true });
});

/**
 * The statements the schema builder would still run after the migrations.
 * The store is opened as the services open it (migrations included); on
 * MariaDB the comparison then reads the tables through TypeORM's `mariadb`
 * driver type, because the `mysql` type reads MariaDB's `COLUMN_DEFAULT`
 * "NULL" of every nullable column as a literal default and would report
 * drift that does not exist (production runs MySQL 8, read as `mysql`),
 * and a boolean is a TINYINT(1) there.
 */
async function pendingSchemaChanges(config: DatabaseConfig, store: StoreDefinition): Promise<string[]> {
  const opened = await openStore(config, store, logger);
  let inspected = opened.dataSource;
  try {
    if (config.kind === 'mysql') {
      const [{ version }] = (await opened.dataSource.query('SELECT VERSION() AS version')) as { version: string }[];
      await opened.dataSource.destroy();
      inspected = new DataSource({
        type: /mariadb/i.test(version) ? 'mariadb' : 'mysql',
        connectorPackage: 'mysql2',
        host: config.host,
        port: config.port,
        username: config.user,
        password: config.password,
        database: config.database,
        charset: 'utf8mb4_bin',
        timezone: 'Z',
        entities: store.entities,
      });
      await inspected.initialize();
      // MariaDB's BOOLEAN is TINYINT(1), and its `mariadb` type reports that width, which TypeORM does not expect of a boolean.
      for (const column of inspected.entityMetadatas.flatMap((m) => m.columns)) if (column.type === 'boolean') column.width = 1;
      // A foreign key created with no ON DELETE/UPDATE clause reads back as RESTRICT, which is what NO ACTION means in MySQL.
      for (const fk of inspected.entityMetadatas.flatMap((m) => m.foreignKeys)) {
        if (fk.onDelete === 'NO ACTION') fk.onDelete = 'RESTRICT';
        if (fk.onUpdate === 'NO ACTION') fk.onUpdate = 'RESTRICT';
      }
    } else {
      // SQLite keeps a column's declared type name: the migrations' `int` and `DEFAULT (false)` read back as written,
      // where TypeORM would write `integer` and `0` for the same entity. Same affinity, same value: not drift.
      const driver = inspected.driver;
      const normalizeType = driver.normalizeType.bind(driver);
      const normalizeDefault = driver.normalizeDefault.bind(driver);
      driver.normalizeType = (column) => (column.type === 'int' ? 'int' : normalizeType(column));
      driver.normalizeDefault = (column) => (typeof column.default === 'boolean' ? String(column.default) : normalizeDefault(column));
    }
    const builder = inspected.driver.createSchemaBuilder();
    // The schema builder reads INFORMATION_SCHEMA at length: on MySQL under the server's schema-change lock (common/database.ts).
    const sql = config.kind === 'mysql' ? await withServerConnection((conn) => withSchemaChangeLock(conn, () => builder.log())) : await builder.log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    if (inspected.isInitialized) await inspected.destroy();
    if (opened.dataSource.isInitialized) await opened.dataSource.destroy();
  }
}

describe('entities agree with migrations', () => {
  it.each(STORES)('%s on a fresh MySQL database: the schema builder has nothing to change', async (name, store) => {
    const database = `lgt_${runId}_drift_${name.replace(/-/g, '_')}`;
    mysqlDatabases.push(database);
    const config = parseDatabaseUrl(testDatabaseUrl(database), 'TEST_MYSQL_URL');
    expect(await pendingSchemaChanges(config, store)).toEqual([]);
  });

  it.each(STORES)('%s on a fresh SQLite file: the schema builder has nothing to change', async (name, store) => {
    const config: DatabaseConfig = { kind: 'sqlite', file: path.join(sqliteDir, `${name}.sqlite`) };
    expect(await pendingSchemaChanges(config, store)).toEqual([]);
  });
});
