import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addOutboxTraceparent, dropOutboxTraceparent } from '../../../../../common/outbox/migration';

/** An outbox event carries the trace of the mutation that wrote it (docs/outbox.md, "Tracing"). */
export class OutboxTraceparent1764000000170 implements MigrationInterface {
  name = 'OutboxTraceparent1764000000170';

  async up(q: QueryRunner): Promise<void> {
    await addOutboxTraceparent(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxTraceparent(q);
  }
}
