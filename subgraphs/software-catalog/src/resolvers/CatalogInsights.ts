import { badInput } from '../../../../common/errors';
import type { CatalogInsightsResolvers } from '../generated/resolvers';
import { licencesToRenew, mostDownloadedProducts, mostRegisteredProducts } from '../store/insightQueries';

const DAY_MS = 86_400_000;
const MAX_RENEWAL_WINDOW_DAYS = 366;

/** Catalog aggregates for the operator's analysts (issue 17): `Query.catalogInsights` checked the scope once. */
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
