import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * AGR-9: a designated services administrator accepts the invitation and
 * registers before acting. The designation keeps when, and which account
 * (`sub`) registered, so later activations can be bound to that account.
 * Existing designations stay unregistered: nobody accepted them yet.
 */
export class ServicesAdministratorRegistration1764000000004 implements MigrationInterface {
  name = 'ServicesAdministratorRegistration1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('services_administrator', [
      new TableColumn({ name: 'registered_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'registered_by', type: 'varchar', length: '128', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('services_administrator', 'registered_by');
    await q.dropColumn('services_administrator', 'registered_at');
  }
}
