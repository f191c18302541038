import { canReadSubscription } from '../domain/access';
import { cancellableUntil } from '../domain/prorating';
import type { OrganizationRow, SoftwareSubscriptionRow } from '../store/entities';
import type { AgreementsContext } from './context';

export const SoftwareSubscription = {
  /** Only the customer, the reselling partner and analysts resolve a purchase; anyone else (or no token) gets null. */
  async __resolveReference(ref: { id: string }, ctx: AgreementsContext): Promise<SoftwareSubscriptionRow | null> {
    const row = await ctx.loaders.subscriptionById.load(ref.id);
    return row && canReadSubscription(ctx.viewer, row) ? row : null;
  },
  customer: (s: SoftwareSubscriptionRow, _: unknown, ctx: AgreementsContext): Promise<OrganizationRow | null> =>
    ctx.loaders.organizationById.load(s.customerId),
  partner: (s: SoftwareSubscriptionRow, _: unknown, ctx: AgreementsContext): Promise<OrganizationRow | null> =>
    ctx.loaders.organizationById.load(s.partnerId),
  product: (s: SoftwareSubscriptionRow) => ({ id: s.productId }),
  cancellableUntil: (s: SoftwareSubscriptionRow) => cancellableUntil(s.purchasedAt),
};
