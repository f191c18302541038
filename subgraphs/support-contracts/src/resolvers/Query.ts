import { requireViewer } from '../../../../common/identity';
import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import { isExpired } from '../domain/expiry';
import type { QueryResolvers } from '../generated/resolvers';
import { activityOf, casesOf, contractsLinkedBy } from '../store/contractQueries';
import { incidentInsights } from '../store/insightQueries';

export const Query: QueryResolvers = {
  mySupportContracts(_, __, ctx) {
    return ctx.loaders.contractsOfOrganization(requireViewer(ctx.viewer).orgId);
  },

  myLinkedSupportContracts(_, __, ctx) {
    return contractsLinkedBy(ctx.db, requireViewer(ctx.viewer));
  },

  mySupportActivity(_, args, ctx) {
    return activityOf(ctx.db, requireViewer(ctx.viewer), args);
  },

  /** SUP-10: every member of the organisation sees its cases (they carry no IDs). */
  myProgramSupportCases(_, args, ctx) {
    return casesOf(ctx.db, requireViewer(ctx.viewer).orgId, args);
  },

  /** SUP-9 "my benefits": sums over usable contracts that have not expired. */
  async mySupportBenefits(_, __, ctx) {
    requireViewer(ctx.viewer);
    const now = ctx.clock.now();
    const contracts = (await ctx.loaders.myUsableContracts()).filter((c) => !isExpired(c, now));
    return {
      incidentsRemaining: contracts.reduce((sum, c) => sum + c.incidentsRemaining, 0),
      advisoryHoursRemaining: contracts.reduce((sum, c) => sum + c.advisoryHoursRemaining, 0),
      contracts,
    };
  },

  /** For the operator's analysts (issue 17): incident aggregates, never an id. */
  async supportIncidentInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const rows = await incidentInsights(ctx.db, { period: checkPeriod(args), kind: args.kind });
    // Consumed = deducted at submission (SUP-5) minus credited back (SUP-6).
    return rows.map((r) => ({ ...r, consumed: r.submitted - r.creditedBack }));
  },
};
