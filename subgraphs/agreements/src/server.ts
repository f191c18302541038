import type { SubgraphDefinition } from '../../../common/subgraphServer';
import { resolvers } from './resolvers';
import { seedAgreements } from './seed';
import { agreementsStore } from './store';
import { agreementsEventHandlers } from './events';
import { createAgreementsLoaders, type AgreementsLoaders } from './store/loaders';

/** The agreements subgraph: organisations, agreements, licence lines. Built by `createSubgraphService`. */
export const agreementsSubgraph: SubgraphDefinition<AgreementsLoaders> = {
  name: 'agreements',
  store: agreementsStore,
  resolvers,
  createLoaders: (db) => createAgreementsLoaders(db),
  seed: seedAgreements,
  outbox: { handlers: agreementsEventHandlers },
};
