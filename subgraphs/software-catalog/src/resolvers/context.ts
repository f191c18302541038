import type { SubgraphContext } from '../../../../common/subgraphServer';
import type { CatalogLoaders } from '../store/loaders';

export type CatalogContext = SubgraphContext<CatalogLoaders>;
