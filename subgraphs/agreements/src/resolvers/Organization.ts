import { connectionFromArray, pageWindow, toConnection } from '../../../../common/connection';
import { canReadOrganization } from '../../../../common/identity';
import { canReadAgreementsOf } from '../domain/access';
import type { OrganizationResolvers } from '../generated/resolvers';
import { agreementsOfOrganization } from '../store/agreementQueries';
import type { SoftwareSubscriptionRow } from '../store/entities';

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

export const Organization: OrganizationResolvers = {
  /** Another organisation's row resolves to null: `_entities` is no back door. */
  async __resolveReference(ref, ctx) {
    if (!canReadOrganization(ctx.viewer, ref.id)) return null;
    return ctx.loaders.organizationById.load(ref.id);
  },

  /** Guarded here too: an organisation is also reachable as a reseller, customer or partner of another. */
  agreements(org, args, ctx) {
    if (!canReadAgreementsOf(ctx.viewer, org.id)) return toConnection([], 0, pageWindow(args));
    return agreementsOfOrganization(ctx.db, org.id, args);
  },

  async customers(org, args, ctx) {
    if (!canReadOrganization(ctx.viewer, org.id)) return connectionFromArray([], args);
    const links = await ctx.loaders.customerLinksByPartnerId.load(org.id);
    return connectionFromArray(present(await ctx.loaders.organizationById.loadMany(links.map((l) => l.customerId))), args);
  },

  async partners(org, args, ctx) {
    if (!canReadOrganization(ctx.viewer, org.id)) return connectionFromArray([], args);
    const links = await ctx.loaders.partnerLinksByCustomerId.load(org.id);
    return connectionFromArray(present(await ctx.loaders.organizationById.loadMany(links.map((l) => l.partnerId))), args);
  },

  /**
   * Members and analysts see every purchase of the organisation; a partner
   * looking at one of its customers sees only what it sold (CSP-3's scope).
   */
  async softwareSubscriptions(org, args, ctx) {
    const viewer = ctx.viewer;
    if (!viewer) return connectionFromArray([], args);
    const full = canReadOrganization(viewer, org.id);
    const pairs = await ctx.loaders.subscriptionsByOrganizationId.load(org.id);
    const rows: SoftwareSubscriptionRow[] = pairs
      .map((p) => p.row)
      .filter((r) => full || r.partnerId === viewer.orgId)
      .filter((r) => !args.status || r.status === args.status);
    return connectionFromArray(rows, args);
  },
};
