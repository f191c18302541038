import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
/**
 * SUP-11, the schema: contract IDs become credentials. `link_attempt`
 * (bounded linking), `contract_id_notice` (re-issued pairs owed to a contact),
 * `contract_link.revoked_at` / `revoked_by` (owners revoke links). DDL only:
 * on MySQL each DDL statement commits implicitly, so the data re-issue lives
 * in the next migration, which is then one real transaction.
 * Table API, so MySQL and SQLite share it.
 */
export class ContractCredentials1764000000004 implements MigrationInterface {
  name = 'ContractCredentials1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('contract_link', [
      new TableColumn({ name: 'revoked_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'revoked_by', type: 'varchar', length: '64', isNullable: true }),
    ]);
    // Owners list a contract's links (SUP-11): by contract, not by the user-first primary key.
    await q.createIndex('contract_link', new TableIndex({ name: 'ix_link_contract', columnNames: ['contract_id'] }));
    await q.createTable(
      new Table({
        name: 'link_attempt',
        columns: [
          { name: 'user_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'window_started_ms', type: 'bigint' },
          { name: 'failures', type: 'int' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'contract_id_notice',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'contract_id', type: 'varchar', length: '64' },
          { name: 'reason', type: 'varchar', length: '40' },
          { name: 'recipient', type: 'varchar', length: '32' },
          { name: 'source_id', type: 'varchar', length: '64' },
          { name: 'event_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'ix_notice_contract', columnNames: ['contract_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('contract_id_notice');
    await q.dropTable('link_attempt');
    await q.dropIndex('contract_link', 'ix_link_contract');
    await q.dropColumn('contract_link', 'revoked_by');
    await q.dropColumn('contract_link', 'revoked_at');
  }
}
