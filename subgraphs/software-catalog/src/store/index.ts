import type { StoreDefinition } from '../../../../common/database';
import { CATALOG_ENTITIES } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';

/** The software-catalog store: its entities and its migrations, in order. */
export const catalogStore: StoreDefinition = {
  entities: CATALOG_ENTITIES,
  migrations: [InitialSchema1764000000001],
};
