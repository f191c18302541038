import { checkPeriod, requireAnalyst, type PeriodArgs } from '../../../../common/insights';
import type { SupportContractKind } from '../store/entities';
import { incidentInsights } from '../store/insightQueries';
import type { SupportContext } from './context';

/** Root fields for the operator's analysts (issue 17): incident aggregates, never an id. */
export const InsightQuery = {
  async supportIncidentInsights(_: unknown, args: PeriodArgs & { kind?: SupportContractKind | null }, ctx: SupportContext) {
    requireAnalyst(ctx.viewer);
    const rows = await incidentInsights(ctx.db, { period: checkPeriod(args), kind: args.kind });
    // Consumed = deducted at submission (SUP-5) minus credited back (SUP-6).
    return rows.map((r) => ({ ...r, consumed: r.submitted - r.creditedBack }));
  },
};
