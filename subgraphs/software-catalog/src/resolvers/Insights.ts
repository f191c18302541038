import { badInput } from '../../../../common/errors';
import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import type { CatalogInsightsResolvers, QueryResolvers } from '../generated/resolvers';
import { licencesToRenew, mostDownloadedProducts, mostRegisteredProducts } from '../store/insightQueries';

const DAY_MS = 86_400_000;
const MAX_TOP = 50;
const MAX_RENEWAL_WINDOW_DAYS = 366;


/** Root fields for the operator's analysts (issue 17): catalog aggregates over public product names only. */
export const InsightQuery: Pick<QueryResolvers, 'catalogInsights'> = {
  catalogInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const top = args.top ?? 10;
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw badInput(`top must be between 1 and ${MAX_TOP}.`, 'top');
    return { period: checkPeriod(args), deployment: args.deployment ?? null, top, now: ctx.clock.now() };
  },
};

export const CatalogInsights: CatalogInsightsResolvers = {
  mostRegistered(scope, args, ctx) {
    return mostRegisteredProducts(ctx.db, { ...scope, via: args.via });
  },
  mostDownloaded(scope, _, ctx) {
    return mostDownloadedProducts(ctx.db, scope);
  },
  /** MP-4/MP-5 as of the injected clock's day (the period is about activity, not about renewal dates). */
  licencesToRenew(scope, args, ctx) {
    const days = args.dueWithinDays ?? 90;
    if (!Number.isInteger(days) || days < 0 || days > MAX_RENEWAL_WINDOW_DAYS) {
      throw badInput(`dueWithinDays must be between 0 and ${MAX_RENEWAL_WINDOW_DAYS}.`, 'dueWithinDays');
    }
    const today = scope.now.toISOString().slice(0, 10);
    const dueBy = new Date(Date.parse(`${today}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
    return licencesToRenew(ctx.db, { today, dueBy, deployment: scope.deployment });
  },
};
