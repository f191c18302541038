import { downgradeRights } from '../domain/downgradeRights';
import type { ProductVersionResolvers } from '../generated/resolvers';

const list = (csv: string): string[] => csv.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

export const ProductVersion: ProductVersionResolvers = {
  languages: (v) => list(v.languages),
  editions: (v) => list(v.editions),
  /** CSP-6: the versions a licence of this one covers, from the product's depth. */
  async downgradeRights(v, _, ctx) {
    const [product, versions] = await Promise.all([
      ctx.loaders.productById.load(v.productId),
      ctx.loaders.versionsByProductId.load(v.productId),
    ]);
    return downgradeRights(versions, v, product?.downgradeDepth ?? 0);
  },
};
