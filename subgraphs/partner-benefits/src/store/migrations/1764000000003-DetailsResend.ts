import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Re-sends of benefit details to the program contact of record (SUP-11 re-issued IDs). Table API: MySQL and SQLite. */
export class DetailsResend1764000000003 implements MigrationInterface {
  name = 'DetailsResend1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'benefit_details_resend',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'package_id', type: 'varchar', length: '64' },
          { name: 'support_contract_id', type: 'varchar', length: '64' },
          { name: 'reason', type: 'varchar', length: '40' },
          { name: 'recipient_kind', type: 'varchar', length: '24' },
          { name: 'recipient_name', type: 'varchar', length: '200' },
          { name: 'recipient_email', type: 'varchar', length: '200' },
          { name: 'sent_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'ix_resend_package', columnNames: ['package_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('benefit_details_resend');
  }
}
