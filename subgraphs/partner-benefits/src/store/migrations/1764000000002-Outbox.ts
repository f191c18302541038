import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, dropOutboxTables } from '../../../../../common/outbox/migration';

/** Cross-store events (docs/outbox.md): activations leave through the outbox; contract replies arrive in the inbox. */
export class Outbox1764000000002 implements MigrationInterface {
  name = 'Outbox1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxTables(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxTables(q);
  }
}
