import type { DataSource } from 'typeorm';
import { badInput, forbidden } from './errors';
import { requireViewer, type Viewer } from './identity';

/**
 * What every insight field (issue 17) shares: the analyst gate, the period
 * filter and the few SQL fragments whose spelling differs between MySQL and
 * the embedded SQLite store. Insights are aggregates computed by the store
 * (GROUP BY); no row ever reaches Node, and none of them returns an id.
 */

/**
 * Insights are for the operator's analysts only. `analyst` counts only in the
 * operator organisation (`rolesThatCount`), so a customer or partner token
 * claiming it is already stripped of it here: FORBIDDEN, like any other role.
 */
export function requireAnalyst(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.roles.has('analyst')) throw forbidden('Insights are for the operator\'s analysts only.');
  return v;
}

/** `from` (inclusive) and `until` (exclusive), ISO dates (`2026-05-01`), as the insight fields take them. */
export interface PeriodArgs {
  from?: string | null;
  until?: string | null;
}

/** A checked period as instants; either bound may be open. */
export interface Period {
  from: Date | null;
  until: Date | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** BAD_USER_INPUT for a malformed date or an empty/backward period (a typo must not read as "no data"). */
export function checkPeriod(args: PeriodArgs): Period {
  const parse = (value: string | null | undefined, field: string): Date | null => {
    if (value === null || value === undefined) return null;
    const d = new Date(`${value}T00:00:00.000Z`);
    if (!ISO_DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
      throw badInput(`${field} must be a date like 2026-05-01.`, field);
    }
    return d;
  };
  const period = { from: parse(args.from, 'from'), until: parse(args.until, 'until') };
  if (period.from && period.until && period.from.getTime() >= period.until.getTime()) {
    throw badInput('until must be after from.', 'until');
  }
  return period;
}

/** Whether the store is MySQL/MariaDB (otherwise the embedded SQLite of `npm start`). */
export function isMysql(db: DataSource): boolean {
  return db.options.type === 'mysql' || db.options.type === 'mariadb';
}

/** SQL for the `YYYY-MM` month of a datetime column, in the store's dialect. */
export function monthOf(db: DataSource, column: string): string {
  return isMysql(db) ? `DATE_FORMAT(${column}, '%Y-%m')` : `strftime('%Y-%m', ${column})`;
}

/** SQL for the seconds from a datetime column to the `:now` parameter, in the store's dialect. */
export function secondsSince(db: DataSource, column: string): string {
  return isMysql(db) ? `TIMESTAMPDIFF(SECOND, ${column}, :now)` : `CAST((julianday(:now) - julianday(${column})) * 86400 AS INTEGER)`;
}

/** A SQL number (MySQL answers SUM/COUNT as strings, SQLite as numbers; NULL when nothing was summed). */
export function sqlNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}
