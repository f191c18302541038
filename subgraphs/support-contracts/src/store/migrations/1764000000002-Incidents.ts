import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Contract links (SUP-3), incidents (SUP-5, SUP-6) and the product-scope reference table (SUP-4). */
export class Incidents1764000000002 implements MigrationInterface {
  name = 'Incidents1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'contract_link',
        columns: [
          { name: 'user_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'contract_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'linked_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'support_incident',
        columns: [
          // 'integer' (not 'int'): SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY; MySQL reads it as INT.
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'contract_id', type: 'varchar', length: '64' },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'user_id', type: 'varchar', length: '64' },
          { name: 'product_id', type: 'varchar', length: '64' },
          { name: 'severity', type: 'varchar', length: '1' },
          { name: 'title', type: 'varchar', length: '120' },
          { name: 'description', type: 'varchar', length: '4000' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'response_time_minutes', type: 'int' },
          { name: 'idempotency_key', type: 'varchar', length: '100' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
          { name: 'closed_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        // A retry with the same key finds the first incident; a concurrent duplicate fails here.
        uniques: [{ name: 'uq_incident_idempotency', columnNames: ['user_id', 'idempotency_key'] }],
        indices: [
          { name: 'ix_incident_user_created', columnNames: ['user_id', 'created_at'] },
          { name: 'ix_incident_user_product', columnNames: ['user_id', 'product_id', 'status'] },
          { name: 'ix_incident_contract', columnNames: ['contract_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'product_scope',
        columns: [
          { name: 'product_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'deployment', type: 'varchar', length: '16' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('product_scope');
    await q.dropTable('support_incident');
    await q.dropTable('contract_link');
  }
}
