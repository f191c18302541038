import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (name = 'id', length = '64'): TableColumnOptions => ({ name, type: 'varchar', length, isPrimary: true });
const str = (name: string, length: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length, isNullable: nullable });
const instant = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable });

/**
 * CSP-9: every copy of a download link, with the hash of its share token
 * (the token itself is never stored). MP-9: user groups of a licence and
 * their members, named by e-mail within the group's organisation.
 */
export class CopiedLinksAndUserGroups1764000000003 implements MigrationInterface {
  name = 'CopiedLinksAndUserGroups1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'download_link_copy',
        columns: [
          id(),
          str('link_id', '64'),
          str('subscription_id', '64'),
          str('customer_org_id', '64'),
          str('token_hash', '64'),
          str('copied_by', '64'),
          str('copied_by_org_id', '64'),
          instant('copied_at'),
        ],
        indices: [
          { name: 'ux_download_link_copy_token', columnNames: ['token_hash'], isUnique: true },
          { name: 'ix_download_link_copy_customer', columnNames: ['customer_org_id', 'copied_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'user_group',
        columns: [id(), str('org_id', '64'), str('license_number', '32'), str('product_id', '64'), str('name', '100'), str('created_by', '64'), instant('created_at')],
        indices: [{ name: 'ux_user_group_licence_name', columnNames: ['license_number', 'name'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'user_group_member',
        columns: [
          id(),
          str('group_id', '64'),
          str('org_id', '64'),
          str('email', '254'),
          str('license_number', '32'),
          str('product_id', '64'),
          str('group_name', '100'),
          str('role', '16'),
          instant('added_at'),
          str('added_by', '64'),
          instant('removed_at', true),
          str('removed_by', '64', true),
        ],
        indices: [
          { name: 'ux_user_group_member_group_email', columnNames: ['group_id', 'email'], isUnique: true },
          { name: 'ix_user_group_member_org_email', columnNames: ['org_id', 'email'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['user_group_member', 'user_group', 'download_link_copy']) await q.dropTable(table);
  }
}
