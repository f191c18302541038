import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Rows per INSERT statement: large enough to be quick, small enough for any `max_allowed_packet`. */
export const CHUNK_SIZE = 500;

/** The rows of one table, inserted in the order given. */
export interface TableRows {
  name: string;
  count: number;
  insert(tx: EntityManager): Promise<void>;
}

/**
 * Typed rows for an entity. The insert skips TypeORM's read-back of
 * generated columns (`updateEntity(false)`): the bench never reads the row
 * objects again, and the read-back would cost a statement per chunk.
 */
export function table<T extends ObjectLiteral>(entity: new () => T, rows: QueryDeepPartialEntity<T>[]): TableRows {
  return {
    name: entity.name,
    count: rows.length,
    async insert(tx: EntityManager): Promise<void> {
      for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
        await tx.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + CHUNK_SIZE)).updateEntity(false).execute();
      }
    },
  };
}

/** Inserts a store's tables in one transaction (all or nothing); returns the number of rows. */
export async function insertStore(db: DataSource, tables: readonly TableRows[]): Promise<number> {
  await db.transaction(async (tx) => {
    for (const t of tables) await t.insert(tx);
  });
  return tables.reduce((sum, t) => sum + t.count, 0);
}
