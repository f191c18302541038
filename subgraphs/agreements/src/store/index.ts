import type { StoreDefinition } from '../../../../common/database';
import { AgreementRow, LicenseLineRow, OrganizationRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';

/** The agreements store: its entities and its migrations, in order. */
export const agreementsStore: StoreDefinition = {
  entities: [OrganizationRow, AgreementRow, LicenseLineRow],
  migrations: [InitialSchema1764000000001],
};
