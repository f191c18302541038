/**
 * Roles and the kind of organisation each one counts in: the role table of
 * `shared/domain.md` ("Who may do what"), kept in this one place. "A role
 * counts only in the kind of organisation the table gives it": a token may
 * list any roles (the identity provider's role lists are not ours to trust
 * blindly), and the roles that do not fit the caller's organisation are
 * dropped before any resolver sees them, so no rule elsewhere has to ask
 * "is this global admin really a customer?".
 */

export const ROLES = [
  'global_admin',
  'notice_contact',
  'services_admin',
  'support_user',
  'admin_agent',
  'program_admin',
  'analyst',
  'support_engineer',
] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of organisation, as the identity provider labels them in the `org_kind` claim. */
export const ORGANIZATION_KINDS = ['CUSTOMER', 'PARTNER', 'OPERATOR'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * Where each role counts ("organisation" column of the role table). `ANY`:
 * every kind. Operator roles read or change every organisation's data, so on
 * top of the kind they also need the configured operator organisation id
 * (see `rolesThatCount`).
 */
export const ROLE_ORGANIZATION_KIND: Readonly<Record<Role, OrganizationKind | 'ANY'>> = {
  global_admin: 'CUSTOMER',
  notice_contact: 'CUSTOMER',
  services_admin: 'CUSTOMER',
  support_user: 'ANY',
  admin_agent: 'PARTNER',
  program_admin: 'PARTNER',
  analyst: 'OPERATOR',
  support_engineer: 'OPERATOR',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isOrganizationKind(value: unknown): value is OrganizationKind {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

/**
 * The roles of `claimed` that count for a member of `orgId`, an organisation
 * of `orgKind`; unknown and misfit roles are silently dropped (a token from a
 * wider identity provider may carry roles meant for other systems).
 *
 * The operator organisation is bound twice: by its kind and by its id
 * (`OPERATOR_ORG_ID`). A customer token mislabelled `OPERATOR` therefore gets
 * no operator role, and the operator organisation, whatever its label, gets
 * no customer or partner role.
 */
export function rolesThatCount(claimed: readonly unknown[], orgKind: OrganizationKind, orgId: string, operatorOrgId: string): Set<Role> {
  const isOperatorOrg = orgId === operatorOrgId;
  const fits = (role: Role): boolean => {
    const where = ROLE_ORGANIZATION_KIND[role];
    if (where === 'ANY') return true;
    if (where !== orgKind) return false;
    return where === 'OPERATOR' ? isOperatorOrg : !isOperatorOrg;
  };
  return new Set(claimed.filter(isRole).filter(fits));
}
