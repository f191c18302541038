import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type Deployment = 'ON_PREMISES' | 'CLOUD';
export type PurchaseKind = 'PERPETUAL' | 'SUBSCRIPTION';
export type Bitness = 'X64' | 'X86';
export type AlertKind = 'NEWS' | 'ALERT';
export type RegisteredVia = 'LICENSE_NUMBER' | 'PRODUCT_LIST' | 'DOWNLOAD' | 'SERVICE_REQUEST' | 'USER_GROUP';
import type { LicenseRole } from '../domain/userGroups';

export type { LicenseRole };

/** A catalog product. */
@Index('ix_product_name', ['name'])
@Entity({ name: 'product' })
export class ProductRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  family!: string;

  @Column({ type: 'varchar', length: 16 })
  deployment!: Deployment;

  /** How many earlier versions a licence of version n covers (CSP-6); null when the product has no downgrade rights. */
  @Column({ name: 'downgrade_depth', type: 'int', nullable: true })
  downgradeDepth?: number | null;
}

/** A released version of a product. `ordinal` orders versions (higher is newer). */
@Index('ix_product_version_product', ['productId', 'ordinal'])
@Entity({ name: 'product_version' })
export class ProductVersionRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 32 })
  version!: string;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ name: 'release_date', type: 'date' })
  releaseDate!: string;

  /** Comma-separated language tags, e.g. `en-US,fr-FR`. */
  @Column({ type: 'varchar', length: 500 })
  languages!: string;

  /** Comma-separated edition names. */
  @Column({ type: 'varchar', length: 500 })
  editions!: string;
}

/** A news item or alert about a product (MP-6). */
@Index('ix_product_alert_product', ['productId', 'publishedAt'])
@Entity({ name: 'product_alert' })
export class ProductAlertRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AlertKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'published_at', type: 'datetime', precision: 3 })
  publishedAt!: Date;
}

/**
 * What a CSP purchase (owned by agreements, `SoftwareSubscription`) entitles
 * its buyer to: keys and downloads. Keyed by the subscription id.
 */
@Index('ix_entitlement_customer', ['customerOrgId'])
@Index('ix_entitlement_partner', ['partnerOrgId'])
@Entity({ name: 'entitlement' })
export class EntitlementRow {
  @PrimaryColumn({ name: 'subscription_id', type: 'varchar', length: 64 })
  subscriptionId!: string;

  @Column({ name: 'customer_org_id', type: 'varchar', length: 64 })
  customerOrgId!: string;

  @Column({ name: 'partner_org_id', type: 'varchar', length: 64 })
  partnerOrgId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ name: 'purchase_kind', type: 'varchar', length: 16 })
  purchaseKind!: PurchaseKind;

  @Column({ name: 'granted_at', type: 'datetime', precision: 3 })
  grantedAt!: Date;

  @Column({ type: 'boolean', default: false })
  revoked!: boolean;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;
}

/** A generated product key (CSP-4). The value is a secret: never logged, shown only through a recorded reveal. */
@Index('ix_product_key_subscription', ['subscriptionId'])
@Entity({ name: 'product_key' })
export class ProductKeyRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 64 })
  subscriptionId!: string;

  @Column({ type: 'varchar', length: 32 })
  version!: string;

  @Column({ type: 'varchar', length: 16 })
  language!: string;

  @Column({ type: 'varchar', length: 8 })
  bitness!: Bitness;

  @Column({ name: 'key_value', type: 'varchar', length: 29 })
  keyValue!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;
}

/** One reveal of a key: who, from which organisation, when (CSP-8). */
@Index('ix_key_reveal_customer', ['customerOrgId', 'revealedAt'])
@Entity({ name: 'key_reveal' })
export class KeyRevealRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'key_id', type: 'varchar', length: 64 })
  keyId!: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 64 })
  subscriptionId!: string;

  @Column({ name: 'customer_org_id', type: 'varchar', length: 64 })
  customerOrgId!: string;

  @Column({ name: 'revealed_by', type: 'varchar', length: 64 })
  revealedBy!: string;

  @Column({ name: 'revealed_by_org_id', type: 'varchar', length: 64 })
  revealedByOrgId!: string;

  @Column({ name: 'revealed_at', type: 'datetime', precision: 3 })
  revealedAt!: Date;
}

/** A download link (CSP-4, CSP-5). `url` is a secret; `expiresAt` is set at the first download. */
@Index('ix_download_link_subscription', ['subscriptionId'])
@Entity({ name: 'download_link' })
export class DownloadLinkRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 64 })
  subscriptionId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 32 })
  version!: string;

  @Column({ type: 'varchar', length: 16 })
  language!: string;

  @Column({ type: 'varchar', length: 8 })
  bitness!: Bitness;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 500 })
  url!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'first_downloaded_at', type: 'datetime', precision: 3, nullable: true })
  firstDownloadedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3, nullable: true })
  expiresAt!: Date | null;
}

/** An RDS CAL 5x5 activation code (CSP-7): redeemable once, ever. */
@Index('ix_activation_code_org', ['orgId'])
@Entity({ name: 'activation_code' })
export class ActivationCodeRow {
  @PrimaryColumn({ type: 'varchar', length: 29 })
  code!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ name: 'cal_version', type: 'varchar', length: 16 })
  calVersion!: string;

  @Column({ name: 'cal_count', type: 'int' })
  calCount!: number;

  @Column({ name: 'redeemed_at', type: 'datetime', precision: 3, nullable: true })
  redeemedAt!: Date | null;

  @Column({ name: 'redeemed_by', type: 'varchar', length: 64, nullable: true })
  redeemedBy!: string | null;

  @Column({ name: 'license_server_id', type: 'varchar', length: 100, nullable: true })
  licenseServerId!: string | null;
}

/** A licence held by an organisation, by licence number (MP-5). */
@Index('ix_licence_org', ['orgId'])
@Entity({ name: 'licence' })
export class LicenceRow {
  @PrimaryColumn({ name: 'license_number', type: 'varchar', length: 32 })
  licenseNumber!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  /** Last day of the maintenance contract: renew after it (MP-4, MP-5). */
  @Column({ name: 'renewal_date', type: 'date' })
  renewalDate!: string;

  @Column({ name: 'user_group', type: 'varchar', length: 100 })
  userGroup!: string;
}

/** A licence registered by a user to their account (MP-1, MP-5). `productId` is copied from the licence so one statement loads a product's licences. */
@Index('ix_licence_registration_user_product', ['userId', 'productId'])
@Index('ux_licence_registration_user_licence', ['userId', 'licenseNumber'], { unique: true })
@Entity({ name: 'licence_registration' })
export class LicenceRegistrationRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ name: 'license_number', type: 'varchar', length: 32 })
  licenseNumber!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: LicenseRole;

  @Column({ name: 'registered_at', type: 'datetime', precision: 3 })
  registeredAt!: Date;
}

/** A product in a user's My Products (MP-1), with alert opt-in and last visit (MP-6). */
@Index('ux_my_product_user_product', ['userId', 'productId'], { unique: true })
@Entity({ name: 'my_product' })
export class MyProductRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ name: 'registered_via', type: 'varchar', length: 32 })
  registeredVia!: RegisteredVia;

  @Column({ name: 'registered_at', type: 'datetime', precision: 3 })
  registeredAt!: Date;

  @Column({ name: 'alerts_opt_in', type: 'boolean', default: false })
  alertsOptIn!: boolean;

  @Column({ name: 'last_visited_at', type: 'datetime', precision: 3, nullable: true })
  lastVisitedAt!: Date | null;
}

/** A file a user downloaded (MP-8). */
@Index('ix_software_download_user_product', ['userId', 'productId', 'downloadedAt'])
@Entity({ name: 'software_download' })
export class SoftwareDownloadRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 32 })
  version!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ name: 'file_date', type: 'date' })
  fileDate!: string;

  @Column({ name: 'downloaded_at', type: 'datetime', precision: 3 })
  downloadedAt!: Date;
}

/**
 * One "copy link" of a download link (CSP-9): who, from which organisation,
 * when. Only the SHA-256 of the share token is kept: the token is shown once,
 * to the copier, and a read of this table cannot rebuild a working link.
 */
@Index('ix_download_link_copy_customer', ['customerOrgId', 'copiedAt'])
@Index('ux_download_link_copy_token', ['tokenHash'], { unique: true })
@Entity({ name: 'download_link_copy' })
export class DownloadLinkCopyRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'link_id', type: 'varchar', length: 64 })
  linkId!: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 64 })
  subscriptionId!: string;

  @Column({ name: 'customer_org_id', type: 'varchar', length: 64 })
  customerOrgId!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'copied_by', type: 'varchar', length: 64 })
  copiedBy!: string;

  @Column({ name: 'copied_by_org_id', type: 'varchar', length: 64 })
  copiedByOrgId!: string;

  @Column({ name: 'copied_at', type: 'datetime', precision: 3 })
  copiedAt!: Date;
}

/** A user group of one licence, in the organisation holding the licence (MP-9). */
@Index('ux_user_group_licence_name', ['licenseNumber', 'name'], { unique: true })
@Entity({ name: 'user_group' })
export class UserGroupRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ name: 'license_number', type: 'varchar', length: 32 })
  licenseNumber!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}

/**
 * A member of a user group (MP-9), named by e-mail (lower case): users live in
 * the identity provider, and a token proves `org` and `email`, so the member
 * is whoever signs in with this e-mail *in the group's organisation*.
 * Licence, product and group name are copied from the group so that one
 * statement finds a user's memberships per product. A removed member keeps the
 * row (`removed_at`): the licence row goes, the history stays.
 */
@Index('ix_user_group_member_org_email', ['orgId', 'email'])
@Index('ux_user_group_member_group_email', ['groupId', 'email'], { unique: true })
@Entity({ name: 'user_group_member' })
export class UserGroupMemberRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'group_id', type: 'varchar', length: 64 })
  groupId!: string;

  @Column({ name: 'org_id', type: 'varchar', length: 64 })
  orgId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'license_number', type: 'varchar', length: 32 })
  licenseNumber!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ name: 'group_name', type: 'varchar', length: 100 })
  groupName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: LicenseRole;

  @Column({ name: 'added_at', type: 'datetime', precision: 3 })
  addedAt!: Date;

  @Column({ name: 'added_by', type: 'varchar', length: 64 })
  addedBy!: string;

  @Column({ name: 'removed_at', type: 'datetime', precision: 3, nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'removed_by', type: 'varchar', length: 64, nullable: true })
  removedBy!: string | null;
}

export const CATALOG_ENTITIES = [
  ProductRow,
  ProductVersionRow,
  ProductAlertRow,
  EntitlementRow,
  ProductKeyRow,
  KeyRevealRow,
  DownloadLinkRow,
  ActivationCodeRow,
  LicenceRow,
  LicenceRegistrationRow,
  MyProductRow,
  SoftwareDownloadRow,
  DownloadLinkCopyRow,
  UserGroupRow,
  UserGroupMemberRow,
];
