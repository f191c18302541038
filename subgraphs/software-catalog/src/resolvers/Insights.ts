import { badInput } from '../../../../common/errors';
import { checkPeriod, requireAnalyst, type Period, type PeriodArgs } from '../../../../common/insights';
import type { Deployment, RegisteredVia } from '../store/entities';
import { licencesToRenew, mostDownloadedProducts, mostRegisteredProducts } from '../store/insightQueries';
import type { CatalogContext } from './context';

const DAY_MS = 86_400_000;
const MAX_TOP = 50;
const MAX_RENEWAL_WINDOW_DAYS = 366;

/** What the root field checked once; each part of `CatalogInsights` runs its own GROUP BY from it. */
interface CatalogInsightsScope {
  period: Period;
  deployment: Deployment | null;
  top: number;
  now: Date;
}

/** Root fields for the operator's analysts (issue 17): catalog aggregates over public product names only. */
export const InsightQuery = {
  catalogInsights(_: unknown, args: PeriodArgs & { deployment?: Deployment | null; top?: number | null }, ctx: CatalogContext): CatalogInsightsScope {
    requireAnalyst(ctx.viewer);
    const top = args.top ?? 10;
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw badInput(`top must be between 1 and ${MAX_TOP}.`, 'top');
    return { period: checkPeriod(args), deployment: args.deployment ?? null, top, now: ctx.clock.now() };
  },
};

export const CatalogInsights = {
  mostRegistered(scope: CatalogInsightsScope, args: { via?: RegisteredVia | null }, ctx: CatalogContext) {
    return mostRegisteredProducts(ctx.db, { ...scope, via: args.via });
  },
  mostDownloaded(scope: CatalogInsightsScope, _: unknown, ctx: CatalogContext) {
    return mostDownloadedProducts(ctx.db, scope);
  },
  /** MP-4/MP-5 as of the injected clock's day (the period is about activity, not about renewal dates). */
  licencesToRenew(scope: CatalogInsightsScope, args: { dueWithinDays?: number | null }, ctx: CatalogContext) {
    const days = args.dueWithinDays ?? 90;
    if (!Number.isInteger(days) || days < 0 || days > MAX_RENEWAL_WINDOW_DAYS) {
      throw badInput(`dueWithinDays must be between 0 and ${MAX_RENEWAL_WINDOW_DAYS}.`, 'dueWithinDays');
    }
    const today = scope.now.toISOString().slice(0, 10);
    const dueBy = new Date(Date.parse(`${today}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
    return licencesToRenew(ctx.db, { today, dueBy, deployment: scope.deployment });
  },
};
