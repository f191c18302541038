import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Memberships, locations, benefit packages, entitlements, advisory requests. Table API, so MySQL and SQLite share it. */
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
          { name: 'partner_number', type: 'varchar', length: '20', default: "''" },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'partner_location',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'membership_id', type: 'varchar', length: '64' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'city', type: 'varchar', length: '80' },
          { name: 'country', type: 'varchar', length: '2' },
          { name: 'region', type: 'varchar', length: '24' },
          { name: 'is_headquarters', type: 'boolean' },
          { name: 'contact_name', type: 'varchar', length: '120' },
          { name: 'contact_email', type: 'varchar', length: '200' },
        ],
        indices: [new TableIndex({ name: 'ix_location_membership', columnNames: ['membership_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'benefit_package',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'membership_id', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'location_id', type: 'varchar', length: '64' },
          { name: 'activated_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'activation_mode', type: 'varchar', length: '16', isNullable: true },
          { name: 'channel', type: 'varchar', length: '32', isNullable: true },
          { name: 'activated_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'recipient_kind', type: 'varchar', length: '24', isNullable: true },
          { name: 'recipient_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'recipient_email', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_package_membership', columnNames: ['membership_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'benefit_entitlement',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'package_id', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'position', type: 'int' },
          { name: 'support_contract_id', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_entitlement_package', columnNames: ['package_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'advisory_request',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'requested_by', type: 'varchar', length: '64' },
          { name: 'topic', type: 'varchar', length: '500' },
          { name: 'requested_at', type: 'datetime', precision: 3 },
          { name: 'before_activation', type: 'boolean' },
        ],
        indices: [new TableIndex({ name: 'ix_advisory_org', columnNames: ['organization_id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['advisory_request', 'benefit_entitlement', 'benefit_package', 'partner_location', 'partner_membership']) await q.dropTable(t);
  }
}
