import type { EntityManager } from 'typeorm';
import { ActivationCodeRow } from './entities';

/**
 * CSP-7: redeems a 5x5 code once, ever. One conditional UPDATE decides:
 * only the statement that finds `redeemed_at IS NULL` changes the row, so of
 * any number of concurrent attempts exactly one gets `true` — no read-then-
 * write race, on MySQL (row lock) as on SQLite (single writer).
 */
export async function redeemOnce(
  tx: EntityManager,
  code: string,
  redemption: { userId: string; licenseServerId: string },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .createQueryBuilder()
    .update(ActivationCodeRow)
    .set({ redeemedAt: now, redeemedBy: redemption.userId, licenseServerId: redemption.licenseServerId })
    .where('code = :code AND redeemed_at IS NULL', { code })
    .execute();
  return (result.affected ?? 0) === 1;
}
