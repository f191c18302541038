import type { EventHandlers } from '../../../common/outbox';
import { grantEntitlement, revokeEntitlement } from './store/entitlementCommands';
import { ProductRow, type PurchaseKind } from './store/entities';
import { addToMyProducts } from './store/myProductCommands';

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

/** `SupportIncidentOpened` from support-contracts (MP-1, MP-7): a user opened a service request. */
interface SupportIncidentOpened {
  incidentId: string;
  userId: string;
  organizationId: string;
  productId: string;
  openedAt: string;
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
  /**
   * MP-1: a service request puts its product in the requester's My Products,
   * dated when it was opened; a product already there keeps its first source.
   * The inbox applies each event once; the INSERT IGNORE makes a second
   * request for the same product change nothing either.
   */
  async SupportIncidentOpened(tx, event) {
    const p = event.payload as unknown as SupportIncidentOpened;
    // Support knows products the catalog may not list (yet): nothing to show, and nothing to retry.
    if (!(await tx.getRepository(ProductRow).existsBy({ id: p.productId }))) return;
    await addToMyProducts(tx, { userId: p.userId, orgId: p.organizationId, productId: p.productId, via: 'SERVICE_REQUEST' }, new Date(p.openedAt));
  },
};
