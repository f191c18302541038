import { In, type DataSource } from 'typeorm';
import { entityLoader } from '../../../../common/loaders';
import { ProductRow } from './entities';

/** Per-request loaders of the software-catalog subgraph. */
export function createCatalogLoaders(db: DataSource) {
  return {
    productById: entityLoader(
      (ids: readonly string[]) => db.getRepository(ProductRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
