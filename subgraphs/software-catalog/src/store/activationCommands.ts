import type { DataSource } from 'typeorm';
import { ActivationCodeRow } from './entities';

/**
 * CSP-7: redeems a 5x5 code once, ever. One conditional UPDATE decides:
 * only the statement that finds `redeemed_at IS NULL` changes the row, so of
 * any number of concurrent attempts exactly one gets `true` — no read-then-
 * write race, on MySQL (row lock) as on SQLite (single writer).
 */
export async function redeemOnce(
  db: DataSource,
  code: string,
  redemption: { userId: string; licenseServerId: string },
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const result = await tx
      .createQueryBuilder()
      .update(ActivationCodeRow)
      .set({ redeemedAt: now, redeemedBy: redemption.userId, licenseServerId: redemption.licenseServerId })
      .where('code = :code AND redeemed_at IS NULL', { code })
      .execute();
    return (result.affected ?? 0) === 1;
  });
}

/** An activation code of the caller's organisation (CSP-7); another organisation's is answered like an unknown one. */
export async function findActivationCodeOf(db: DataSource, orgId: string, code: string): Promise<ActivationCodeRow | null> {
  const row = await db.getRepository(ActivationCodeRow).findOneBy({ code });
  return row && row.orgId === orgId ? row : null;
}
