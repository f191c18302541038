import { requireViewer } from '../../../../common/identity';
import { isExpired } from '../domain/expiry';
import type { QueryResolvers } from '../generated/resolvers';
import { activityOf, contractsLinkedBy } from '../store/contractQueries';
import { casesOf } from '../store/programSupportCases';

export const Query: QueryResolvers = {
  mySupportContracts(_, __, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.contractsByOrganizationId.load(viewer.orgId);
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
    const viewer = requireViewer(ctx.viewer);
    const now = ctx.clock.now();
    const contracts = (await ctx.loaders.usableContracts.load(viewer.userId)).filter((c) => !isExpired(c, now));
    return {
      incidentsRemaining: contracts.reduce((sum, c) => sum + c.incidentsRemaining, 0),
      advisoryHoursRemaining: contracts.reduce((sum, c) => sum + c.advisoryHoursRemaining, 0),
      contracts,
    };
  },
};
