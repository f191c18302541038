import { forbidden } from '../../../../common/errors';
import { canHandleKeys } from '../domain/keyAccess';
import type { SoftwareSubscriptionResolvers } from '../generated/resolvers';
import { subscriptionForReference } from '../store/entitlementAccess';
import type { EntitlementRow } from '../store/entities';
import type { SubscriptionView } from '../store/views';
import type { CatalogContext } from './context';

function requireKeyHandler(view: SubscriptionView, ctx: CatalogContext): EntitlementRow | null {
  if (!view.entitlement) return null;
  if (!canHandleKeys(ctx.viewer, view.entitlement)) {
    throw forbidden("Keys and downloads are for the customer's global admin and the reselling partner's admin agents (CSP-3).");
  }
  return view.entitlement;
}

export const SoftwareSubscription: SoftwareSubscriptionResolvers = {
  /** Scoped by the store: null for anonymous callers and other organisations, PROVISIONING before the entitlement arrives. */
  __resolveReference(ref, ctx) {
    return subscriptionForReference(ctx.loaders, ctx.viewer, ref.id);
  },
  entitlementStatus(view) {
    if (!view.entitlement) return 'PROVISIONING';
    return view.entitlement.revoked ? 'REVOKED' : 'ACTIVE';
  },
  entitledProduct(view, _, ctx) {
    return view.entitlement ? ctx.loaders.productById.load(view.entitlement.productId) : null;
  },
  entitlementKind: (view) => view.entitlement?.purchaseKind ?? null,
  entitledCustomerId: (view) => view.entitlement?.customerOrgId ?? null,
  entitledResellerId: (view) => view.entitlement?.partnerOrgId ?? null,
  viewerCanManageKeys: (view, _, ctx) => !!view.entitlement && canHandleKeys(ctx.viewer, view.entitlement),
  async productKeys(view, _, ctx) {
    const entitlement = requireKeyHandler(view, ctx);
    return entitlement ? ctx.loaders.keysBySubscriptionId.load(entitlement.subscriptionId) : [];
  },
  async downloadLinks(view, _, ctx) {
    const entitlement = requireKeyHandler(view, ctx);
    return entitlement ? ctx.loaders.linksBySubscriptionId.load(entitlement.subscriptionId) : [];
  },
};
