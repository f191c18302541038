import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The product catalog. Table API, so MySQL and SQLite share it. */
export class InitialSchema1764000000001 implements MigrationInterface {
  name = 'InitialSchema1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'product',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'family', type: 'varchar', length: '100' },
          { name: 'deployment', type: 'varchar', length: '16' },
        ],
        indices: [{ name: 'ix_product_name', columnNames: ['name'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('product');
  }
}
