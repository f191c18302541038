import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { insertOutboxEventAsCreated } from '../../../../../common/outbox/migration';
import { legacyPairFor } from '../../domain/legacyContractIds';
import { reissueContractIds } from '../contractIdIssuer';
import { sendReissuedPairs } from '../contractIdNotices';
import { ContractLinkRow, SupportContractRow } from '../entities';

/** Why the IDs changed, as recorded with each notice and re-send. */
export const REISSUE_REASON = 'SUP-11_DERIVED_IDS_REISSUED';

/**
 * SUP-11, the data: every pair the first scheme DERIVED from public ids
 * (`sc-sa-<agreementId>`, `sc-pb-<packageId>`, `sc-pb-<packageId>-scs`,
 * recognised by recomputing that derivation from the row's id) is re-issued
 * from a CSPRNG; links to it are dropped (whoever linked it may have computed
 * it); the new pair goes to the contact of record: an outbox event to
 * partner-benefits, which records the re-send to the package's program
 * contact (the PB-4 path), or, for SA Problem Resolution, a
 * `contract_id_notice` row for the agreement's notice contact (agreements has
 * no path that sends contract details). One transaction: new pairs, dropped
 * links and re-sends commit together. Re-running it finds nothing left to do.
 *
 * Then a unique index on `access_id` alone: the Access ID names a contract in
 * display names and to support staff (SUP-8), so it must be unambiguous, and
 * new random draws are checked against it. (Created last: on MySQL the DDL
 * commits the data first, which is what we want.)
 */
export class ReissueDerivedContractIds1764000000005 implements MigrationInterface {
  name = 'ReissueDerivedContractIds1764000000005';

  async up(q: QueryRunner): Promise<void> {
    await reissueDerivedIds(q);
    await q.createIndex('support_contract', new TableIndex({ name: 'uq_contract_access_id', columnNames: ['access_id'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    // Re-issued pairs stay re-issued: going back to derived (guessable) IDs would undo the point.
    await q.dropIndex('support_contract', 'uq_contract_access_id');
  }
}

/**
 * Re-issues every derived pair still in the store; returns the contract ids
 * it changed. A migration has no service clock: the wall clock dates the
 * notices and the outbox event.
 */
export async function reissueDerivedIds(q: QueryRunner, now = new Date()): Promise<string[]> {
  const tx = q.manager;
  const candidates = await tx
    .getRepository(SupportContractRow)
    .createQueryBuilder('c')
    .where("c.id LIKE 'sc-sa-%' OR c.id LIKE 'sc-pb-%'")
    .orderBy('c.id', 'ASC')
    .getMany();
  const derived = candidates.filter((c) => {
    const old = legacyPairFor(c.id, c.kind);
    return old !== null && old.accessId === c.accessId && old.contractId === c.contractId;
  });
  for (const contract of derived) {
    await reissueContractIds(tx, contract);
    await tx.getRepository(ContractLinkRow).delete({ supportContractId: contract.id });
  }
  await sendReissuedPairs(tx, derived, REISSUE_REASON, now, insertOutboxEventAsCreated);
  return derived.map((c) => c.id);
}
