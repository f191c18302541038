import { hasNewerVersion } from '../domain/downgradeRights';
import { countNewAlerts } from '../domain/myProducts';
import type { MyProductResolvers } from '../generated/resolvers';
import { existing } from '../store/loaders';
import { supportStatusOf } from '../store/registeredLicences';

export const MyProduct: MyProductResolvers = {
  product: (entry, _, ctx) => existing(ctx.loaders.productById.load(entry.productId), `product ${entry.productId}`),
  source: (entry) => entry.registeredVia,
  supportStatus: (entry, _, ctx) => supportStatusOf(ctx.loaders, entry, ctx.clock.now()),
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
    return files.map((file) => {
      const own = versions.find((v) => v.version === file.version);
      // A file of a version the catalog no longer lists is outdated as soon as any version is listed.
      return { ...file, newerVersionAvailable: own ? hasNewerVersion(versions, own.ordinal) : versions.length > 0 };
    });
  },
};
