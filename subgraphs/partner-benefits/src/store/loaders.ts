import { In, type DataSource } from 'typeorm';
import { entityLoader } from '../../../../common/loaders';
import { PartnerMembershipRow } from './entities';

/** Per-request loaders of the partner-benefits subgraph. */
export function createBenefitsLoaders(db: DataSource) {
  const memberships = db.getRepository(PartnerMembershipRow);
  return {
    membershipById: entityLoader((ids: readonly string[]) => memberships.findBy({ id: In([...ids]) }), (row) => row.id),
    membershipByOrganizationId: entityLoader(
      (orgIds: readonly string[]) => memberships.findBy({ organizationId: In([...orgIds]) }),
      (row) => row.organizationId,
    ),
  };
}

export type BenefitsLoaders = ReturnType<typeof createBenefitsLoaders>;
