import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Organisations, agreements and licence lines. Written with TypeORM's Table API so MySQL and SQLite share it. */
export class InitialSchema1764000000001 implements MigrationInterface {
  name = 'InitialSchema1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'country', type: 'varchar', length: '2' },
          { name: 'region', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'agreement',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'number', type: 'varchar', length: '32', isUnique: true },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'reseller_partner_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'program', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'start_date', type: 'date' },
          { name: 'end_date', type: 'date' },
        ],
        foreignKeys: [{ columnNames: ['organization_id'], referencedTableName: 'organization', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createIndex('agreement', new TableIndex({ name: 'ix_agreement_org', columnNames: ['organization_id', 'start_date'] }));
    await q.createTable(
      new Table({
        name: 'license_line',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'agreement_id', type: 'varchar', length: '64' },
          { name: 'product_id', type: 'varchar', length: '64' },
          { name: 'quantity', type: 'int' },
          { name: 'sa_covered_until', type: 'date', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['agreement_id'], referencedTableName: 'agreement', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createIndex('license_line', new TableIndex({ name: 'ix_license_line_agreement', columnNames: ['agreement_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('license_line');
    await q.dropTable('agreement');
    await q.dropTable('organization');
  }
}
