import type { OrganizationResolvers } from '../generated/resolvers';
import { agreementsVisibleOf, linkedOrganizations, readableOrganization, subscriptionsVisibleOf } from '../store/access';

export const Organization: OrganizationResolvers = {
  /** Another organisation's row resolves to null: `_entities` is no back door. */
  __resolveReference: (ref, ctx) => readableOrganization(ctx, ref.id),
  /** Scoped too: an organisation is also reachable as a reseller, customer or partner of another. */
  agreements: (org, args, ctx) => agreementsVisibleOf(ctx, org.id, args),
  customers: (org, args, ctx) => linkedOrganizations(ctx, org, 'customers', args),
  partners: (org, args, ctx) => linkedOrganizations(ctx, org, 'partners', args),
  /** Members and analysts see every purchase; a partner sees only what it sold to this customer (CSP-3). */
  softwareSubscriptions: (org, args, ctx) => subscriptionsVisibleOf(ctx, org, args),
};
