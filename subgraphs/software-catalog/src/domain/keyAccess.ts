import { hasAnyRole, type Viewer } from '../../../../common/identity';

/** The two organisations an entitlement concerns. */
export interface EntitlementParties {
  customerOrgId: string;
  partnerOrgId: string;
}

/** Who may see that an entitlement exists: the buyer, the reseller, and the operator's analysts (read-only). */
export function canReadEntitlement(viewer: Viewer | null, ent: EntitlementParties): boolean {
  if (!viewer) return false;
  return viewer.orgId === ent.customerOrgId || viewer.orgId === ent.partnerOrgId || viewer.roles.has('analyst');
}

/**
 * CSP-3: keys and download links are for the customer's global admin and the
 * reselling partner's admin agents, nobody else — not other users of either
 * organisation, not analysts (keys are secrets), not other partners.
 */
export function canHandleKeys(viewer: Viewer | null, ent: EntitlementParties): boolean {
  if (!viewer) return false;
  if (viewer.orgId === ent.customerOrgId && hasAnyRole(viewer, 'global_admin')) return true;
  return viewer.orgId === ent.partnerOrgId && hasAnyRole(viewer, 'admin_agent');
}
