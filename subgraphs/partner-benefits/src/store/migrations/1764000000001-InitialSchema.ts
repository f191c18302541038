import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Partner memberships. Table API, so MySQL and SQLite share it. */
export class InitialSchema1764000000001 implements MigrationInterface {
  name = 'InitialSchema1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'partner_membership',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'organization_id', type: 'varchar', length: '64', isUnique: true },
          { name: 'program', type: 'varchar', length: '24' },
          { name: 'competencies', type: 'varchar', length: '500' },
          { name: 'membership_year', type: 'int' },
          { name: 'enrolled_on', type: 'date' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('partner_membership');
  }
}
