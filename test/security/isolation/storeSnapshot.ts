import type { SubgraphName } from '../../../common/services';
import type { Stack } from '../../harness/stack';

/**
 * Every row of one subgraph's store, per table, serialised and sorted, so two
 * snapshots compare equal exactly when nothing was written in between.
 * Outbox/inbox tables are left out: a relay may update their bookkeeping on
 * its own schedule, and a refused mutation changes the domain tables anyway
 * if it wrote anything. So is `link_attempt`: a refused link MUST count the
 * caller's own failed attempt (SUP-11); that row is keyed by the caller, never
 * the victim (test/support-contracts/credentials.test.ts checks it).
 */
export type StoreSnapshot = Record<string, string[]>;

const RELAY_TABLES = /outbox|inbox|^link_attempt$/i;

/** Reads every entity table of `name`'s store straight from its data source. */
export async function snapshotStore(stack: Stack, name: SubgraphName): Promise<StoreSnapshot> {
  const dataSource = stack.subgraphs[name].service.store.dataSource;
  const snapshot: StoreSnapshot = {};
  for (const meta of dataSource.entityMetadatas) {
    if (RELAY_TABLES.test(meta.tableName)) continue;
    const rows: unknown[] = await dataSource.getRepository(meta.target).find();
    snapshot[meta.tableName] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}

/** Only the rows that mention one of `ownerKeys` (organisation, user or entity ids of the victim). */
export function rowsOf(snapshot: StoreSnapshot, ownerKeys: readonly string[]): StoreSnapshot {
  const out: StoreSnapshot = {};
  for (const [table, rows] of Object.entries(snapshot)) out[table] = rows.filter((row) => ownerKeys.some((key) => row.includes(key)));
  return out;
}
