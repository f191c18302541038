import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Support contracts. Table API, so MySQL and SQLite share it. */
export class InitialSchema1764000000001 implements MigrationInterface {
  name = 'InitialSchema1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'support_contract',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'access_id', type: 'varchar', length: '20' },
          { name: 'contract_id', type: 'varchar', length: '20' },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'scope', type: 'varchar', length: '16' },
          { name: 'label', type: 'varchar', length: '120' },
          { name: 'incidents_granted', type: 'int' },
          { name: 'incidents_remaining', type: 'int' },
          { name: 'advisory_hours_granted', type: 'int' },
          { name: 'advisory_hours_remaining', type: 'int' },
          { name: 'starts_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
        ],
        uniques: [{ name: 'uq_contract_ids', columnNames: ['access_id', 'contract_id'] }],
        indices: [{ name: 'ix_contract_org', columnNames: ['organization_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('support_contract');
  }
}
