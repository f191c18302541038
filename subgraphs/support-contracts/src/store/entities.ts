import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ContractScope, Deployment, IncidentSeverity, IncidentStatus, SupportContract, SupportContractKind } from '../domain/supportContract';

export type { ContractScope, Deployment, IncidentSeverity, IncidentStatus, SupportContractKind };

/** A support contract and its balances (SUP-1, SUP-2). */
@Index('ix_contract_org', ['organizationId'])
@Index('uq_contract_access_id', ['accessId'], { unique: true })
@Unique('uq_contract_ids', ['accessId', 'contractId'])
@Entity({ name: 'support_contract' })
export class SupportContractRow implements SupportContract {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'access_id', type: 'varchar', length: 20 })
  accessId!: string;

  @Column({ name: 'contract_id', type: 'varchar', length: 20 })
  contractId!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: SupportContractKind;

  @Column({ type: 'varchar', length: 16 })
  scope!: ContractScope;

  @Column({ type: 'varchar', length: 120 })
  label!: string;

  @Column({ name: 'incidents_granted', type: 'int' })
  incidentsGranted!: number;

  @Column({ name: 'incidents_remaining', type: 'int' })
  incidentsRemaining!: number;

  @Column({ name: 'advisory_hours_granted', type: 'int' })
  advisoryHoursGranted!: number;

  @Column({ name: 'advisory_hours_remaining', type: 'int' })
  advisoryHoursRemaining!: number;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt!: Date;
}

/**
 * A contract a user linked to their account by both IDs (SUP-3). One row per
 * user and contract. A revoked link (SUP-11) is kept with who revoked it and
 * when: it no longer grants use, and the same user cannot link the contract
 * again (the row stays, so `INSERT IGNORE` cannot recreate it).
 */
@Index('ix_link_contract', ['supportContractId'])
@Entity({ name: 'contract_link' })
export class ContractLinkRow {
  @PrimaryColumn({ type: 'varchar', length: 64, name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, name: 'contract_id' })
  supportContractId!: string;

  /** The user's organisation when linking (kept for audits; the link belongs to the user). */
  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'linked_at', type: 'datetime', precision: 3 })
  linkedAt!: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  /** `sub` of the owning organisation's admin who revoked it. */
  @Column({ name: 'revoked_by', type: 'varchar', length: 64, nullable: true })
  revokedBy!: string | null;
}

/**
 * Link attempts of one user in their current window (SUP-11: linking is
 * bounded). One row per user, so the table never grows with time; the window
 * restarts at the first attempt after the previous one ended. Kept in the
 * store so the limit holds across replicas and restarts. Times are epoch
 * milliseconds (bigint) so the one upsert statement is the same on MySQL and
 * SQLite, without driver date conversions.
 */
@Entity({ name: 'link_attempt' })
export class LinkAttemptRow {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ name: 'window_started_ms', type: 'bigint' })
  windowStartedMs!: string;

  /** Attempts counted in the window: failed ones, plus reservations still in flight. */
  @Column({ type: 'int' })
  failures!: number;
}

export type NoticeRecipient = 'AGREEMENT_NOTICE_CONTACT' | 'PROGRAM_CONTACT' | 'ORGANIZATION_ADMINS';

/**
 * A contract whose IDs were re-issued (SUP-11) and whose new pair must reach
 * the contact of record. For partner benefits the re-send travels to
 * partner-benefits through the outbox (PB-4) and is recorded there as well;
 * agreements has no path that sends contract details to an agreement's notice
 * contact, so for SA Problem Resolution this row is the record of the notice
 * owed. The pair itself is never copied here: it lives in `support_contract` only.
 */
@Index('ix_notice_contract', ['supportContractId'])
@Entity({ name: 'contract_id_notice' })
export class ContractIdNoticeRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'contract_id', type: 'varchar', length: 64 })
  supportContractId!: string;

  @Column({ type: 'varchar', length: 40 })
  reason!: string;

  @Column({ type: 'varchar', length: 32 })
  recipient!: NoticeRecipient;

  /** The agreement (SA) or benefit package (partner benefits) whose contact of record receives it. */
  @Column({ name: 'source_id', type: 'varchar', length: 64 })
  sourceId!: string;

  /** Outbox event that carries the re-send to partner-benefits, or null when no other store is told. */
  @Column({ name: 'event_id', type: 'varchar', length: 64, nullable: true })
  eventId!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}

/** An incident submitted against a contract (SUP-5, SUP-6). */
@Index('ix_incident_contract', ['supportContractId'])
@Index('ix_incident_user_created', ['userId', 'createdAt'])
@Index('ix_incident_user_product', ['userId', 'productId', 'status'])
@Unique('uq_incident_idempotency', ['userId', 'idempotencyKey'])
@Entity({ name: 'support_incident' })
export class SupportIncidentRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'contract_id', type: 'varchar', length: 64 })
  supportContractId!: string;

  /** Organisation of the submitter (not necessarily the contract owner: contracts can be linked). */
  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 1 })
  severity!: IncidentSeverity;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'varchar', length: 4000 })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: IncidentStatus;

  @Column({ name: 'response_time_minutes', type: 'int' })
  responseTimeMinutes!: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt!: Date | null;
}

/**
 * Deployment of catalog products, as the support store knows it. Mutations
 * cannot `@requires` the catalog's `Product.deployment`, so submit and link
 * read this reference table (seeded from the catalog's product ids); queries
 * use the catalog's value through federation. See the README.
 */
@Entity({ name: 'product_scope' })
export class ProductScopeRow {
  @PrimaryColumn({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  deployment!: Deployment;
}

export type ProgramSupportCaseStatus = 'OPEN' | 'DETAILS_RESENT' | 'NO_CONTACT_OF_RECORD';
export type ProgramContactKind = 'HEADQUARTERS_CONTACT' | 'LOCATION_CONTACT';

/**
 * A program support case (SUP-10): a partner that lost a benefit contract's
 * IDs asks for them; partner-benefits re-sends them to the program contact
 * of record (PB-4) and replies with who got them (kind and masked e-mail).
 * The IDs never enter this row. `open_contract_id` is the contract id while
 * the case is OPEN and null afterwards: its unique index allows one open case
 * per contract, also under concurrent requests.
 */
@Index('ix_case_organization', ['organizationId', 'openedAt'])
@Index('uq_case_number', ['caseNumber'], { unique: true })
@Index('uq_case_open_contract', ['openContractId'], { unique: true })
@Entity({ name: 'program_support_case' })
export class ProgramSupportCaseRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  /** Readable and unique, e.g. `PSC-260615-482139`; random, so it tells nothing about other cases. */
  @Column({ name: 'case_number', type: 'varchar', length: 24 })
  caseNumber!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'contract_id', type: 'varchar', length: 64 })
  supportContractId!: string;

  @Column({ name: 'open_contract_id', type: 'varchar', length: 64, nullable: true })
  openContractId!: string | null;

  /** `sub` of the program admin who opened it. */
  @Column({ name: 'opened_by', type: 'varchar', length: 64 })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'datetime', precision: 3 })
  openedAt!: Date;

  @Column({ type: 'varchar', length: 24 })
  status!: ProgramSupportCaseStatus;

  /** The outbox event that asks partner-benefits for the re-send. */
  @Column({ name: 'event_id', type: 'varchar', length: 64, nullable: true })
  eventId!: string | null;

  @Column({ name: 'resent_at', type: 'datetime', precision: 3, nullable: true })
  resentAt!: Date | null;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 24, nullable: true })
  recipientKind!: ProgramContactKind | null;

  /** e.g. `a**@northwind.example`: masked by partner-benefits before it left that store. */
  @Column({ name: 'recipient_email_masked', type: 'varchar', length: 200, nullable: true })
  recipientEmailMasked!: string | null;
}
