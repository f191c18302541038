import type { EntityManager } from 'typeorm';
import { withFreshIds } from '../domain/contractCredentials';
import { SupportContractRow } from './entities';

/** A collision in a 10^6–10^9 space is rare; eight draws in a row would mean something else is wrong. */
const MAX_DRAWS = 8;

type Redraw = (row: SupportContractRow) => SupportContractRow;

/**
 * Inserts a contract the graph provisions (SUP-11), drawing a new pair while
 * its Access ID is taken. The unique index on `access_id` decides, so two
 * concurrent inserts cannot both keep one pair. `INSERT IGNORE` / `INSERT OR
 * IGNORE` rather than catching a duplicate-key error: the driver's error
 * message would quote the ID, and a failed statement is logged (never log a
 * credential). The row is then read back by its id to see which happened.
 */
export async function insertProvisionedContract(tx: EntityManager, row: SupportContractRow, redraw: Redraw = withFreshIds): Promise<SupportContractRow> {
  let candidate = row;
  for (let draw = 0; draw < MAX_DRAWS; draw += 1) {
    await tx.createQueryBuilder().insert().into(SupportContractRow).values(candidate).orIgnore().execute();
    const stored = await tx.getRepository(SupportContractRow).findOneBy({ id: candidate.id });
    if (stored) {
      if (stored.accessId === candidate.accessId && stored.contractId === candidate.contractId) return candidate;
      // The inbox makes a second delivery of the same event impossible; an existing id is a bug, not a collision.
      throw new Error(`support contract ${candidate.id} already exists`);
    }
    candidate = redraw(candidate);
  }
  throw new Error(`no free contract IDs for ${row.id} after ${MAX_DRAWS} draws`);
}

/**
 * Gives an existing contract a new pair (migration of derived pairs): checks
 * the Access ID is free first, so it also works before the unique index exists.
 */
export async function reissueContractIds(tx: EntityManager, contract: SupportContractRow, redraw: Redraw = withFreshIds): Promise<SupportContractRow> {
  const repo = tx.getRepository(SupportContractRow);
  for (let draw = 0; draw < MAX_DRAWS; draw += 1) {
    const next = redraw(contract);
    if (await repo.existsBy({ accessId: next.accessId })) continue;
    await repo.update({ id: contract.id }, { accessId: next.accessId, contractId: next.contractId, label: next.label });
    return next;
  }
  throw new Error(`no free contract IDs for ${contract.id} after ${MAX_DRAWS} draws`);
}
