import { connectionFromArray } from '../../../../common/connection';
import { latestVersion } from '../domain/downgradeRights';
import type { ProductResolvers } from '../generated/resolvers';

export const Product: ProductResolvers = {
  /** The catalog is public: any caller may resolve a product. */
  __resolveReference(ref, ctx) {
    return ctx.loaders.productById.load(ref.id);
  },
  versions(product, _, ctx) {
    return ctx.loaders.versionsByProductId.load(product.id);
  },
  async latestVersion(product, _, ctx) {
    return latestVersion(await ctx.loaders.versionsByProductId.load(product.id));
  },
  downgradeDepth(product) {
    return product.downgradeDepth ?? 0;
  },
  async alerts(product, args, ctx) {
    return connectionFromArray(await ctx.loaders.alertsByProductId.load(product.id), args);
  },
};
