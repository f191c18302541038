import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MyProductRow, type RegisteredVia } from './entities';

/**
 * Puts a product in a user's My Products unless it is there already (MP-1):
 * registration, a download, a registered licence — and, once the support
 * store sends its events, a service request. The first source is kept.
 * `INSERT IGNORE` against the (user, product) unique index keeps concurrent
 * calls from failing.
 */
export async function ensureMyProduct(
  tx: EntityManager,
  entry: { userId: string; orgId: string; productId: string; via: RegisteredVia },
  now: Date,
): Promise<MyProductRow> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(MyProductRow)
    .values({
      id: crypto.randomUUID(),
      userId: entry.userId,
      orgId: entry.orgId,
      productId: entry.productId,
      registeredVia: entry.via,
      registeredAt: now,
      alertsOptIn: false,
      lastVisitedAt: null,
    })
    .orIgnore()
    .execute();
  return tx.getRepository(MyProductRow).findOneByOrFail({ userId: entry.userId, productId: entry.productId });
}
