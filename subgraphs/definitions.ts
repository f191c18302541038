import type { SubgraphName } from '../common/services';
import type { SubgraphDefinition } from '../common/subgraphServer';
import { agreementsSubgraph } from './agreements/src/server';
import { supportContractsSubgraph } from './support-contracts/src/server';
import { softwareCatalogSubgraph } from './software-catalog/src/server';
import { partnerBenefitsSubgraph } from './partner-benefits/src/server';

// Each definition has its own loader type; whoever reads this map only opens stores or starts services.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any>;

/** The four subgraph definitions by name, for the test harness and the benchmark. */
export const SUBGRAPH_DEFINITIONS: Record<SubgraphName, AnySubgraphDefinition> = {
  agreements: agreementsSubgraph,
  'support-contracts': supportContractsSubgraph,
  'software-catalog': softwareCatalogSubgraph,
  'partner-benefits': partnerBenefitsSubgraph,
};
