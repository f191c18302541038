import { requireViewer } from '../../../../common/identity';
import { isExpired } from '../domain/expiry';
import { activityOf, contractsLinkedBy, type ActivityFilter } from '../store/contractQueries';
import type { SupportContractRow } from '../store/entities';
import type { ConnectionArgs } from '../../../../common/connection';
import { casesOf } from '../store/programSupportCases';
import type { SupportContext } from './context';

export const Query = {
  mySupportContracts(_: unknown, __: unknown, ctx: SupportContext): Promise<SupportContractRow[]> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.contractsByOrganizationId.load(viewer.orgId);
  },

  myLinkedSupportContracts(_: unknown, __: unknown, ctx: SupportContext): Promise<SupportContractRow[]> {
    return contractsLinkedBy(ctx.db, requireViewer(ctx.viewer));
  },

  mySupportActivity(_: unknown, args: ActivityFilter, ctx: SupportContext) {
    return activityOf(ctx.db, requireViewer(ctx.viewer), args);
  },

  /** SUP-10: every member of the organisation sees its cases (they carry no IDs). */
  myProgramSupportCases(_: unknown, args: ConnectionArgs, ctx: SupportContext) {
    return casesOf(ctx.db, requireViewer(ctx.viewer).orgId, args);
  },

  /** SUP-9 "my benefits": sums over usable contracts that have not expired. */
  async mySupportBenefits(_: unknown, __: unknown, ctx: SupportContext) {
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
