import type { DataSource } from 'typeorm';
import { pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { selectPage, type SqlValue } from '../../../../common/selectRows';
import type { Deployment, ProductRow } from './entities';
import { PRODUCT_COLUMNS, readProduct, type ProductRecord } from './productRecords';

export interface ProductSearch extends ConnectionArgs {
  search?: string | null;
  deployment?: Deployment | null;
}

/** One page of the public catalog, by name, with its total: one statement (the window is checked first). */
export async function searchProducts(db: DataSource, args: ProductSearch): Promise<Connection<ProductRow>> {
  const window = pageWindow(args);
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (args.search) {
    // The store collates exactly (ids must not match case-insensitively), so search lowers both sides.
    const pattern = `%${args.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push('(LOWER(p.name) LIKE ? OR LOWER(p.family) LIKE ?)');
    params.push(pattern, pattern);
  }
  if (args.deployment) {
    conditions.push('p.deployment = ?');
    params.push(args.deployment);
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  const { rows, total } = await selectPage<ProductRecord>(db, { columns: PRODUCT_COLUMNS, from: `FROM product p${where}`, params, orderBy: 'p.name ASC, p.id ASC' }, window);
  return toConnection(rows.map(readProduct), total, window);
}
