import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (name = 'id', length = '64'): TableColumnOptions => ({ name, type: 'varchar', length, isPrimary: true });
const str = (name: string, length: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length, isNullable: nullable });
const instant = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable });

/**
 * The catalog (products, versions, alerts), CSP entitlements with keys,
 * reveals and download links, RDS CAL activation codes, and My Products.
 * Table API, so MySQL and SQLite share it.
 */
export class InitialSchema1764000000001 implements MigrationInterface {
  name = 'InitialSchema1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'product',
        columns: [
          id(),
          str('name', '200'),
          str('family', '100'),
          str('deployment', '16'),
          { name: 'downgrade_depth', type: 'int', isNullable: true },
        ],
        indices: [{ name: 'ix_product_name', columnNames: ['name'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'product_version',
        columns: [
          id(),
          str('product_id', '64'),
          str('version', '32'),
          { name: 'ordinal', type: 'int' },
          { name: 'release_date', type: 'date' },
          str('languages', '500'),
          str('editions', '500'),
        ],
        indices: [{ name: 'ix_product_version_product', columnNames: ['product_id', 'ordinal'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'product_alert',
        columns: [id(), str('product_id', '64'), str('kind', '16'), str('title', '200'), instant('published_at')],
        indices: [{ name: 'ix_product_alert_product', columnNames: ['product_id', 'published_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'entitlement',
        columns: [
          id('subscription_id'),
          str('customer_org_id', '64'),
          str('partner_org_id', '64'),
          str('product_id', '64'),
          str('purchase_kind', '16'),
          instant('granted_at'),
          { name: 'revoked', type: 'boolean', default: false },
          instant('revoked_at', true),
        ],
        indices: [
          { name: 'ix_entitlement_customer', columnNames: ['customer_org_id'] },
          { name: 'ix_entitlement_partner', columnNames: ['partner_org_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'product_key',
        columns: [
          id(),
          str('subscription_id', '64'),
          str('version', '32'),
          str('language', '16'),
          str('bitness', '8'),
          str('key_value', '29'),
          instant('created_at'),
          str('created_by', '64'),
        ],
        indices: [{ name: 'ix_product_key_subscription', columnNames: ['subscription_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'key_reveal',
        columns: [
          id(),
          str('key_id', '64'),
          str('subscription_id', '64'),
          str('customer_org_id', '64'),
          str('revealed_by', '64'),
          str('revealed_by_org_id', '64'),
          instant('revealed_at'),
        ],
        indices: [{ name: 'ix_key_reveal_customer', columnNames: ['customer_org_id', 'revealed_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'download_link',
        columns: [
          id(),
          str('subscription_id', '64'),
          str('product_id', '64'),
          str('version', '32'),
          str('language', '16'),
          str('bitness', '8'),
          str('file_name', '200'),
          str('url', '500'),
          instant('created_at'),
          instant('first_downloaded_at', true),
          instant('expires_at', true),
        ],
        indices: [{ name: 'ix_download_link_subscription', columnNames: ['subscription_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'activation_code',
        columns: [
          id('code', '29'),
          str('org_id', '64'),
          str('product_id', '64'),
          str('cal_version', '16'),
          { name: 'cal_count', type: 'int' },
          instant('redeemed_at', true),
          str('redeemed_by', '64', true),
          str('license_server_id', '100', true),
        ],
        indices: [{ name: 'ix_activation_code_org', columnNames: ['org_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'licence',
        columns: [id('license_number', '32'), str('org_id', '64'), str('product_id', '64'), { name: 'renewal_date', type: 'date' }, str('user_group', '100')],
        indices: [{ name: 'ix_licence_org', columnNames: ['org_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'licence_registration',
        columns: [
          id(),
          str('user_id', '64'),
          str('org_id', '64'),
          str('license_number', '32'),
          str('product_id', '64'),
          str('role', '16'),
          instant('registered_at'),
        ],
        indices: [
          { name: 'ux_licence_registration_user_licence', columnNames: ['user_id', 'license_number'], isUnique: true },
          { name: 'ix_licence_registration_user_product', columnNames: ['user_id', 'product_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'my_product',
        columns: [
          id(),
          str('user_id', '64'),
          str('org_id', '64'),
          str('product_id', '64'),
          str('registered_via', '32'),
          instant('registered_at'),
          { name: 'alerts_opt_in', type: 'boolean', default: false },
          instant('last_visited_at', true),
        ],
        indices: [{ name: 'ux_my_product_user_product', columnNames: ['user_id', 'product_id'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'software_download',
        columns: [
          id(),
          str('user_id', '64'),
          str('org_id', '64'),
          str('product_id', '64'),
          str('version', '32'),
          str('file_name', '200'),
          { name: 'file_date', type: 'date' },
          instant('downloaded_at'),
        ],
        indices: [{ name: 'ix_software_download_user_product', columnNames: ['user_id', 'product_id', 'downloaded_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'software_download',
      'my_product',
      'licence_registration',
      'licence',
      'activation_code',
      'download_link',
      'key_reveal',
      'product_key',
      'entitlement',
      'product_alert',
      'product_version',
      'product',
    ]) {
      await q.dropTable(table);
    }
  }
}
