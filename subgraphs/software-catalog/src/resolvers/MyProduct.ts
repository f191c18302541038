import { connectionFromArray, type ConnectionArgs } from '../../../../common/connection';
import { hasNewerVersion } from '../domain/downgradeRights';
import { countNewAlerts, licenceSupportStatus, licenseActionFor, productSupportStatus, type SupportStatus } from '../domain/myProducts';
import type { LicenceRegistrationRow, LicenceRow, MyProductRow, SoftwareDownloadRow } from '../store/entities';
import type { CatalogContext } from './context';

/** A registered licence joined with its licence row (MP-5). */
interface RegisteredLicence {
  registration: LicenceRegistrationRow;
  licence: LicenceRow;
}

/** The viewer's licences of a product: two batched statements for a whole page of products. */
async function registeredLicences(entry: MyProductRow, ctx: CatalogContext): Promise<RegisteredLicence[]> {
  const registrations = await ctx.loaders.myRegistrationsByProductId.load(entry.productId);
  const licences = await ctx.loaders.licenceByNumber.loadMany(registrations.map((r) => r.licenseNumber));
  const out: RegisteredLicence[] = [];
  registrations.forEach((registration, i) => {
    const licence = licences[i];
    // A licence of another organisation never shows, even if a row says it was registered.
    if (licence && !(licence instanceof Error) && licence.orgId === entry.orgId) out.push({ registration, licence });
  });
  return out;
}

async function supportStatusOf(entry: MyProductRow, ctx: CatalogContext): Promise<SupportStatus> {
  const licences = await registeredLicences(entry, ctx);
  return productSupportStatus(licences.map((l) => l.licence.renewalDate), ctx.clock.now());
}

export const MyProduct = {
  product: (entry: MyProductRow, _: unknown, ctx: CatalogContext) => ctx.loaders.productById.load(entry.productId),
  source: (entry: MyProductRow) => entry.registeredVia,
  supportStatus: (entry: MyProductRow, _: unknown, ctx: CatalogContext) => supportStatusOf(entry, ctx),
  licenseStatus: (entry: MyProductRow) => entry,
  async newAlertCount(entry: MyProductRow, _: unknown, ctx: CatalogContext): Promise<number> {
    if (!entry.alertsOptIn) return 0;
    const alerts = await ctx.loaders.alertsByProductId.load(entry.productId);
    return countNewAlerts(alerts.map((a) => a.publishedAt), entry.lastVisitedAt);
  },
  /**
   * MP-8. Downloads and versions are asked for together, in the tick every
   * entry of the page resolves: one batch each, whatever the page holds.
   */
  async lastDownloads(entry: MyProductRow, _: unknown, ctx: CatalogContext) {
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

export const LicenseStatus = {
  async actionNeeded(entry: MyProductRow, _: unknown, ctx: CatalogContext) {
    return licenseActionFor(await supportStatusOf(entry, ctx));
  },
  async licenses(entry: MyProductRow, args: ConnectionArgs, ctx: CatalogContext) {
    const now = ctx.clock.now();
    const rows = (await registeredLicences(entry, ctx)).map(({ registration, licence }) => ({
      licenseNumber: licence.licenseNumber,
      renewalDate: licence.renewalDate,
      supportStatus: licenceSupportStatus(licence.renewalDate, now),
      userGroup: licence.userGroup,
      role: registration.role,
    }));
    return connectionFromArray(rows, args, 50, 500);
  },
};
