import type { StoreDefinition } from '../../../../common/database';
import { AdvisoryRequestRow, BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';

/** The partner-benefits store: its entities and its migrations, in order. */
export const benefitsStore: StoreDefinition = {
  entities: [PartnerMembershipRow, PartnerLocationRow, BenefitPackageRow, BenefitEntitlementRow, AdvisoryRequestRow],
  migrations: [InitialSchema1764000000001],
};
