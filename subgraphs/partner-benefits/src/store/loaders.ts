import { In, type DataSource } from 'typeorm';
import { canReadOrganization, type Viewer } from '../../../../common/identity';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';

/**
 * Per-request loaders of the partner-benefits subgraph (one `IN (...)`
 * statement per batch), scoped by the caller: a membership is loaded only
 * for the viewer's own organisation or for an analyst (`canReadOrganization`),
 * otherwise it is `null`. Locations, packages and entitlements are reached
 * only through a membership loaded here.
 */
export function createBenefitsLoaders(db: DataSource, viewer: Viewer | null) {
  const readable = (orgId: string) => canReadOrganization(viewer, orgId);
  const memberships = db.getRepository(PartnerMembershipRow);
  const locations = db.getRepository(PartnerLocationRow);
  const packages = db.getRepository(BenefitPackageRow);
  const entitlements = db.getRepository(BenefitEntitlementRow);
  return {
    membershipById: entityLoader(
      async (ids: readonly string[]) => (await memberships.findBy({ id: In([...ids]) })).filter((m) => readable(m.organizationId)),
      (row) => row.id,
    ),
    membershipByOrganizationId: entityLoader(async (orgIds: readonly string[]) => {
      const allowed = orgIds.filter(readable);
      return allowed.length > 0 ? memberships.findBy({ organizationId: In(allowed) }) : [];
    }, (row) => row.organizationId),
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
