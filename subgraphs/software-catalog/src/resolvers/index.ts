import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { CatalogLoaders } from '../store/loaders';
import { Product } from './Product';
import { Query } from './Query';

export const resolvers: SubgraphResolvers<CatalogLoaders> = { Query, Product };
