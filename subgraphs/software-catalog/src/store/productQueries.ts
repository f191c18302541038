import type { DataSource } from 'typeorm';
import { pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { ProductRow, type Deployment } from './entities';

export interface ProductSearch extends ConnectionArgs {
  search?: string | null;
  deployment?: Deployment | null;
}

/** One page of the public catalog, by name: two statements (page and count). */
export async function searchProducts(db: DataSource, args: ProductSearch): Promise<Connection<ProductRow>> {
  const window = pageWindow(args);
  const qb = db.getRepository(ProductRow).createQueryBuilder('p');
  if (args.search) {
    // The store collates exactly (ids must not match case-insensitively), so search lowers both sides.
    const pattern = `%${args.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where('(LOWER(p.name) LIKE :pattern OR LOWER(p.family) LIKE :pattern)', { pattern });
  }
  if (args.deployment) qb.andWhere('p.deployment = :deployment', { deployment: args.deployment });
  const [rows, total] = await Promise.all([
    qb.clone().orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').offset(window.offset).limit(window.limit).getMany(),
    qb.getCount(),
  ]);
  return toConnection(rows, total, window);
}
