import { newId } from '../../store/ids';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '../../../../../common/errors';
import { requireRole, requireViewer } from '../../../../../common/identity';
import { canReadSubscription } from '../../domain/access';
import { cancellableUntil, isWithinCancellationWindow, proratedCreditMinor } from '../../domain/prorating';
import { recordCrossStoreEvent } from '../../store/crossStoreEffects';
import { PartnerCustomerRow, SoftwareSubscriptionRow, type SubscriptionKind } from '../../store/entities';
import type { AgreementsContext } from '../context';
import { requiredText } from './guards';

interface PurchaseInput {
  customerId: string;
  productId: string;
  kind: SubscriptionKind;
  quantity: number;
  priceMinor: number;
  currency: string;
}

const MAX_INT = 2_147_483_647;

export const purchaseMutations = {
  /** CSP-1: an admin agent buys for a customer its partner organisation has a relationship with. */
  async purchaseSoftware(_: unknown, { input }: { input: PurchaseInput }, ctx: AgreementsContext): Promise<SoftwareSubscriptionRow> {
    const productId = requiredText(input.productId, 'productId', 64);
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > 1_000_000) {
      throw badInput('quantity must be between 1 and 1000000.', 'quantity');
    }
    if (!Number.isInteger(input.priceMinor) || input.priceMinor < 0 || input.priceMinor > MAX_INT) {
      throw badInput('priceMinor must be a whole number of minor units, at least 0.', 'priceMinor');
    }
    if (!/^[A-Z]{3}$/.test(input.currency)) throw badInput('currency must be an ISO 4217 code such as USD.', 'currency');
    const viewer = requireRole(ctx.viewer, 'admin_agent');
    return ctx.db.transaction(async (tx) => {
      const related = await tx.getRepository(PartnerCustomerRow).existsBy({ partnerId: viewer.orgId, customerId: input.customerId });
      if (!related) throw forbidden('Your organisation has no partner relationship with this customer.');
      const now = ctx.clock.now();
      const row: SoftwareSubscriptionRow = {
        id: newId('sub', now),
        customerId: input.customerId,
        partnerId: viewer.orgId,
        productId,
        kind: input.kind,
        quantity: input.quantity,
        priceMinor: input.priceMinor,
        currency: input.currency,
        purchasedAt: now,
        purchasedBy: viewer.userId,
        status: 'ACTIVE',
        cancelledAt: null,
        proratedCreditMinor: null,
      };
      await tx.getRepository(SoftwareSubscriptionRow).insert(row);
      await recordCrossStoreEvent(tx, {
        type: 'SoftwarePurchased',
        subscriptionId: row.id,
        customerId: row.customerId,
        partnerId: row.partnerId,
        productId: row.productId,
        kind: row.kind,
        quantity: row.quantity,
        at: now,
      });
      return row;
    });
  },

  /** CSP-2: cancellation within 7 days for a prorated credit, by an admin agent of the reselling partner. */
  async cancelSoftwareSubscription(_: unknown, { id }: { id: string }, ctx: AgreementsContext): Promise<SoftwareSubscriptionRow> {
    const viewer = requireViewer(ctx.viewer);
    const existing = await ctx.loaders.subscriptionById.load(id);
    if (!existing || !canReadSubscription(viewer, existing)) throw notFound(`No software subscription ${id} visible to you.`);
    if (viewer.orgId !== existing.partnerId || !viewer.roles.has('admin_agent')) {
      throw forbidden('Only an admin agent of the reselling partner cancels a purchase.');
    }
    return ctx.db.transaction(async (tx) => {
      const repo = tx.getRepository(SoftwareSubscriptionRow);
      const row = await repo.findOneByOrFail({ id });
      if (row.status !== 'ACTIVE') throw conflict('This purchase is already cancelled.');
      const now = ctx.clock.now();
      if (!isWithinCancellationWindow(row.purchasedAt, now)) {
        throw domainError(
          ErrorCode.CANCELLATION_WINDOW_CLOSED,
          `A purchase can be cancelled only within 7 days; this one could be until ${cancellableUntil(row.purchasedAt).toISOString()}.`,
          { cancellableUntil: cancellableUntil(row.purchasedAt).toISOString() },
        );
      }
      const credit = proratedCreditMinor(row.priceMinor, row.purchasedAt, now);
      const result = await repo.update({ id, status: 'ACTIVE' }, { status: 'CANCELLED', cancelledAt: now, proratedCreditMinor: credit });
      if (!result.affected) throw conflict('This purchase was just cancelled by another request.');
      await recordCrossStoreEvent(tx, {
        type: 'SoftwarePurchaseCancelled',
        subscriptionId: row.id,
        customerId: row.customerId,
        partnerId: row.partnerId,
        at: now,
      });
      return { ...row, status: 'CANCELLED', cancelledAt: now, proratedCreditMinor: credit };
    });
  },
};
