import { forbidden } from '../../../../common/errors';
import { canHandleKeys, canReadEntitlement } from '../domain/keyAccess';
import type { DownloadLinkRow, EntitlementRow, ProductKeyRow, ProductRow } from '../store/entities';
import type { CatalogContext } from './context';

/**
 * A subscription as this subgraph sees it. `entitlement` is null while the
 * purchase event has not landed yet (status PROVISIONING).
 */
export interface SubscriptionView {
  id: string;
  entitlement: EntitlementRow | null;
}

function requireKeyHandler(view: SubscriptionView, ctx: CatalogContext): EntitlementRow | null {
  if (!view.entitlement) return null;
  if (!canHandleKeys(ctx.viewer, view.entitlement)) {
    throw forbidden("Keys and downloads are for the customer's global admin and the reselling partner's admin agents (CSP-3).");
  }
  return view.entitlement;
}

export const SoftwareSubscription = {
  /**
   * Anonymous callers and other organisations get null: `_entities` is no
   * back door. A signed-in caller asking about a purchase whose entitlement
   * has not arrived yet gets PROVISIONING and nothing else.
   */
  async __resolveReference(ref: { id: string }, ctx: CatalogContext): Promise<SubscriptionView | null> {
    if (!ctx.viewer) return null;
    const entitlement = await ctx.loaders.entitlementById.load(ref.id);
    if (!entitlement) return { id: ref.id, entitlement: null };
    return canReadEntitlement(ctx.viewer, entitlement) ? { id: ref.id, entitlement } : null;
  },
  entitlementStatus(view: SubscriptionView): string {
    if (!view.entitlement) return 'PROVISIONING';
    return view.entitlement.revoked ? 'REVOKED' : 'ACTIVE';
  },
  entitledProduct(view: SubscriptionView, _: unknown, ctx: CatalogContext): Promise<ProductRow | null> | null {
    return view.entitlement ? ctx.loaders.productById.load(view.entitlement.productId) : null;
  },
  entitlementKind: (view: SubscriptionView) => view.entitlement?.purchaseKind ?? null,
  entitledCustomerId: (view: SubscriptionView) => view.entitlement?.customerOrgId ?? null,
  entitledResellerId: (view: SubscriptionView) => view.entitlement?.partnerOrgId ?? null,
  viewerCanManageKeys: (view: SubscriptionView, _: unknown, ctx: CatalogContext): boolean =>
    !!view.entitlement && canHandleKeys(ctx.viewer, view.entitlement),
  async productKeys(view: SubscriptionView, _: unknown, ctx: CatalogContext): Promise<ProductKeyRow[]> {
    const entitlement = requireKeyHandler(view, ctx);
    return entitlement ? ctx.loaders.keysBySubscriptionId.load(entitlement.subscriptionId) : [];
  },
  async downloadLinks(view: SubscriptionView, _: unknown, ctx: CatalogContext): Promise<DownloadLinkRow[]> {
    const entitlement = requireKeyHandler(view, ctx);
    return entitlement ? ctx.loaders.linksBySubscriptionId.load(entitlement.subscriptionId) : [];
  },
};

/** Wraps an entitlement row for the SoftwareSubscription resolvers. */
export function subscriptionView(entitlement: EntitlementRow): SubscriptionView {
  return { id: entitlement.subscriptionId, entitlement };
}
