import type { SubgraphDefinition, SubgraphDeps } from '../../../common/subgraphServer';
import { runProactiveActivations } from './domain/activateBenefit';
import { resolvers } from './resolvers';
import { benefitsEventHandlers } from './events';
import { seedBenefits } from './seed';
import { benefitsStore } from './store';
import { createBenefitsLoaders, type BenefitsLoaders } from './store/loaders';

/** How often the PB-3 proactive activation job runs (hourly is plenty for a "within one month" rule). */
export const PROACTIVE_JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * PB-3 scheduled job: runs once at start, then every hour. A run in flight
 * is awaited on stop so the store is never closed under it.
 */
function proactiveActivationJob({ db, clock, logger }: SubgraphDeps): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => runProactiveActivations(db, clock.now(), logger))
      .catch((err: unknown) => logger.error({ err }, 'proactive activation job failed'));
  };
  run();
  const timer = setInterval(run, PROACTIVE_JOB_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** The partner-benefits subgraph: memberships, activation, benefit tiles. */
export const partnerBenefitsSubgraph: SubgraphDefinition<BenefitsLoaders> = {
  name: 'partner-benefits',
  store: benefitsStore,
  resolvers,
  createLoaders: (db) => createBenefitsLoaders(db),
  seed: seedBenefits,
  background: proactiveActivationJob,
  outbox: { handlers: benefitsEventHandlers },
};
