import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxLeaseTable, dropOutboxLeaseTable } from '../../../../../common/outbox/migration';

/** Replicas of this subgraph share its outbox: a relay delivers to a destination only while it holds that destination's lease (docs/outbox.md). */
export class OutboxLease1764000000100 implements MigrationInterface {
  name = 'OutboxLease1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxLeaseTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxLeaseTable(q);
  }
}
