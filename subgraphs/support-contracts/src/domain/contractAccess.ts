import type { Viewer } from '../../../../common/identity';
import type { SupportContract } from './supportContract';

/**
 * SUP-6: non-decrement is the support provider's decision, so only a support
 * engineer of the operator may close an incident that way. The role alone
 * says so: identity keeps `support_engineer` only for tokens of the
 * configured operator organisation (`OPERATOR_ORG_ID`, common/roles.ts).
 */
export function isOperatorSupportEngineer(viewer: Viewer): boolean {
  return viewer.roles.has('support_engineer');
}

/** SUP-11: the full Access ID / Contract ID only for members of the owning organisation; everyone else sees them masked. */
export function seesFullIds(viewer: Viewer | null, contract: Pick<SupportContract, 'organizationId'>): boolean {
  return !!viewer && viewer.orgId === contract.organizationId;
}

/** Roles that administer an organisation: global admin (customers), program admin (partners). */
export const OWNER_ADMIN_ROLES = ['global_admin', 'program_admin'] as const;

/** SUP-11: the owning organisation's admins list and revoke a contract's links. */
export function administersContract(viewer: Viewer | null, contract: Pick<SupportContract, 'organizationId'>): boolean {
  return !!viewer && viewer.orgId === contract.organizationId && OWNER_ADMIN_ROLES.some((r) => viewer.roles.has(r));
}
