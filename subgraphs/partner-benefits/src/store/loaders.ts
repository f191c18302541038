import { In, type DataSource } from 'typeorm';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';

/** Per-request loaders of the partner-benefits subgraph (one `IN (...)` statement per batch). */
export function createBenefitsLoaders(db: DataSource) {
  const memberships = db.getRepository(PartnerMembershipRow);
  const locations = db.getRepository(PartnerLocationRow);
  const packages = db.getRepository(BenefitPackageRow);
  const entitlements = db.getRepository(BenefitEntitlementRow);
  return {
    membershipById: entityLoader((ids: readonly string[]) => memberships.findBy({ id: In([...ids]) }), (row) => row.id),
    membershipByOrganizationId: entityLoader(
      (orgIds: readonly string[]) => memberships.findBy({ organizationId: In([...orgIds]) }),
      (row) => row.organizationId,
    ),
    locationsByMembershipId: childrenLoader(
      (ids: readonly string[]) => locations.find({ where: { membershipId: In([...ids]) }, order: { isHeadquarters: 'DESC', id: 'ASC' } }),
      (row) => row.membershipId,
    ),
    packagesByMembershipId: childrenLoader(
      (ids: readonly string[]) => packages.find({ where: { membershipId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.membershipId,
    ),
    entitlementsByPackageId: childrenLoader(
      (ids: readonly string[]) => entitlements.find({ where: { packageId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } }),
      (row) => row.packageId,
    ),
  };
}

export type BenefitsLoaders = ReturnType<typeof createBenefitsLoaders>;
