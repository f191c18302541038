import type { ChecklistItem, Tile } from '../domain/tiles';
import type { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow } from '../store/entities';
import type { BenefitsContext } from './context';

const contractRef = (id: string | null) => (id ? { id } : null);

export const BenefitTile = {
  /** PB-7: only items that were evaluated and failed; NOT_CHECKED items are not failures. The checklist order puts the blocking one first. */
  failingChecks: (t: Tile): ChecklistItem[] => t.checklist.filter((c) => c.state === 'FAILED').map((c) => c.item),
  supportContract: (t: Tile) => contractRef(t.supportContractId),
};

export const PartnerLocation = {
  programContact: (l: PartnerLocationRow) => ({ name: l.contactName, email: l.contactEmail }),
};

export const BenefitPackage = {
  async location(p: BenefitPackageRow, _: unknown, ctx: BenefitsContext): Promise<PartnerLocationRow | null> {
    const locations = await ctx.loaders.locationsByMembershipId.load(p.membershipId);
    return locations.find((l) => l.id === p.locationId) ?? null;
  },
  activation: (p: BenefitPackageRow) =>
    p.activatedAt
      ? {
          activatedAt: p.activatedAt,
          mode: p.activationMode,
          channel: p.channel,
          recipientKind: p.recipientKind,
          detailsRecipient: { name: p.recipientName ?? '', email: p.recipientEmail ?? '' },
        }
      : null,
  entitlements: (p: BenefitPackageRow, _: unknown, ctx: BenefitsContext) => ctx.loaders.entitlementsByPackageId.load(p.id),
};

export const Entitlement = {
  supportContract: (e: BenefitEntitlementRow) => contractRef(e.supportContractId),
};
