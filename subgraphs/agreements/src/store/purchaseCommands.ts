import { conflict, domainError, ErrorCode, forbidden } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { cancellableUntil, isWithinCancellationWindow, proratedCreditMinor } from '../domain/prorating';
import { recordCrossStoreEvent } from '../events';
import type { StoreContext } from './access';
import { PartnerCustomerRow, SoftwareSubscriptionRow, type SubscriptionKind } from './entities';
import { newId } from './ids';

/** A purchase whose arguments were checked (CSP-1). */
export interface PurchaseOrder {
  customerId: string;
  productId: string;
  kind: SubscriptionKind;
  quantity: number;
  priceMinor: number;
  currency: string;
}

/** CSP-1: an admin agent buys for a customer its partner organisation has a relationship with. */
export async function purchaseSoftware(ctx: StoreContext, viewer: Viewer, input: PurchaseOrder): Promise<SoftwareSubscriptionRow> {
  return ctx.db.transaction(async (tx) => {
    const related = await tx.getRepository(PartnerCustomerRow).existsBy({ partnerId: viewer.orgId, customerId: input.customerId });
    if (!related) throw forbidden('Your organisation has no partner relationship with this customer.');
    const now = ctx.clock.now();
    const row: SoftwareSubscriptionRow = {
      id: newId('sub', now),
      customerId: input.customerId,
      partnerId: viewer.orgId,
      productId: input.productId,
      kind: input.kind,
      quantity: input.quantity,
      priceMinor: input.priceMinor,
      currency: input.currency,
      purchasedAt: now,
      purchasedBy: viewer.userId,
      status: 'ACTIVE',
      cancelledAt: null,
      proratedCreditMinor: null,
    };
    await tx.getRepository(SoftwareSubscriptionRow).insert(row);
    await recordCrossStoreEvent(tx, {
      type: 'SoftwarePurchased',
      subscriptionId: row.id,
      customerId: row.customerId,
      partnerId: row.partnerId,
      productId: row.productId,
      kind: row.kind,
      quantity: row.quantity,
      at: now,
    });
    return row;
  });
}

/** CSP-2: cancellation within 7 days for a prorated credit; the caller checked who may cancel. */
export async function cancelSoftwareSubscription(ctx: StoreContext, id: string): Promise<SoftwareSubscriptionRow> {
  return ctx.db.transaction(async (tx) => {
    const repo = tx.getRepository(SoftwareSubscriptionRow);
    const row = await repo.findOneByOrFail({ id });
    if (row.status !== 'ACTIVE') throw conflict('This purchase is already cancelled.');
    const now = ctx.clock.now();
    if (!isWithinCancellationWindow(row.purchasedAt, now)) {
      throw domainError(
        ErrorCode.CANCELLATION_WINDOW_CLOSED,
        `A purchase can be cancelled only within 7 days; this one could be until ${cancellableUntil(row.purchasedAt).toISOString()}.`,
        { cancellableUntil: cancellableUntil(row.purchasedAt).toISOString() },
      );
    }
    const credit = proratedCreditMinor(row.priceMinor, row.purchasedAt, now);
    const result = await repo.update({ id, status: 'ACTIVE' }, { status: 'CANCELLED', cancelledAt: now, proratedCreditMinor: credit });
    if (!result.affected) throw conflict('This purchase was just cancelled by another request.');
    await recordCrossStoreEvent(tx, {
      type: 'SoftwarePurchaseCancelled',
      subscriptionId: row.id,
      customerId: row.customerId,
      partnerId: row.partnerId,
      at: now,
    });
    return { ...row, status: 'CANCELLED', cancelledAt: now, proratedCreditMinor: credit };
  });
}
