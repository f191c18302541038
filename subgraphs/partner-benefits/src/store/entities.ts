import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PartnerProgram, Region, PackageKind, ActivationMode, ActivationChannel, RecipientKind, BenefitEntitlementKind } from '../domain/kinds';

/** Re-exported: rows, seeds and tests name them from here. */
export type { PartnerProgram, Region, PackageKind, ActivationMode, ActivationChannel, RecipientKind, BenefitEntitlementKind };

/** A partner organisation's membership of the partner program. */
// The name the migration's unique column got: a MySQL unique index, a SQLite unique constraint.
@Unique('UQ_8bca6199844f0403c3e6e4154f4', ['organizationId'])
@Entity({ name: 'partner_membership' })
export class PartnerMembershipRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ type: 'varchar', length: 24 })
  program!: PartnerProgram;

  /** Comma-separated competency names (a short, fixed list). */
  @Column({ type: 'varchar', length: 500 })
  competencies!: string;

  @Column({ name: 'membership_year', type: 'int' })
  membershipYear!: number;

  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn!: string;

  /** The partner ID the program issued (PB-9 asks EMEA requests to carry it). */
  @Column({ name: 'partner_number', type: 'varchar', length: 20, default: '' })
  partnerNumber!: string;
}

/** A business location of a partner: the headquarters or another site, with its program contact (PB-4). */
@Index('ix_location_membership', ['membershipId'])
@Entity({ name: 'partner_location' })
export class PartnerLocationRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'membership_id', type: 'varchar', length: 64 })
  membershipId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 80 })
  city!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ type: 'varchar', length: 24 })
  region!: Region;

  @Column({ name: 'is_headquarters', type: 'boolean' })
  isHeadquarters!: boolean;

  @Column({ name: 'contact_name', type: 'varchar', length: 120 })
  contactName!: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 200 })
  contactEmail!: string;
}

/** A set of benefits that is activated as a whole: core benefits, or one location's toolkit (PB-8). */
@Index('ix_package_membership', ['membershipId'])
@Entity({ name: 'benefit_package' })
export class BenefitPackageRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'membership_id', type: 'varchar', length: 64 })
  membershipId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: PackageKind;

  /** The location of a toolkit; the headquarters for core benefits. */
  @Column({ name: 'location_id', type: 'varchar', length: 64 })
  locationId!: string;

  @Column({ name: 'activated_at', type: 'datetime', precision: 3, nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'activation_mode', type: 'varchar', length: 16, nullable: true })
  activationMode!: ActivationMode | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  channel!: ActivationChannel | null;

  /** `sub` of who activated it; null for the proactive job (PB-3). */
  @Column({ name: 'activated_by', type: 'varchar', length: 64, nullable: true })
  activatedBy!: string | null;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 24, nullable: true })
  recipientKind!: RecipientKind | null;

  @Column({ name: 'recipient_name', type: 'varchar', length: 200, nullable: true })
  recipientName!: string | null;

  @Column({ name: 'recipient_email', type: 'varchar', length: 200, nullable: true })
  recipientEmail!: string | null;

  /**
   * PB-5/6: when this store last asked support-contracts for the package's
   * contracts (the activation, then each re-request of the recheck job);
   * null for packages activated before the column existed. Optional in the
   * type so rows written without it (seeds, fixtures) need not name it.
   */
  @Column({ name: 'contracts_requested_at', type: 'datetime', precision: 3, nullable: true })
  contractsRequestedAt?: Date | null;

  /** How many times the contracts were asked for again after the propagation window (PB-5/6). */
  @Column({ name: 'contract_rerequests', type: 'int', default: 0 })
  contractRerequests?: number;
}

/** One entitlement of a package; `supportContractId` is set once the backing contract exists. */
@Index('ix_entitlement_package', ['packageId'])
@Entity({ name: 'benefit_entitlement' })
export class BenefitEntitlementRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'package_id', type: 'varchar', length: 64 })
  packageId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: BenefitEntitlementKind;

  /** Ordering of tiles within a package. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'support_contract_id', type: 'varchar', length: 64, nullable: true })
  supportContractId!: string | null;
}

/** An advisory request (PB-10: allowed before activation). */
@Index('ix_advisory_org', ['organizationId'])
@Entity({ name: 'advisory_request' })
export class AdvisoryRequestRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'requested_by', type: 'varchar', length: 64 })
  requestedBy!: string;

  @Column({ type: 'varchar', length: 500 })
  topic!: string;

  @Column({ name: 'requested_at', type: 'datetime', precision: 3 })
  requestedAt!: Date;

  /** Whether the core benefits were not yet activated when it was made (PB-10 allows it). */
  @Column({ name: 'before_activation', type: 'boolean' })
  beforeActivation!: boolean;
}

/**
 * A re-send of a package's benefit details (SUP-10, SUP-11): the support
 * store re-issued a contract's IDs and the new pair goes to the package's
 * program contact of record, recorded here the way an activation records
 * where details went (PB-4). The IDs themselves never enter this store.
 */
@Index('ix_resend_package', ['packageId'])
@Entity({ name: 'benefit_details_resend' })
export class BenefitDetailsResendRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'package_id', type: 'varchar', length: 64 })
  packageId!: string;

  @Column({ name: 'support_contract_id', type: 'varchar', length: 64 })
  supportContractId!: string;

  @Column({ type: 'varchar', length: 40 })
  reason!: string;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 24 })
  recipientKind!: RecipientKind;

  @Column({ name: 'recipient_name', type: 'varchar', length: 200 })
  recipientName!: string;

  @Column({ name: 'recipient_email', type: 'varchar', length: 200 })
  recipientEmail!: string;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3 })
  sentAt!: Date;
}
