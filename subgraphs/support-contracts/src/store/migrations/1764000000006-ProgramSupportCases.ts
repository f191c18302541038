import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** SUP-10: program support cases. Table API: MySQL and SQLite. */
export class ProgramSupportCases1764000000006 implements MigrationInterface {
  name = 'ProgramSupportCases1764000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'program_support_case',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'case_number', type: 'varchar', length: '24' },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'contract_id', type: 'varchar', length: '64' },
          { name: 'open_contract_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'opened_by', type: 'varchar', length: '64' },
          { name: 'opened_at', type: 'datetime', precision: 3 },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'event_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'resent_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'recipient_kind', type: 'varchar', length: '24', isNullable: true },
          { name: 'recipient_email_masked', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [
          { name: 'uq_case_number', columnNames: ['case_number'], isUnique: true },
          // One OPEN case per contract (NULL once closed: unique indexes admit many NULLs on MySQL and SQLite).
          { name: 'uq_case_open_contract', columnNames: ['open_contract_id'], isUnique: true },
          { name: 'ix_case_organization', columnNames: ['organization_id', 'opened_at'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('program_support_case');
  }
}
