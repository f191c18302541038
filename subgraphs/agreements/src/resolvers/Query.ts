import { badInput } from '../../../../common/errors';
import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import { requireViewer } from '../../../../common/identity';
import { SA_ENTITLEMENT_TABLE, type SaServiceKind } from '../domain/saEntitlements';
import type { QueryResolvers } from '../generated/resolvers';
import { agreementByNumberForViewer, agreementsVisibleOf, organizationForViewer, subscriptionForViewer } from '../store/access';
import { saServiceInsights, searchOrganizations } from '../store/insightQueries';

/** Longest search text: a name fragment, not a document. */
const MAX_SEARCH_LENGTH = 100;

export const Query: QueryResolvers = {
  async myOrganization(_, __, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.organizationById.load(viewer.orgId);
  },

  /** FORBIDDEN for another organisation (analysts read all). */
  organization: (_, args, ctx) => organizationForViewer(ctx, args.id),

  /** NOT_FOUND both when the number does not exist and when it is another organisation's: existence does not leak. */
  agreementByNumber: (_, args, ctx) => agreementByNumberForViewer(ctx, args.number),

  async myAgreements(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return agreementsVisibleOf(ctx, viewer.orgId, args);
  },

  softwareSubscription: (_, args, ctx) => subscriptionForViewer(ctx, args.id),

  // Root fields for the operator's analysts (issue 17): every organisation, and SA service aggregates.
  async organizations(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    if (args.search && args.search.length > MAX_SEARCH_LENGTH) throw badInput(`search is at most ${MAX_SEARCH_LENGTH} characters.`, 'search');
    return searchOrganizations(ctx.db, args);
  },

  async saServiceInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const rows = await saServiceInsights(ctx.db, { period: checkPeriod(args), program: args.program, service: args.kind });
    return rows
      // A service name the table no longer knows (a retired one) has no enum value to show it under.
      .filter((r): r is typeof r & { service: SaServiceKind } => r.service in SA_ENTITLEMENT_TABLE)
      .map((r) => {
        const unit = SA_ENTITLEMENT_TABLE[r.service].unit;
        return {
          program: r.program,
          kind: r.service,
          unit,
          activatedCount: r.activatedCount,
          agreementCount: r.agreementCount,
          organizationCount: r.organizationCount,
          entitledQuantity: unit === 'NONE' ? null : r.entitledQuantity,
          assignedQuantity: unit === 'NONE' ? null : r.assignedQuantity,
          remainingQuantity: unit === 'NONE' ? null : r.entitledQuantity - r.assignedQuantity,
          // Share of the balance used; null when there is no balance to use.
          usedShare: unit === 'NONE' || r.entitledQuantity === 0 ? null : r.assignedQuantity / r.entitledQuantity,
        };
      });
  },
};
