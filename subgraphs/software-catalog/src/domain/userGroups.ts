import { hasAnyRole, type Viewer } from '../../../../common/identity';
/** A member's role on a licence (MP-9). */
export type LicenseRole = 'ADMINISTRATOR' | 'USER';

/** Longest user group name (the column's width). */
export const GROUP_NAME_MAX = 100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A member's e-mail as stored and compared: trimmed, lower case; null when it is not an address. */
export function normalizeMemberEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/** A group name as stored: trimmed, 1 to 100 characters; null otherwise. */
export function normalizeGroupName(value: string): string | null {
  const name = value.trim();
  return name.length > 0 && name.length <= GROUP_NAME_MAX ? name : null;
}

/** What a viewer holds on one licence through user groups. */
export interface HeldRole {
  role: LicenseRole;
  removedAt: Date | null;
}

/**
 * MP-9: a licence's administrators are the global admins of the organisation
 * holding it, and the users of that organisation to whom one of its groups
 * gives the ADMINISTRATOR role (the seed's "depending on your role for this
 * licence, you can create user groups"). The caller has already checked that
 * the licence belongs to the viewer's organisation.
 */
export function administersLicence(viewer: Viewer, heldOnLicence: readonly HeldRole[]): boolean {
  if (hasAnyRole(viewer, 'global_admin')) return true;
  return heldOnLicence.some((h) => h.removedAt === null && h.role === 'ADMINISTRATOR');
}

/** MP-5 with MP-9: one row per licence number; ADMINISTRATOR outranks USER. */
export function strongerRole(a: LicenseRole, b: LicenseRole): LicenseRole {
  return a === 'ADMINISTRATOR' || b === 'ADMINISTRATOR' ? 'ADMINISTRATOR' : 'USER';
}
