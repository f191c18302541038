import type { DataSource } from 'typeorm';
import { pageOfQuery, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { ProductRow, type Deployment } from './entities';

export interface ProductSearch extends ConnectionArgs {
  search?: string | null;
  deployment?: Deployment | null;
}

/** One page of the public catalog, by name: two statements (page and count). */
export async function searchProducts(db: DataSource, args: ProductSearch): Promise<Connection<ProductRow>> {
  const qb = db.getRepository(ProductRow).createQueryBuilder('p');
  if (args.search) {
    // The store collates exactly (ids must not match case-insensitively), so search lowers both sides.
    const pattern = `%${args.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where('(LOWER(p.name) LIKE :pattern OR LOWER(p.family) LIKE :pattern)', { pattern });
  }
  if (args.deployment) qb.andWhere('p.deployment = :deployment', { deployment: args.deployment });
  return pageOfQuery(qb, (q) => q.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC'), args);
}
