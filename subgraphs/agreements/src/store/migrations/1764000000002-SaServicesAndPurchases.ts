import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = (name: string, length = '64') => ({ name, type: 'varchar', length });
const instant = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/**
 * Partner–customer relationships (CSP-1), notice contact onboarding (AGR-3),
 * invitations and services administrators (AGR-4), SA activations and
 * voucher assignments (AGR-6), CSP purchases (CSP-1, CSP-2).
 */
export class SaServicesAndPurchases1764000000002 implements MigrationInterface {
  name = 'SaServicesAndPurchases1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'partner_customer',
        columns: [
          { ...id('partner_id'), isPrimary: true },
          { ...id('customer_id'), isPrimary: true },
          { name: 'since', type: 'date' },
        ],
      }),
    );
    await q.createIndex('partner_customer', new TableIndex({ name: 'ix_partner_customer_customer', columnNames: ['customer_id'] }));
    await q.createTable(
      new Table({
        name: 'notice_contact',
        columns: [
          { ...id('agreement_id'), isPrimary: true },
          id('email', '254'),
          { ...id('name', '200'), isNullable: true },
          { ...id('user_id', '128'), isNullable: true },
          instant('invited_at'),
          instant('profile_validated_at', true),
          instant('terms_accepted_at', true),
          instant('registered_at', true),
        ],
        foreignKeys: [{ columnNames: ['agreement_id'], referencedTableName: 'agreement', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'invitation',
        columns: [
          { ...id('id'), isPrimary: true },
          id('agreement_id'),
          id('kind', '32'),
          id('email', '254'),
          { ...id('designation_id'), isNullable: true },
          instant('invited_at'),
          id('invited_by', '128'),
        ],
      }),
    );
    await q.createIndex('invitation', new TableIndex({ name: 'ix_invitation_agreement', columnNames: ['agreement_id', 'invited_at'] }));
    await q.createTable(
      new Table({
        name: 'services_administrator',
        columns: [
          { ...id('id'), isPrimary: true },
          id('agreement_id'),
          id('email', '254'),
          id('name', '200'),
          id('status', '16'),
          instant('designated_at'),
          id('designated_by', '128'),
          instant('revoked_at', true),
        ],
      }),
    );
    await q.createIndex(
      'services_administrator',
      new TableIndex({ name: 'ix_services_administrator_agreement', columnNames: ['agreement_id', 'email'] }),
    );
    await q.createTable(
      new Table({
        name: 'services_administrator_right',
        columns: [
          { ...id('designation_id'), isPrimary: true },
          { ...id('service', '48'), isPrimary: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sa_service_activation',
        columns: [
          { ...id('agreement_id'), isPrimary: true },
          { ...id('service', '48'), isPrimary: true },
          { name: 'entitled_quantity', type: 'int', isNullable: true },
          { name: 'assigned_quantity', type: 'int', default: 0 },
          instant('activated_at'),
          id('activated_by', '128'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sa_voucher_assignment',
        columns: [
          { ...id('id'), isPrimary: true },
          id('agreement_id'),
          id('service', '48'),
          id('employee_name', '200'),
          id('employee_email', '254'),
          { name: 'days', type: 'int' },
          instant('assigned_at'),
          id('assigned_by', '128'),
        ],
      }),
    );
    await q.createIndex(
      'sa_voucher_assignment',
      new TableIndex({ name: 'ix_sa_voucher_assignment_agreement', columnNames: ['agreement_id', 'service'] }),
    );
    await q.createTable(
      new Table({
        name: 'software_subscription',
        columns: [
          { ...id('id'), isPrimary: true },
          id('customer_id'),
          id('partner_id'),
          id('product_id'),
          id('kind', '16'),
          { name: 'quantity', type: 'int' },
          { name: 'price_minor', type: 'int' },
          id('currency', '3'),
          instant('purchased_at'),
          id('purchased_by', '128'),
          id('status', '16'),
          instant('cancelled_at', true),
          { name: 'prorated_credit_minor', type: 'int', isNullable: true },
        ],
      }),
    );
    await q.createIndex('software_subscription', new TableIndex({ name: 'ix_software_subscription_customer', columnNames: ['customer_id'] }));
    await q.createIndex('software_subscription', new TableIndex({ name: 'ix_software_subscription_partner', columnNames: ['partner_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'software_subscription',
      'sa_voucher_assignment',
      'sa_service_activation',
      'services_administrator_right',
      'services_administrator',
      'invitation',
      'notice_contact',
      'partner_customer',
    ]) {
      await q.dropTable(table);
    }
  }
}
