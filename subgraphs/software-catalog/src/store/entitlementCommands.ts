import type { EntityManager } from 'typeorm';
import { EntitlementRow, type PurchaseKind } from './entities';

/** What a CSP purchase (owned by agreements) entitles its buyer to here. */
export interface EntitlementGrant {
  subscriptionId: string;
  customerOrgId: string;
  partnerOrgId: string;
  productId: string;
  purchaseKind: PurchaseKind;
}

/**
 * Creates the entitlement behind a purchase (CSP-1, CSP-3). Idempotent: a
 * repeated grant (a duplicate event delivery) changes nothing. This is the
 * seam the future outbox receiver calls when agreements records a purchase;
 * today the seed calls it. Run it inside the receiver's transaction.
 */
export async function grantEntitlement(tx: EntityManager, grant: EntitlementGrant, now: Date): Promise<void> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(EntitlementRow)
    .values({ ...grant, grantedAt: now, revoked: false, revokedAt: null })
    .orIgnore()
    .execute();
}

/**
 * Revokes the keys of a cancelled purchase (CSP-2): its keys can no longer be
 * revealed and its links no longer download. Idempotent (the first revocation
 * time is kept). The seam for the future "purchase cancelled" event.
 * Returns whether an entitlement was found.
 */
export async function revokeEntitlement(tx: EntityManager, subscriptionId: string, now: Date): Promise<boolean> {
  const result = await tx
    .createQueryBuilder()
    .update(EntitlementRow)
    .set({ revoked: true, revokedAt: now })
    .where('subscription_id = :subscriptionId AND revoked = :notRevoked', { subscriptionId, notRevoked: false })
    .execute();
  if ((result.affected ?? 0) > 0) return true;
  return (await tx.getRepository(EntitlementRow).countBy({ subscriptionId })) > 0;
}
