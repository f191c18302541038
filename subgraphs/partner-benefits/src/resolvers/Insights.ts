import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import { PROPAGATION_DAYS } from '../domain/tiles';
import type { QueryResolvers } from '../generated/resolvers';
import { activationInsights } from '../store/insightQueries';

const HOUR_S = 3600;
const DAY_MS = 86_400_000;

/** Hours, one decimal: analysts read waiting times in hours and days, not seconds. */
const hours = (seconds: number) => Math.round((seconds / HOUR_S) * 10) / 10;

/** Root fields for the operator's analysts (issue 17): waiting activations, never an id or a contact. */
export const InsightQuery: QueryResolvers = {
  async benefitActivationInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const now = ctx.clock.now();
    const rows = await activationInsights(ctx.db, {
      period: checkPeriod(args),
      now,
      // PB-5/6: past the propagation window a missing contract is late (the tile's PROVISIONING_DELAYED).
      delayedIfActivatedBy: new Date(now.getTime() - PROPAGATION_DAYS * DAY_MS),
      region: args.region,
      channel: args.channel,
      program: args.program,
    });
    return rows.map((r) => ({
      region: r.region,
      channel: r.channel,
      waiting: r.waiting,
      delayed: r.delayed,
      withinPropagationWindow: r.waiting - r.delayed,
      oldestWaitingHours: hours(r.oldestWaitingSeconds),
      averageWaitingHours: hours(r.averageWaitingSeconds),
    }));
  },
};
