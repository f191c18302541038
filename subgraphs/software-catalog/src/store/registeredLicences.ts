import { productSupportStatus, type SupportStatus } from '../domain/myProducts';
import { strongerRole, type LicenseRole } from '../domain/userGroups';
import type { LicenceRow, MyProductRow } from './entities';
import type { CatalogLoaders } from './loaders';

/** A licence on the user's account (MP-5): registered by them or given through a user group (MP-9). */
export interface RegisteredLicence {
  licence: LicenceRow;
  /** The group the user holds it through, else the licence's own group label. */
  userGroup: string;
  role: LicenseRole;
}

/**
 * The viewer's licences of a product: registrations and current group
 * memberships (the memberships are loaded once per request), then the
 * licences in one batch for the whole page. One row per licence number;
 * a licence of another organisation than the entry's never shows.
 */
export async function registeredLicences(loaders: CatalogLoaders, entry: MyProductRow): Promise<RegisteredLicence[]> {
  const [registrations, memberships] = await Promise.all([
    loaders.myRegistrationsByProductId.load(entry.productId),
    loaders.myGroupMemberships(),
  ]);
  const held = new Map<string, { role: LicenseRole; group: string | null }>();
  for (const r of registrations) held.set(r.licenseNumber, { role: r.role, group: null });
  for (const m of memberships) {
    if (m.productId !== entry.productId || m.removedAt !== null) continue;
    const before = held.get(m.licenseNumber);
    held.set(m.licenseNumber, { role: before ? strongerRole(before.role, m.role) : m.role, group: before?.group ?? m.groupName });
  }
  const numbers = [...held.keys()].sort();
  const licences = await loaders.licenceByNumber.loadMany(numbers);
  const out: RegisteredLicence[] = [];
  numbers.forEach((number, i) => {
    const licence = licences[i];
    const h = held.get(number) as { role: LicenseRole; group: string | null };
    // A licence of another organisation never shows, even if a row says it was registered.
    if (licence && !(licence instanceof Error) && licence.orgId === entry.orgId) out.push({ licence, userGroup: h.group ?? licence.userGroup, role: h.role });
  });
  return out;
}

/** MP-4: a My Products entry's support status from the viewer's licences of it, as of `now`. */
export async function supportStatusOf(loaders: CatalogLoaders, entry: MyProductRow, now: Date): Promise<SupportStatus> {
  const licences = await registeredLicences(loaders, entry);
  return productSupportStatus(licences.map((l) => l.licence.renewalDate), now);
}
