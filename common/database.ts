import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager, type DataSourceOptions, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import mysql from 'mysql2/promise';
import { readStoreTuning, type DatabaseConfig, type StoreTuning } from './config';
import type { Logger } from './logger';
import { context, trace } from '@opentelemetry/api';
import { inSpan, SpanKind, tracingActive } from './tracing';

/** SQL statements run by one data source; read by `/metrics`, tests and the benchmark. */
export class SqlStatementCounter {
  total = 0;
}

/**
 * TypeORM logger that counts every statement (batching is asserted by
 * counting, not hoped for) and sends errors and migrations to the service log.
 * `LOG_SQL=1` prints each statement.
 */
class CountingLogger implements TypeOrmLogger {
  constructor(
    private readonly counter: SqlStatementCounter,
    private readonly logger: Logger,
    private readonly printEach: boolean,
  ) {}

  logQuery(query: string): void {
    this.counter.total += 1;
    if (this.printEach) this.logger.info({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.counter.total += 1;
    // The logger's `err` serializer drops the statement's values (common/logger.ts: they can be credentials).
    this.logger.warn({ err: error, sql: query.slice(0, 500) }, 'sql statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query.slice(0, 500) }, 'slow sql statement');
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

/** What a subgraph keeps in its store: entity classes and numbered migrations. */
export interface StoreDefinition {
  // eslint-disable-next-line @typescript-eslint/ban-types -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/ban-types
  migrations: MixedList<Function | string>;
}

export interface OpenedStore {
  /**
   * The store. With read replicas configured, reads through repositories and
   * query builders outside a transaction go to a replica (TypeORM's
   * replication: `defaultReplicationModeForReads` is "slave"); transactions
   * and raw `query()` go to the primary.
   */
  dataSource: DataSource;
  /**
   * The same store with every read on the primary: mutations (and the reads
   * that build their answers), the outbox relay and receiver, seeds and jobs.
   * Without replicas it is `dataSource` itself.
   */
  primary: DataSource;
  /** True when reads go to replicas. */
  replicated: boolean;
  counter: SqlStatementCounter;
  kind: DatabaseConfig['kind'];
}

/**
 * A view of a replicated data source whose reads all go to the primary. It
 * shares the data source's driver and pools (no extra connections): only the
 * replication mode picked for reads and the entity manager (bound to the
 * view, so repositories and query builders ask the view) differ.
 */
export function primaryReadsView(dataSource: DataSource): DataSource {
  const view = Object.create(dataSource) as DataSource;
  Object.defineProperty(view, 'defaultReplicationModeForReads', { value: () => 'master' as const });
  Object.defineProperty(view, 'manager', { value: new EntityManager(view) });
  return view;
}

/** Creates the MySQL database if it is missing (needs the CREATE privilege; a managed database may already exist). */
/**
 * One named lock per MySQL server for schema changes: migrations (and the
 * test harness' DROP DATABASE) run one at a time. Replicas of a subgraph that
 * start together must not both run its migrations (TypeORM takes no lock of
 * its own), and MariaDB 10.11 has crashed here (SIGSEGV freeing an Aria
 * temporary table) when INFORMATION_SCHEMA reads, which migrations issue,
 * raced with another connection's DDL.
 */
export const SCHEMA_CHANGE_LOCK = 'licensing-graph:schema-changes';

/** Runs `work` while holding SCHEMA_CHANGE_LOCK on `conn` (a connection to the server); waits up to 5 minutes for it. */
export async function withSchemaChangeLock<T>(conn: mysql.Connection, work: () => Promise<T>): Promise<T> {
  const [rows] = await conn.query('SELECT GET_LOCK(?, 300) AS got', [SCHEMA_CHANGE_LOCK]);
  if (Number((rows as { got: number | string | null }[])[0]?.got) !== 1) throw new Error('timed out waiting for the schema-change lock');
  try {
    return await work();
  } finally {
    await conn.query('SELECT RELEASE_LOCK(?)', [SCHEMA_CHANGE_LOCK]).catch(() => undefined);
  }
}

export async function ensureMysqlDatabase(config: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<void> {
  const conn = await mysql.createConnection({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
  });
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${config.database.replace(/`/g, '')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
    );
  } finally {
    await conn.end();
  }
}

/**
 * SQLite (`npm start`): TypeORM's better-sqlite3 driver has ONE connection per
 * store, so a transaction begun while another is open becomes a savepoint
 * inside it, and either one's rollback undoes the other, even work already
 * acknowledged (an event answered "applied" whose sender then marked it
 * delivered; a committed mutation). So on SQLite transactions begun through
 * the store run one at a time, in order; one begun inside another (the same
 * async context) still nests, as it did. MySQL gives each transaction its own
 * pooled connection and is left alone.
 */
function serializeTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // The transaction the current async context runs in, while its callback runs: not a timer set inside it that
  // fires later, nor an after-commit subscriber (those queue like anyone else instead of nesting in a finished one).
  const inside = new AsyncLocalStorage<{ open: boolean }>();
  let tail: Promise<unknown> = Promise.resolve();
  const serialized = (...args: unknown[]): Promise<unknown> => {
    const at = args.findIndex((a) => typeof a === 'function');
    // Nested, or a call TypeORM refuses anyway (no callback): as it was.
    if (inside.getStore()?.open || at < 0) return begin(...args);
    const work = args[at] as (tx: EntityManager) => Promise<unknown>;
    const run = tail.then(() => {
      const scope = { open: true };
      const wrapped = [...args];
      wrapped[at] = (tx: EntityManager) =>
        inside.run(scope, async () => {
          try {
            return await work(tx);
          } finally {
            scope.open = false;
          }
        });
      return begin(...wrapped);
    });
    tail = run.catch(() => undefined);
    return run;
  };
  manager.transaction = serialized as EntityManager['transaction'];
}

/**
 * Opens a subgraph's store and runs its pending migrations. MySQL and the
 * embedded SQLite fallback share the entities and migrations; only the
 * driver options differ. `synchronize` stays off: migrations own the schema.
 */
export async function openStore(config: DatabaseConfig, store: StoreDefinition, logger: Logger, tuning: StoreTuning = readStoreTuning()): Promise<OpenedStore> {
  const counter = new SqlStatementCounter();
  const common = {
    entities: store.entities,
    migrations: store.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'] as ('query' | 'error' | 'warn' | 'migration')[],
    logger: new CountingLogger(counter, logger, tuning.logSql),
    maxQueryExecutionTime: 1000,
  };
  let options: DataSourceOptions;
  const replicas = config.kind === 'mysql' ? (config.readReplicas ?? []) : [];
  if (config.kind === 'mysql') {
    const endpoint = (e: { host: string; port: number; user: string; password: string; database: string }) => ({
      host: e.host,
      port: e.port,
      username: e.user,
      password: e.password,
      database: e.database,
    });
    options = {
      ...common,
      type: 'mysql',
      connectorPackage: 'mysql2',
      ...(replicas.length > 0
        ? // One pool per server; TypeORM picks a replica at random for each read outside a transaction.
          { replication: { master: endpoint(config), slaves: replicas.map(endpoint) } }
        : endpoint(config)),
      charset: 'utf8mb4_bin',
      // Dates are UTC everywhere: in the driver, in SQL and in the API.
      timezone: 'Z',
      poolSize: tuning.poolSize,
      // Reconnecting is the pool's job: mysql2 drops a pooled connection as soon as it
      // errs or ends (a KILL, a server restart, a reset socket), and the next query opens
      // a fresh one. Keep-alive probes find half-open sockets (a vanished server);
      // `idleTimeout` retires idle connections before a firewall or `wait_timeout`
      // silently cuts them; `connectTimeout` bounds a connect to an absent server, so
      // a request fails with an error instead of hanging while the database is away.
      extra: {
        enableKeepAlive: true,
        keepAliveInitialDelay: 10_000,
        connectTimeout: 5000,
        idleTimeout: 60_000,
        maxIdle: tuning.poolSize,
      },
    };
  } else {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: config.file,
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  const dataSource = new DataSource(options);
  if (config.kind === 'mysql') {
    // Creating the database and running the migrations (TypeORM runs them in initialize) hold the server's schema-change lock.
    const lockHolder = await mysql.createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
    try {
      await withSchemaChangeLock(lockHolder, async () => {
        await ensureMysqlDatabase(config);
        await dataSource.initialize();
      });
    } finally {
      await lockHolder.end().catch(() => undefined);
    }
  } else {
    await dataSource.initialize();
    serializeTransactions(dataSource);
  }
  // After the migrations: spans for the statements requests and jobs run, not for the schema's history.
  if (tracingActive()) traceStatements(dataSource, config.kind === 'mysql' ? { system: 'mysql', database: config.database } : { system: 'sqlite', database: path.basename(config.file) });
  const replicated = replicas.length > 0;
  return { dataSource, primary: replicated ? primaryReadsView(dataSource) : dataSource, replicated, counter, kind: config.kind };
}

const createQueryRunner = DataSource.prototype.createQueryRunner;

/** Query runners whose `query` already opens a span. */
const tracedRunners = new WeakSet<object>();

/**
 * A CLIENT span per SQL statement run beneath a request or an event
 * (tracing on only: otherwise nothing is wrapped). Every statement runs through a query runner, repositories, query
 * builders, transactions (BEGIN and COMMIT included) and raw `query()` alike,
 * so wrapping the runner's `query` catches them all, on the primary and on
 * replicas. The span holds the statement with its placeholders, never the
 * values (they can be credentials, SUP-11).
 */
function traceStatements(dataSource: DataSource, target: { system: 'mysql' | 'sqlite'; database: string }): void {
  dataSource.createQueryRunner = function tracedQueryRunner(this: DataSource, mode) {
    const runner = createQueryRunner.call(this, mode);
    // better-sqlite3 hands out ONE runner per store: wrapping it again on every call stacked a span per call
    // on each statement, until the stack overflowed.
    if (tracedRunners.has(runner)) return runner;
    tracedRunners.add(runner);
    const query = runner.query;
    runner.query = function tracedQuery(this: typeof runner, sql: string, ...rest: unknown[]) {
      // Only beneath a request or an event: the relay's polls and background jobs would each start a trace of one statement.
      if (!trace.getSpan(context.active())) return (query as (...args: unknown[]) => Promise<unknown>).call(this, sql, ...rest);
      const operation = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
      const attributes = { 'db.system': target.system, 'db.namespace': target.database, 'db.operation.name': operation, 'db.query.text': sql.slice(0, 2000) };
      return inSpan(`${operation} ${target.database}`, { kind: SpanKind.CLIENT, attributes }, () => (query as (...args: unknown[]) => Promise<unknown>).call(this, sql, ...rest));
    } as typeof runner.query;
    return runner;
  };
}

/** How long `/ready` waits for the store before it calls it unreachable. */
export const READY_PROBE_TIMEOUT_MS = 2000;

/**
 * `SELECT 1` against the store through the same pool the resolvers use: what
 * `/ready` reports. It really talks to the database (a killed or missing
 * connection fails here, and the pool opens a new one on the next probe), and
 * it is bounded, so a database that hangs reads as not ready instead of
 * hanging the probe.
 */
export async function storeIsReachable(dataSource: DataSource, timeoutMs = READY_PROBE_TIMEOUT_MS): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = dataSource.query('SELECT 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
