import { packageActivation } from '../domain/packageActivation';
import type { BenefitPackageResolvers } from '../generated/resolvers';
import type { PartnerLocationRow } from '../store/entities';

export const BenefitPackage: BenefitPackageResolvers = {
  async location(p, _, ctx) {
    const locations = await ctx.loaders.locationsByMembershipId.load(p.membershipId);
    // No foreign key promises the row: a missing one stays null and GraphQL reports the non-null field, as before.
    return (locations.find((l) => l.id === p.locationId) ?? null) as PartnerLocationRow;
  },
  activation: (p) => packageActivation(p),
  entitlements: (p, _, ctx) => ctx.loaders.entitlementsByPackageId.load(p.id),
};
