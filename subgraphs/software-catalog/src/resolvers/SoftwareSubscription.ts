import { forbidden } from '../../../../common/errors';
import { canHandleKeys, canReadEntitlement } from '../domain/keyAccess';
import type { SoftwareSubscriptionResolvers } from '../generated/resolvers';
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
  /**
   * Anonymous callers and other organisations get null: `_entities` is no
   * back door. A signed-in caller asking about a purchase whose entitlement
   * has not arrived yet gets PROVISIONING and nothing else.
   */
  async __resolveReference(ref, ctx) {
    if (!ctx.viewer) return null;
    const entitlement = await ctx.loaders.entitlementById.load(ref.id);
    if (!entitlement) return { id: ref.id, entitlement: null };
    return canReadEntitlement(ctx.viewer, entitlement) ? { id: ref.id, entitlement } : null;
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
  viewerCanManageKeys: (view, _, ctx) =>
    !!view.entitlement && canHandleKeys(ctx.viewer, view.entitlement),
  async productKeys(view, _, ctx) {
    const entitlement = requireKeyHandler(view, ctx);
    return entitlement ? ctx.loaders.keysBySubscriptionId.load(entitlement.subscriptionId) : [];
  },
  async downloadLinks(view, _, ctx) {
    const entitlement = requireKeyHandler(view, ctx);
    return entitlement ? ctx.loaders.linksBySubscriptionId.load(entitlement.subscriptionId) : [];
  },
};
