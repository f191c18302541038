import type { StoreDefinition } from '../../../../common/database';
import { PartnerMembershipRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';

/** The partner-benefits store: its entities and its migrations, in order. */
export const benefitsStore: StoreDefinition = {
  entities: [PartnerMembershipRow],
  migrations: [InitialSchema1764000000001],
};
