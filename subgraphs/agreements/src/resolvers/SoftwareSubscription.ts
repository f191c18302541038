import { cancellableUntil } from '../domain/prorating';
import type { SoftwareSubscriptionResolvers } from '../generated/resolvers';
import { readableSubscription } from '../store/access';
import type { OrganizationRow } from '../store/entities';

export const SoftwareSubscription: SoftwareSubscriptionResolvers = {
  /** Only the customer, the reselling partner and analysts resolve a purchase; anyone else (or no token) gets null. */
  __resolveReference: (ref, ctx) => readableSubscription(ctx, ref.id),
  // The foreign keys guarantee both rows; were one missing, GraphQL's non-null error is the answer.
  customer: (s, _, ctx) => ctx.loaders.organizationById.load(s.customerId) as Promise<OrganizationRow>,
  partner: (s, _, ctx) => ctx.loaders.organizationById.load(s.partnerId) as Promise<OrganizationRow>,
  product: (s) => ({ id: s.productId }),
  cancellableUntil: (s) => cancellableUntil(s.purchasedAt),
};
