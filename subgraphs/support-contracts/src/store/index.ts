import type { StoreDefinition } from '../../../../common/database';
import { ContractLinkRow, ProductScopeRow, SupportContractRow, SupportIncidentRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';
import { Incidents1764000000002 } from './migrations/1764000000002-Incidents';

/** The support-contracts store: its entities and its migrations, in order. */
export const supportStore: StoreDefinition = {
  entities: [SupportContractRow, ContractLinkRow, SupportIncidentRow, ProductScopeRow],
  migrations: [InitialSchema1764000000001, Incidents1764000000002],
};
