import type { EventHandlers } from '../../../common/outbox';
import { grantEntitlement, revokeEntitlement } from './domain/entitlements';
import type { PurchaseKind } from './store/entities';

/** `SoftwarePurchased` from agreements (CSP-1). */
interface SoftwarePurchased {
  subscriptionId: string;
  customerId: string;
  partnerId: string;
  productId: string;
  kind: PurchaseKind;
  quantity: number;
}

/** `SoftwarePurchaseCancelled` from agreements (CSP-2). */
interface SoftwarePurchaseCancelled {
  subscriptionId: string;
}

/**
 * Events this store applies (POST /events, docs/outbox.md). The relay
 * delivers one destination's events in order, so a cancellation always
 * arrives after its purchase.
 */
export const catalogEventHandlers: EventHandlers = {
  /** CSP-1, CSP-3: the buyer's entitlement to keys and downloads. */
  async SoftwarePurchased(tx, event, { clock }) {
    const p = event.payload as unknown as SoftwarePurchased;
    await grantEntitlement(
      tx,
      { subscriptionId: p.subscriptionId, customerOrgId: p.customerId, partnerOrgId: p.partnerId, productId: p.productId, purchaseKind: p.kind },
      clock.now(),
    );
  },
  /** CSP-2: cancelling revokes the keys. */
  async SoftwarePurchaseCancelled(tx, event, { clock }) {
    const p = event.payload as unknown as SoftwarePurchaseCancelled;
    const found = await revokeEntitlement(tx, p.subscriptionId, clock.now());
    // Never expected (purchases are delivered first): fail so the sender retries and logs it.
    if (!found) throw new Error(`no entitlement for subscription ${p.subscriptionId} to revoke`);
  },
};
