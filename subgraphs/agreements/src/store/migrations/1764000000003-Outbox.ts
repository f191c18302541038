import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createOutboxTables, dropOutboxTables } from '../../../../../common/outbox/migration';

/**
 * Cross-store events (docs/outbox.md): the outbox (purchases, cancellations,
 * Problem Resolution activations leave from here) and the inbox (the support
 * store's "contract provisioned" reply arrives here), plus the contract id an
 * SA Problem Resolution activation learns from that reply (AGR-8).
 */
export class Outbox1764000000003 implements MigrationInterface {
  name = 'Outbox1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxTables(q);
    await q.addColumn(
      'sa_service_activation',
      new TableColumn({ name: 'support_contract_id', type: 'varchar', length: '64', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sa_service_activation', 'support_contract_id');
    await dropOutboxTables(q);
  }
}
