import type { SubgraphDefinition, SubgraphDeps } from '../../../common/subgraphServer';
import { runProactiveActivations } from './store/activationCommands';
import { rerequestDelayedContracts } from './store/contractRecheck';
import { scheduledJob } from './scheduledJob';
import { resolvers } from './resolvers';
import { benefitsEventHandlers } from './events';
import { seedBenefits } from './seed';
import { benefitsStore } from './store';
import { createBenefitsLoaders, type BenefitsLoaders } from './store/loaders';

/** How often the PB-3 proactive activation job runs (hourly is plenty for a "within one month" rule). */
export const PROACTIVE_JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Background work, each job run once at start and then periodically, with
 * the service clock: PB-3 proactive activation (hourly), and the PB-5/6
 * recheck that asks again for contracts overdue past the propagation window
 * (`BENEFIT_CONTRACT_RECHECK_MS`). Runs in flight are awaited on stop.
 */
function backgroundJobs({ db, clock, logger, config }: SubgraphDeps): { stop(): Promise<void> } {
  const jobs = [
    scheduledJob('proactive activation', PROACTIVE_JOB_INTERVAL_MS, () => runProactiveActivations(db, clock.now(), logger), logger),
    scheduledJob('benefit contract recheck', config.benefitContractRecheckMs, () => rerequestDelayedContracts(db, clock.now(), logger), logger),
  ];
  return {
    async stop() {
      await Promise.all(jobs.map((j) => j.stop()));
    },
  };
}

/** The partner-benefits subgraph: memberships, activation, benefit tiles. */
export const partnerBenefitsSubgraph: SubgraphDefinition<BenefitsLoaders> = {
  name: 'partner-benefits',
  store: benefitsStore,
  resolvers,
  createLoaders: (db, viewer) => createBenefitsLoaders(db, viewer),
  seed: seedBenefits,
  background: backgroundJobs,
  outbox: { handlers: benefitsEventHandlers },
};
