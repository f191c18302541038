import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import type { AgreementProgram } from '../domain/portal';

/** An organisation (customer, partner or operator). */
@Entity({ name: 'organization' })
export class OrganizationRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'CUSTOMER' | 'PARTNER' | 'OPERATOR';

  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: 'NORTH_AMERICA' | 'LATIN_AMERICA' | 'EMEA' | 'ASIA_PACIFIC' | 'GREATER_CHINA';
}

export type { AgreementProgram };
export type AgreementStatus = 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

/** A licensing agreement (AGR-1). */
@Index('ix_agreement_org', ['organizationId', 'startDate'])
// The name the migration's unique column got: a MySQL unique index, a SQLite unique constraint.
@Unique('UQ_93028bdb565f1ef32b0151bd03a', ['number'])
@Entity({ name: 'agreement' })
export class AgreementRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  number!: string;

  @ForeignKey(() => OrganizationRow)
  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'reseller_partner_id', type: 'varchar', length: 64, nullable: true })
  resellerPartnerId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  program!: AgreementProgram;

  @Column({ type: 'varchar', length: 16 })
  status!: AgreementStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;
}

/** A product licensed under an agreement (AGR-2). */
@Index('ix_license_line_agreement', ['agreementId'])
@Entity({ name: 'license_line' })
export class LicenseLineRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @ForeignKey(() => AgreementRow)
  @Column({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'sa_covered_until', type: 'date', nullable: true })
  saCoveredUntil!: string | null;
}

/** CSP-1: a partner may act for this customer. */
@Index('ix_partner_customer_customer', ['customerId'])
@Entity({ name: 'partner_customer' })
export class PartnerCustomerRow {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 64 })
  partnerId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 64 })
  customerId!: string;

  @Column({ type: 'date' })
  since!: string;
}

/** AGR-3: an agreement's notice contact and their onboarding timestamps (one row per agreement). */
@Entity({ name: 'notice_contact' })
export class NoticeContactRow {
  @ForeignKey(() => AgreementRow)
  @PrimaryColumn({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  /** `sub` of the user who validated the profile; later steps must come from them. */
  @Column({ name: 'user_id', type: 'varchar', length: 128, nullable: true })
  userId!: string | null;

  @Column({ name: 'invited_at', type: 'datetime', precision: 3 })
  invitedAt!: Date;

  @Column({ name: 'profile_validated_at', type: 'datetime', precision: 3, nullable: true })
  profileValidatedAt!: Date | null;

  @Column({ name: 'terms_accepted_at', type: 'datetime', precision: 3, nullable: true })
  termsAcceptedAt!: Date | null;

  @Column({ name: 'registered_at', type: 'datetime', precision: 3, nullable: true })
  registeredAt!: Date | null;
}

export type InvitationKind = 'NOTICE_CONTACT' | 'SERVICES_ADMINISTRATOR';

/** AGR-3/AGR-4: a recorded invitation (no mail is sent). */
@Index('ix_invitation_agreement', ['agreementId', 'invitedAt'])
@Entity({ name: 'invitation' })
export class InvitationRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: InvitationKind;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'designation_id', type: 'varchar', length: 64, nullable: true })
  designationId!: string | null;

  @Column({ name: 'invited_at', type: 'datetime', precision: 3 })
  invitedAt!: Date;

  @Column({ name: 'invited_by', type: 'varchar', length: 128 })
  invitedBy!: string;
}

export type DesignationStatus = 'ACTIVE' | 'REVOKED';

/** AGR-4: a services administrator designated on one agreement. */
@Index('ix_services_administrator_agreement', ['agreementId', 'email'])
@Entity({ name: 'services_administrator' })
export class ServicesAdministratorRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: DesignationStatus;

  @Column({ name: 'designated_at', type: 'datetime', precision: 3 })
  designatedAt!: Date;

  @Column({ name: 'designated_by', type: 'varchar', length: 128 })
  designatedBy!: string;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  /** AGR-9: when the designated administrator accepted the invitation, or null while it is pending. */
  @Column({ name: 'registered_at', type: 'datetime', precision: 3, nullable: true })
  registeredAt!: Date | null;

  /** AGR-9: `sub` of the account that registered; only that account acts on the designation. */
  @Column({ name: 'registered_by', type: 'varchar', length: 128, nullable: true })
  registeredBy!: string | null;
}

/** AGR-4: one SA service a designation holds the right for. */
@Entity({ name: 'services_administrator_right' })
export class ServicesAdministratorRightRow {
  @PrimaryColumn({ name: 'designation_id', type: 'varchar', length: 64 })
  designationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  service!: string;
}

/** AGR-6: an activated SA service; the entitled quantity is fixed at activation so assignment can decrement atomically. */
@Entity({ name: 'sa_service_activation' })
export class SaServiceActivationRow {
  @PrimaryColumn({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  service!: string;

  @Column({ name: 'entitled_quantity', type: 'int', nullable: true })
  entitledQuantity!: number | null;

  @Column({ name: 'assigned_quantity', type: 'int', default: 0 })
  assignedQuantity!: number;

  @Column({ name: 'activated_at', type: 'datetime', precision: 3 })
  activatedAt!: Date;

  @Column({ name: 'activated_by', type: 'varchar', length: 128 })
  activatedBy!: string;

  /** AGR-8: the support contract created for Problem Resolution Support, once support-contracts replied. */
  @Column({ name: 'support_contract_id', type: 'varchar', length: 64, nullable: true })
  supportContractId?: string | null;
}

/** AGR-6: voucher days given to a named employee. */
@Index('ix_sa_voucher_assignment_agreement', ['agreementId', 'service'])
@Entity({ name: 'sa_voucher_assignment' })
export class SaVoucherAssignmentRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Column({ type: 'varchar', length: 48 })
  service!: string;

  @Column({ name: 'employee_name', type: 'varchar', length: 200 })
  employeeName!: string;

  @Column({ name: 'employee_email', type: 'varchar', length: 254 })
  employeeEmail!: string;

  @Column({ type: 'int' })
  days!: number;

  @Column({ name: 'assigned_at', type: 'datetime', precision: 3 })
  assignedAt!: Date;

  @Column({ name: 'assigned_by', type: 'varchar', length: 128 })
  assignedBy!: string;
}

export type SubscriptionKind = 'SUBSCRIPTION' | 'PERPETUAL';
export type SubscriptionStatus = 'ACTIVE' | 'CANCELLED';

/** CSP-1/CSP-2: software a partner bought for a customer. */
@Index('ix_software_subscription_customer', ['customerId'])
@Index('ix_software_subscription_partner', ['partnerId'])
@Entity({ name: 'software_subscription' })
export class SoftwareSubscriptionRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'customer_id', type: 'varchar', length: 64 })
  customerId!: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 64 })
  partnerId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: SubscriptionKind;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'price_minor', type: 'int' })
  priceMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'purchased_at', type: 'datetime', precision: 3 })
  purchasedAt!: Date;

  @Column({ name: 'purchased_by', type: 'varchar', length: 128 })
  purchasedBy!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: SubscriptionStatus;

  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'prorated_credit_minor', type: 'int', nullable: true })
  proratedCreditMinor!: number | null;
}
