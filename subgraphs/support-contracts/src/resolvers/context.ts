import type { SubgraphContext } from '../../../../common/subgraphServer';
import type { SupportLoaders } from '../store/loaders';

export type SupportContext = SubgraphContext<SupportLoaders>;
