import type { StoreDefinition } from '../../../../common/database';
import { SupportContractRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';

/** The support-contracts store: its entities and its migrations, in order. */
export const supportStore: StoreDefinition = {
  entities: [SupportContractRow],
  migrations: [InitialSchema1764000000001],
};
