import type { StoreDefinition } from '../../../../common/database';
import { ProductRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';

/** The software-catalog store: its entities and its migrations, in order. */
export const catalogStore: StoreDefinition = {
  entities: [ProductRow],
  migrations: [InitialSchema1764000000001],
};
