import { domainError, ErrorCode, forbidden, notFound } from '../../../../common/errors';
import { requireViewer, type Viewer } from '../../../../common/identity';
import { canHandleKeys, canReadEntitlement } from '../domain/keyAccess';
import type { EntitlementRow } from '../store/entities';
import type { CatalogContext } from './context';

/**
 * The entitlement behind a subscription, for someone who may handle its keys
 * and links (CSP-3). Unknown or another organisation's: NOT_FOUND (existence
 * is not leaked); visible but not allowed (another role, an analyst):
 * FORBIDDEN; cancelled: CONFLICT.
 */
export async function entitlementForKeyHandling(
  ctx: CatalogContext,
  subscriptionId: string,
): Promise<{ viewer: Viewer; entitlement: EntitlementRow }> {
  const viewer = requireViewer(ctx.viewer);
  const entitlement = await ctx.loaders.entitlementById.load(subscriptionId);
  if (!entitlement || !canReadEntitlement(viewer, entitlement)) throw notFound('No such software subscription.');
  if (!canHandleKeys(viewer, entitlement)) {
    throw forbidden("Keys and downloads are for the customer's global admin and the reselling partner's admin agents (CSP-3).");
  }
  if (entitlement.revoked) throw domainError(ErrorCode.CONFLICT, 'This purchase was cancelled: its keys are revoked (CSP-2).');
  return { viewer, entitlement };
}
