import type { DataSource, EntityManager } from 'typeorm';

/**
 * Plain SQL for the hot read paths (issue 19): one parameterised statement,
 * its raw rows mapped by a small typed reader per row type, no ORM query
 * building or hydration. The statement still runs through the data source's
 * query runner, so the statement counter (`/metrics`, batching tests), the
 * slow-statement log and the tracing spans see it like any other. Values
 * only ever travel as `?` placeholders; the text holds column names and
 * placeholders only. The same text runs on MySQL/MariaDB and on SQLite.
 */

/** A value bound to a placeholder. Booleans and dates are left out on purpose: the two drivers bind them differently. */
export type SqlValue = string | number | null;

/**
 * Runs one SELECT where the data source sends its reads: a replica when the
 * store is replicated (like repositories and query builders), the primary
 * for the view mutations read through (`primaryReadsView`). Raw
 * `DataSource.query` would always pick the primary.
 */
export async function selectRows<R>(db: DataSource, sql: string, params: readonly SqlValue[]): Promise<R[]> {
  const runner = db.createQueryRunner(db.defaultReplicationModeForReads());
  try {
    return (await runner.query(sql, [...params])) as R[];
  } finally {
    await runner.release();
  }
}

/** Runs one SELECT inside a transaction (the manager's own connection). */
export async function selectRowsIn<R>(tx: EntityManager, sql: string, params: readonly SqlValue[]): Promise<R[]> {
  return (await tx.query(sql, [...params])) as R[];
}

/** `?, ?, ?` for an `IN (...)` of `count` keys (DataLoader never batches zero keys). */
export function placeholders(count: number): string {
  return count === 1 ? '?' : new Array<string>(count).fill('?').join(', ');
}

/** A value as the drivers return it for a DATETIME or DATE column. */
export type SqlTemporal = Date | string;

/**
 * A DATETIME column as a Date, as TypeORM hydrated it: mysql2 already gives
 * a Date (the connection's time zone is UTC); SQLite gives the text TypeORM
 * wrote, `YYYY-MM-DD HH:MM:SS.SSS` in UTC without a zone.
 */
export function dateTimeOf(value: SqlTemporal): Date {
  if (value instanceof Date) return value;
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
}

export function dateTimeOrNull(value: SqlTemporal | null): Date | null {
  return value === null ? null : dateTimeOf(value);
}

/**
 * A DATE column as `YYYY-MM-DD`, the string TypeORM gave for `type: 'date'`:
 * mysql2 gives a Date at midnight UTC, SQLite the text itself.
 */
export function dayOf(value: SqlTemporal): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
}

export function dayOrNull(value: SqlTemporal | null): string | null {
  return value === null ? null : dayOf(value);
}

/** A boolean column: TINYINT(1) on MySQL, INTEGER on SQLite, both 0 or 1. */
export function booleanOf(value: number | string | boolean): boolean {
  return value === true || value === 1 || value === '1';
}

/** An integer MySQL may send as a string (COUNT(*) and BIGINT: TypeORM asks mysql2 for big numbers as strings). */
export function integerOf(value: number | string | bigint): number {
  return typeof value === 'number' ? value : Number(value);
}

/** What `selectPage` reads: `from` is the statement's `FROM ... WHERE ...` with `params` for its placeholders. */
export interface PageStatement {
  columns: string;
  from: string;
  params: readonly SqlValue[];
  /** Must end on a unique key, so that an offset always means the same row. */
  orderBy: string;
}

/**
 * One page of rows and the number of rows the statement matches, in one
 * statement: the total rides on every row (`COUNT(*) OVER ()`, MariaDB
 * 10.2+, MySQL 8, SQLite 3.25+). A page with no row has nothing to carry
 * it, so an empty page past the start (or of size 0) asks `COUNT(*)` after.
 */
export async function selectPage<R>(db: DataSource, statement: PageStatement, window: { offset: number; limit: number }): Promise<{ rows: R[]; total: number }> {
  const { columns, from, params, orderBy } = statement;
  const rows = await selectRows<R & { total_count: number | string }>(
    db,
    `SELECT ${columns}, COUNT(*) OVER () AS total_count ${from} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    [...params, window.limit, window.offset],
  );
  if (rows.length > 0) return { rows, total: integerOf(rows[0].total_count) };
  if (window.offset === 0 && window.limit > 0) return { rows, total: 0 };
  const [count] = await selectRows<{ total_count: number | string }>(db, `SELECT COUNT(*) AS total_count ${from}`, params);
  return { rows, total: integerOf(count.total_count) };
}

/**
 * Parents and their children from one `parent LEFT JOIN child` statement
 * ordered by parent: each parent once, in order, with its children in row
 * order (none when the join found none). What a loader then primes into its
 * children loader, so the children cost no statement of their own.
 */
export function groupJoined<R, P, C>(
  records: readonly R[],
  keyOf: (record: R) => string,
  readParent: (record: R) => P,
  readChild: (record: R) => C | null,
): { parent: P; children: C[] }[] {
  const groups = new Map<string, { parent: P; children: C[] }>();
  for (const record of records) {
    const key = keyOf(record);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parent: readParent(record), children: [] }));
    const child = readChild(record);
    if (child !== null) group.children.push(child);
  }
  return [...groups.values()];
}
