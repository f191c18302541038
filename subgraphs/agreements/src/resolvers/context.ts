import type { SubgraphContext } from '../../../../common/subgraphServer';
import type { AgreementsLoaders } from '../store/loaders';

export type AgreementsContext = SubgraphContext<AgreementsLoaders>;
