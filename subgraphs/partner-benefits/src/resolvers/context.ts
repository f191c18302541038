import type { SubgraphContext } from '../../../../common/subgraphServer';
import type { BenefitsLoaders } from '../store/loaders';

export type BenefitsContext = SubgraphContext<BenefitsLoaders>;
