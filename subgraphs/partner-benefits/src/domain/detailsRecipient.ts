import type { PartnerLocationRow } from '../store/entities';
import type { PackageKind, RecipientKind } from './kinds';

export interface DetailsRecipient {
  kind: RecipientKind;
  name: string;
  email: string;
}

/**
 * PB-4: a requested or proactive activation sends the details (with the
 * Access ID and Contract ID) to the headquarters program contact for core
 * benefits, to the location's program contact for a toolkit.
 */
export function programContactRecipient(kind: PackageKind, headquarters: PartnerLocationRow, location: PartnerLocationRow): DetailsRecipient {
  return kind === 'CORE'
    ? { kind: 'HEADQUARTERS_CONTACT', name: headquarters.contactName, email: headquarters.contactEmail }
    : { kind: 'LOCATION_CONTACT', name: location.contactName, email: location.contactEmail };
}

/**
 * PB-4: a package's location and the membership's headquarters among
 * `locations` (the location itself when none is marked); `null` when the
 * package's location is not on record.
 */
export function packageLocations(
  pkg: { locationId: string },
  locations: PartnerLocationRow[],
): { location: PartnerLocationRow; headquarters: PartnerLocationRow } | null {
  const location = locations.find((l) => l.id === pkg.locationId);
  const headquarters = locations.find((l) => l.isHeadquarters) ?? location;
  return location && headquarters ? { location, headquarters } : null;
}

/** PB-11: self-service sends the details to the signed-in user, or to the alternate e-mail given. */
export function selfServiceRecipient(viewer: { userId: string; email: string }, alternateEmail: string | null | undefined): DetailsRecipient {
  const alternate = alternateEmail?.trim();
  return alternate
    ? { kind: 'ALTERNATE_EMAIL', name: alternate, email: alternate }
    : { kind: 'SIGNED_IN_USER', name: viewer.userId, email: viewer.email };
}

/** A deliberately loose e-mail shape check: something@something.tld. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/**
 * SUP-10: a program contact's e-mail as a case shows it to the requester:
 * first character of the local part, then `**`, then the domain
 * (`ada@northwind.example` → `a**@northwind.example`).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}**${email.slice(at)}`;
}
