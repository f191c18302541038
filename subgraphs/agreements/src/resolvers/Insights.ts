import { badInput } from '../../../../common/errors';
import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import { SA_ENTITLEMENT_TABLE, type SaServiceKind } from '../domain/saEntitlements';
import type { QueryResolvers } from '../generated/resolvers';
import { saServiceInsights, searchOrganizations } from '../store/insightQueries';

/** Longest search text: a name fragment, not a document. */
const MAX_SEARCH_LENGTH = 100;

/** Root fields for the operator's analysts (issue 17): every organisation, and SA service aggregates. */
export const InsightQuery: Pick<QueryResolvers, 'organizations' | 'saServiceInsights'> = {
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
