import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import type { QueryResolvers } from '../generated/resolvers';
import { incidentInsights } from '../store/insightQueries';

/** Root fields for the operator's analysts (issue 17): incident aggregates, never an id. */
export const InsightQuery: QueryResolvers = {
  async supportIncidentInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const rows = await incidentInsights(ctx.db, { period: checkPeriod(args), kind: args.kind });
    // Consumed = deducted at submission (SUP-5) minus credited back (SUP-6).
    return rows.map((r) => ({ ...r, consumed: r.submitted - r.creditedBack }));
  },
};
