import { badInput } from '../../../../common/errors';
import { checkPeriod, requireAnalyst } from '../../../../common/insights';
import { requireRole, requireViewer } from '../../../../common/identity';
import { isRdsCalCompatible, KNOWN_RDS_SERVER_VERSIONS, RDS_CAL_WORKS_ON, serverVersionsForCal } from '../domain/rdsCal';
import type { QueryResolvers } from '../generated/resolvers';
import { readableEntitlement } from '../store/entitlementAccess';
import { activationCodesOf, copiesOfCustomer, entitlementsVisibleTo, myProductsOf, revealsOfCustomer } from '../store/pagedQueries';
import { groupsOfLicence } from '../store/userGroupCommands';
import { searchProducts } from '../store/productQueries';
import { subscriptionView } from '../store/views';

const MAX_INSIGHTS_TOP = 50;

export const Query: QueryResolvers = {
  async products(_, args, ctx) {
    if (args.search && args.search.length > 100) throw badInput('search is limited to 100 characters.', 'search');
    const page = await searchProducts(ctx.db, args);
    // Version fields look their product up again (downgrade depth): the page already has it.
    for (const row of page.nodes) ctx.loaders.productById.prime(row.id, row);
    return page;
  },
  product(_, args, ctx) {
    return ctx.loaders.productById.load(args.id);
  },

  /** CSP-7, public: a pure rule, no store. */
  rdsCalCompatibility(_, args) {
    const worksOn = serverVersionsForCal(args.calVersion);
    if (!worksOn) throw badInput(`Unknown RDS CAL version "${args.calVersion}"; known: ${Object.keys(RDS_CAL_WORKS_ON).join(', ')}.`, 'calVersion');
    if (!KNOWN_RDS_SERVER_VERSIONS.includes(args.serverVersion)) {
      throw badInput(`Unknown Windows Server version "${args.serverVersion}"; known: ${KNOWN_RDS_SERVER_VERSIONS.join(', ')}.`, 'serverVersion');
    }
    return {
      calVersion: args.calVersion,
      serverVersion: args.serverVersion,
      compatible: isRdsCalCompatible(args.calVersion, args.serverVersion),
      worksOnServerVersions: [...worksOn],
    };
  },

  async mySoftwareEntitlements(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    const page = await entitlementsVisibleTo(ctx.db, viewer, args);
    const nodes = page.nodes.map(subscriptionView);
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  },

  async softwareEntitlement(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return subscriptionView(await readableEntitlement(ctx.loaders, viewer, args.subscriptionId));
  },

  /** CSP-8: the customer's global admin reads who saw its keys, including the reseller's agents. */
  keyRevealAudit(_, args, ctx) {
    const viewer = requireRole(ctx.viewer, 'global_admin');
    return revealsOfCustomer(ctx.db, viewer.orgId, args);
  },

  /** CSP-9: who copied which of my organisation's links, like the key reveal audit (CSP-8). */
  downloadLinkCopyAudit(_, args, ctx) {
    const viewer = requireRole(ctx.viewer, 'global_admin');
    return copiesOfCustomer(ctx.db, viewer.orgId, args);
  },

  async myProducts(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return myProductsOf(ctx.db, viewer.userId, viewer.orgId, await ctx.loaders.myGroupMemberships(), args);
  },

  /** MP-9: a licence's groups, for its administrators only. */
  async userGroups(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return groupsOfLicence(ctx.db, viewer, args.licenseNumber);
  },

  myActivationCodes(_, args, ctx) {
    const viewer = requireRole(ctx.viewer, 'global_admin');
    return activationCodesOf(ctx.db, viewer.orgId, args);
  },

  /** Analysts only (issue 17): catalog aggregates over public product names; each part runs its own GROUP BY. */
  catalogInsights(_, args, ctx) {
    requireAnalyst(ctx.viewer);
    const top = args.top ?? 10;
    if (!Number.isInteger(top) || top < 1 || top > MAX_INSIGHTS_TOP) throw badInput(`top must be between 1 and ${MAX_INSIGHTS_TOP}.`, 'top');
    return { period: checkPeriod(args), deployment: args.deployment ?? null, top, now: ctx.clock.now() };
  },
};
