import type { SubgraphDefinition } from '../../../common/subgraphServer';
import { resolvers } from './resolvers';
import { supportEventHandlers } from './events';
import { seedSupport } from './seed';
import { supportStore } from './store';
import { createSupportLoaders, type SupportLoaders } from './store/loaders';

/** The support-contracts subgraph: contracts, balances, incidents. */
export const supportContractsSubgraph: SubgraphDefinition<SupportLoaders> = {
  name: 'support-contracts',
  store: supportStore,
  resolvers,
  createLoaders: (db, viewer) => createSupportLoaders(db, viewer),
  seed: seedSupport,
  outbox: { handlers: supportEventHandlers },
};
