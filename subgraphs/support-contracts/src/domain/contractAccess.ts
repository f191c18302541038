import { DEMO_ORGS } from '../../../../common/demo/organizations';
import type { Viewer } from '../../../../common/identity';
import type { SupportContractRow } from '../store/entities';

/**
 * The organisation that runs the support service (SUP-6). There is no
 * configuration value for it: organisation ids are shared by every store and
 * defined once in `common/demo/organizations.ts`, so that id is the operator's.
 */
export const OPERATOR_ORG_ID: string = DEMO_ORGS.operator.id;

/**
 * SUP-6: non-decrement is the support provider's decision, so only a support
 * engineer of the operator may close an incident that way. Both the role and
 * the organisation are checked here (a role only counts in the organisation
 * kind the role table gives it).
 */
export function isOperatorSupportEngineer(viewer: Viewer): boolean {
  return viewer.orgId === OPERATOR_ORG_ID && viewer.roles.has('support_engineer');
}

/** SUP-11: the full Access ID / Contract ID only for members of the owning organisation; everyone else sees them masked. */
export function seesFullIds(viewer: Viewer | null, contract: Pick<SupportContractRow, 'organizationId'>): boolean {
  return !!viewer && viewer.orgId === contract.organizationId;
}

/** Roles that administer an organisation: global admin (customers), program admin (partners). */
export const OWNER_ADMIN_ROLES = ['global_admin', 'program_admin'] as const;

/** SUP-11: the owning organisation's admins list and revoke a contract's links. */
export function administersContract(viewer: Viewer | null, contract: Pick<SupportContractRow, 'organizationId'>): boolean {
  return !!viewer && viewer.orgId === contract.organizationId && OWNER_ADMIN_ROLES.some((r) => viewer.roles.has(r));
}
