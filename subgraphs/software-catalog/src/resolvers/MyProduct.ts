import { connectionFromArray } from '../../../../common/connection';
import { hasNewerVersion } from '../domain/downgradeRights';
import { countNewAlerts, licenceSupportStatus, licenseActionFor, productSupportStatus, type SupportStatus } from '../domain/myProducts';
import { strongerRole } from '../domain/userGroups';
import type { LicenseStatusResolvers, MyProductResolvers } from '../generated/resolvers';
import type { LicenceRow, LicenseRole, MyProductRow, SoftwareDownloadRow } from '../store/entities';
import { existing } from '../store/loaders';
import type { RegisteredLicenseView } from '../store/views';
import type { CatalogContext } from './context';

/** A licence on the user's account (MP-5): registered by them or given through a user group (MP-9). */
interface RegisteredLicence {
  licence: LicenceRow;
  /** The group the user holds it through, else the licence's own group label. */
  userGroup: string;
  role: LicenseRole;
}

/**
 * The viewer's licences of a product: registrations and current group
 * memberships (the memberships are loaded once per request), then the
 * licences in one batch for the whole page. One row per licence number.
 */
async function registeredLicences(entry: MyProductRow, ctx: CatalogContext): Promise<RegisteredLicence[]> {
  const [registrations, memberships] = await Promise.all([
    ctx.loaders.myRegistrationsByProductId.load(entry.productId),
    ctx.loaders.myGroupMemberships(),
  ]);
  const held = new Map<string, { role: LicenseRole; group: string | null }>();
  for (const r of registrations) held.set(r.licenseNumber, { role: r.role, group: null });
  for (const m of memberships) {
    if (m.productId !== entry.productId || m.removedAt !== null) continue;
    const before = held.get(m.licenseNumber);
    held.set(m.licenseNumber, { role: before ? strongerRole(before.role, m.role) : m.role, group: before?.group ?? m.groupName });
  }
  const numbers = [...held.keys()].sort();
  const licences = await ctx.loaders.licenceByNumber.loadMany(numbers);
  const out: RegisteredLicence[] = [];
  numbers.forEach((number, i) => {
    const licence = licences[i];
    const h = held.get(number) as { role: LicenseRole; group: string | null };
    // A licence of another organisation never shows, even if a row says it was registered.
    if (licence && !(licence instanceof Error) && licence.orgId === entry.orgId) out.push({ licence, userGroup: h.group ?? licence.userGroup, role: h.role });
  });
  return out;
}

async function supportStatusOf(entry: MyProductRow, ctx: CatalogContext): Promise<SupportStatus> {
  const licences = await registeredLicences(entry, ctx);
  return productSupportStatus(licences.map((l) => l.licence.renewalDate), ctx.clock.now());
}

export const MyProduct: MyProductResolvers = {
  product: (entry, _, ctx) => existing(ctx.loaders.productById.load(entry.productId), `product ${entry.productId}`),
  source: (entry) => entry.registeredVia,
  supportStatus: (entry, _, ctx) => supportStatusOf(entry, ctx),
  licenseStatus: (entry) => entry,
  async newAlertCount(entry, _, ctx) {
    if (!entry.alertsOptIn) return 0;
    const alerts = await ctx.loaders.alertsByProductId.load(entry.productId);
    return countNewAlerts(alerts.map((a) => a.publishedAt), entry.lastVisitedAt);
  },
  /**
   * MP-8. Downloads and versions are asked for together, in the tick every
   * entry of the page resolves: one batch each, whatever the page holds.
   */
  async lastDownloads(entry, _, ctx) {
    const [files, versions] = await Promise.all([
      ctx.loaders.myRecentDownloadsByProductId.load(entry.productId),
      ctx.loaders.versionsByProductId.load(entry.productId),
    ]);
    return files.map((file: SoftwareDownloadRow) => {
      const own = versions.find((v) => v.version === file.version);
      // A file of a version the catalog no longer lists is outdated as soon as any version is listed.
      return { ...file, newerVersionAvailable: own ? hasNewerVersion(versions, own.ordinal) : versions.length > 0 };
    });
  },
};

export const LicenseStatus: LicenseStatusResolvers = {
  async actionNeeded(entry, _, ctx) {
    return licenseActionFor(await supportStatusOf(entry, ctx));
  },
  async licenses(entry, args, ctx) {
    const now = ctx.clock.now();
    const rows = (await registeredLicences(entry, ctx)).map(({ licence, userGroup, role }): RegisteredLicenseView => ({
      licenseNumber: licence.licenseNumber,
      renewalDate: licence.renewalDate,
      supportStatus: licenceSupportStatus(licence.renewalDate, now),
      userGroup,
      role,
    }));
    return connectionFromArray(rows, args, 50, 500);
  },
};
