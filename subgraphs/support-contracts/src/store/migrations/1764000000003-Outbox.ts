import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, dropOutboxTables } from '../../../../../common/outbox/migration';

/** Cross-store events (docs/outbox.md): the inbox of contract-creating events, the outbox of their replies. */
export class Outbox1764000000003 implements MigrationInterface {
  name = 'Outbox1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxTables(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxTables(q);
  }
}
