import { downgradeRights } from '../domain/downgradeRights';
import type { ProductVersionRow } from '../store/entities';
import type { CatalogContext } from './context';

const list = (csv: string): string[] => csv.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

export const ProductVersion = {
  languages: (v: ProductVersionRow): string[] => list(v.languages),
  editions: (v: ProductVersionRow): string[] => list(v.editions),
  /** CSP-6: the versions a licence of this one covers, from the product's depth. */
  async downgradeRights(v: ProductVersionRow, _: unknown, ctx: CatalogContext): Promise<ProductVersionRow[]> {
    const [product, versions] = await Promise.all([
      ctx.loaders.productById.load(v.productId),
      ctx.loaders.versionsByProductId.load(v.productId),
    ]);
    return downgradeRights(versions, v, product?.downgradeDepth ?? 0);
  },
};
