import type { StoreDefinition } from '../../../../common/database';
import { OUTBOX_ENTITIES } from '../../../../common/outbox/entities';
import { CATALOG_ENTITIES } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';
import { Outbox1764000000002 } from './migrations/1764000000002-Outbox';
import { CopiedLinksAndUserGroups1764000000003 } from './migrations/1764000000003-CopiedLinksAndUserGroups';
import { OutboxLease1764000000100, OutboxTraceparent1764000000170 } from '../../../../common/outbox/migration';

/** The software-catalog store: its entities and its migrations, in order. */
export const catalogStore: StoreDefinition = {
  entities: [...CATALOG_ENTITIES, ...OUTBOX_ENTITIES],
  migrations: [InitialSchema1764000000001, Outbox1764000000002, CopiedLinksAndUserGroups1764000000003, OutboxLease1764000000100, OutboxTraceparent1764000000170],
};
