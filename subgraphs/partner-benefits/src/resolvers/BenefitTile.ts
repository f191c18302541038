import { packageActivation } from '../domain/packageActivation';
import type { PartnerLocationRow } from '../store/entities';
import type { BenefitPackageResolvers, BenefitTileResolvers, EntitlementResolvers, PartnerLocationResolvers } from '../generated/resolvers';
import type { SupportContractRef } from './references';

const contractRef = (id: string | null): SupportContractRef | null => (id ? { id } : null);

export const BenefitTile: BenefitTileResolvers = {
  /** PB-7: only items that were evaluated and failed; NOT_CHECKED items are not failures. The checklist order puts the blocking one first. */
  failingChecks: (t) => t.checklist.filter((c) => c.state === 'FAILED').map((c) => c.item),
  supportContract: (t) => contractRef(t.supportContractId),
};

export const PartnerLocation: PartnerLocationResolvers = {
  programContact: (l) => ({ name: l.contactName, email: l.contactEmail }),
};

export const BenefitPackage: BenefitPackageResolvers = {
  async location(p, _, ctx) {
    const locations = await ctx.loaders.locationsByMembershipId.load(p.membershipId);
    // No foreign key promises the row: a missing one stays null and GraphQL reports the non-null field, as before.
    return (locations.find((l) => l.id === p.locationId) ?? null) as PartnerLocationRow;
  },
  activation: (p) => packageActivation(p),
  entitlements: (p, _, ctx) => ctx.loaders.entitlementsByPackageId.load(p.id),
};

export const Entitlement: EntitlementResolvers = {
  supportContract: (e) => contractRef(e.supportContractId),
};
