import { connectionFromArray, type ConnectionArgs } from '../../../../common/connection';
import { latestVersion } from '../domain/downgradeRights';
import type { ProductRow, ProductVersionRow } from '../store/entities';
import type { CatalogContext } from './context';

export const Product = {
  /** The catalog is public: any caller may resolve a product. */
  __resolveReference(ref: { id: string }, ctx: CatalogContext): Promise<ProductRow | null> {
    return ctx.loaders.productById.load(ref.id);
  },
  versions(product: ProductRow, _: unknown, ctx: CatalogContext): Promise<ProductVersionRow[]> {
    return ctx.loaders.versionsByProductId.load(product.id);
  },
  async latestVersion(product: ProductRow, _: unknown, ctx: CatalogContext): Promise<ProductVersionRow | null> {
    return latestVersion(await ctx.loaders.versionsByProductId.load(product.id));
  },
  downgradeDepth(product: ProductRow): number {
    return product.downgradeDepth ?? 0;
  },
  async alerts(product: ProductRow, args: ConnectionArgs, ctx: CatalogContext) {
    return connectionFromArray(await ctx.loaders.alertsByProductId.load(product.id), args);
  },
};
