import { badInput } from '../../../../common/errors';
import { searchProducts, type ProductSearch } from '../store/productQueries';
import type { ProductRow } from '../store/entities';
import type { CatalogContext } from './context';

export const Query = {
  products(_: unknown, args: ProductSearch, ctx: CatalogContext) {
    if (args.search && args.search.length > 100) throw badInput('search is limited to 100 characters.', 'search');
    return searchProducts(ctx.db, args);
  },
  product(_: unknown, args: { id: string }, ctx: CatalogContext): Promise<ProductRow | null> {
    return ctx.loaders.productById.load(args.id);
  },
};
