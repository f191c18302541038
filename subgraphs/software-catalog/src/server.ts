import type { SubgraphDefinition } from '../../../common/subgraphServer';
import { resolvers } from './resolvers';
import { catalogEventHandlers } from './events';
import { seedCatalog } from './seed';
import { catalogStore } from './store';
import { createCatalogLoaders, type CatalogLoaders } from './store/loaders';

/** The software-catalog subgraph: products (public), keys and downloads, My Products. */
export const softwareCatalogSubgraph: SubgraphDefinition<CatalogLoaders> = {
  name: 'software-catalog',
  store: catalogStore,
  resolvers,
  createLoaders: (db, viewer, clock) => createCatalogLoaders(db, viewer, clock),
  seed: seedCatalog,
  outbox: { handlers: catalogEventHandlers },
};
