import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * PB-5/6: a package activated long ago whose contract never arrived is asked
 * for again by the recheck job; these columns say when it was last asked and
 * how often. Table API: MySQL and SQLite.
 */
export class ContractRerequests1764000000004 implements MigrationInterface {
  name = 'ContractRerequests1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('benefit_package', [
      new TableColumn({ name: 'contracts_requested_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'contract_rerequests', type: 'int', default: 0 }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('benefit_package', 'contract_rerequests');
    await q.dropColumn('benefit_package', 'contracts_requested_at');
  }
}
