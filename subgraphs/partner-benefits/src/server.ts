import type { SubgraphDefinition } from '../../../common/subgraphServer';
import { resolvers } from './resolvers';
import { seedBenefits } from './seed';
import { benefitsStore } from './store';
import { createBenefitsLoaders, type BenefitsLoaders } from './store/loaders';

/** The partner-benefits subgraph: memberships, activation, benefit tiles. */
export const partnerBenefitsSubgraph: SubgraphDefinition<BenefitsLoaders> = {
  name: 'partner-benefits',
  store: benefitsStore,
  resolvers,
  createLoaders: (db) => createBenefitsLoaders(db),
  seed: seedBenefits,
};
