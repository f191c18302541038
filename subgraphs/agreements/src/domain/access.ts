import type { Viewer } from '../../../../common/identity';

/**
 * Who may read or change what in the agreements store ("Who may do what"
 * in domain.md). Pure predicates: resolvers decide which error to raise.
 */

/** Members of the organisation and analysts read its agreements; nobody else. */
export function canReadAgreementsOf(viewer: Viewer | null, organizationId: string): boolean {
  return !!viewer && (viewer.orgId === organizationId || viewer.roles.has('analyst'));
}

/** Mutations are for members of the owning organisation only; analysts never mutate. */
export function isMemberOf(viewer: Viewer | null, organizationId: string): boolean {
  return !!viewer && viewer.orgId === organizationId;
}

/** A CSP purchase is visible to its customer, its reselling partner and analysts. */
export function canReadSubscription(viewer: Viewer | null, s: { customerId: string; partnerId: string }): boolean {
  return !!viewer && (viewer.orgId === s.customerId || viewer.orgId === s.partnerId || viewer.roles.has('analyst'));
}

/** E-mail addresses compare case-insensitively (the local part rarely matters in practice). */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= 254;
}
