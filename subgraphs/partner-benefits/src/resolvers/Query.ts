import { connectionFromArray } from '../../../../common/connection';
import { requireViewer } from '../../../../common/identity';
import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import { activationInsight, delayedIfActivatedBy } from '../domain/activationInsights';
import { unlinkedTiles } from '../domain/tiles';
import type { QueryResolvers } from '../generated/resolvers';
import { activationInsights } from '../store/insightQueries';
import { tilesOfMembership } from '../store/tileQueries';

export const Query: QueryResolvers = {
  myPartnerMembership(_, __, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
  },

  /** PB-7: the JWT's organisation decides; no membership there means USER_NOT_LINKED tiles. */
  async myBenefitTiles(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    const membership = await ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
    const tiles = membership ? await tilesOfMembership(ctx.loaders, membership, ctx.clock.now()) : unlinkedTiles(viewer.orgId);
    return connectionFromArray(tiles, args);
  },

  /** For the operator's analysts (issue 17): waiting activations, never an id or a contact. */
  async benefitActivationInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const now = ctx.clock.now();
    const rows = await activationInsights(ctx.db, {
      period: checkPeriod(args),
      now,
      delayedIfActivatedBy: delayedIfActivatedBy(now),
      region: args.region,
      channel: args.channel,
      program: args.program,
    });
    return rows.map(activationInsight);
  },
};
