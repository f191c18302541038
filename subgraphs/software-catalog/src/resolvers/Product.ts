import type { ProductRow } from '../store/entities';
import type { CatalogContext } from './context';

export const Product = {
  /** The catalog is public: any caller may resolve a product. */
  __resolveReference(ref: { id: string }, ctx: CatalogContext): Promise<ProductRow | null> {
    return ctx.loaders.productById.load(ref.id);
  },
};
