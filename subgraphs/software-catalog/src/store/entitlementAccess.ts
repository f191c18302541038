import { domainError, ErrorCode, forbidden, notFound } from '../../../../common/errors';
import { requireViewer, type Viewer } from '../../../../common/identity';
import { canHandleKeys, canReadEntitlement } from '../domain/keyAccess';
import type { EntitlementRow } from './entities';
import type { CatalogLoaders } from './loaders';
import type { SubscriptionView } from './views';

/**
 * Who may see which entitlement, in one place: every read of an entitlement
 * by subscription id goes through here (the paged list scopes in its query,
 * `entitlementsVisibleTo`).
 */

/**
 * A subscription for `_entities`. Anonymous callers and other organisations
 * get null: `_entities` is no back door. A signed-in caller asking about a
 * purchase whose entitlement has not arrived yet gets one without it
 * (PROVISIONING).
 */
export async function subscriptionForReference(loaders: CatalogLoaders, viewer: Viewer | null, id: string): Promise<SubscriptionView | null> {
  if (!viewer) return null;
  const entitlement = await loaders.entitlementById.load(id);
  if (!entitlement) return { id, entitlement: null };
  return canReadEntitlement(viewer, entitlement) ? { id, entitlement } : null;
}

/** An entitlement the viewer may see; unknown or another organisation's: NOT_FOUND. */
export async function readableEntitlement(loaders: CatalogLoaders, viewer: Viewer, subscriptionId: string): Promise<EntitlementRow> {
  const entitlement = await loaders.entitlementById.load(subscriptionId);
  if (!entitlement || !canReadEntitlement(viewer, entitlement)) throw notFound('No such software subscription.');
  return entitlement;
}

/**
 * The entitlement behind a subscription, for someone who may handle its keys
 * and links (CSP-3). Unknown or another organisation's: NOT_FOUND (existence
 * is not leaked); visible but not allowed (another role, an analyst):
 * FORBIDDEN; cancelled: CONFLICT.
 */
export async function entitlementForKeyHandling(
  loaders: CatalogLoaders,
  caller: Viewer | null,
  subscriptionId: string,
): Promise<{ viewer: Viewer; entitlement: EntitlementRow }> {
  const viewer = requireViewer(caller);
  const entitlement = await readableEntitlement(loaders, viewer, subscriptionId);
  if (!canHandleKeys(viewer, entitlement)) {
    throw forbidden("Keys and downloads are for the customer's global admin and the reselling partner's admin agents (CSP-3).");
  }
  if (entitlement.revoked) throw domainError(ErrorCode.CONFLICT, 'This purchase was cancelled: its keys are revoked (CSP-2).');
  return { viewer, entitlement };
}
