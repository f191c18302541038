import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type SupportContractKind =
  | 'PRODUCT_SUPPORT'
  | 'SIGNATURE_CLOUD_SUPPORT'
  | 'ADVANCED_SUPPORT_FOR_PARTNERS'
  | 'SA_PROBLEM_RESOLUTION'
  | 'PARTNER_BENEFIT';
export type ContractScope = 'ON_PREMISES' | 'CLOUD' | 'ALL';

/** A support contract and its balances (SUP-1, SUP-2). */
@Entity({ name: 'support_contract' })
export class SupportContractRow {
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

/** A contract a user linked to their account by both IDs (SUP-3). One row per user and contract. */
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
}

export type IncidentSeverity = 'A' | 'B' | 'C';
export type IncidentStatus = 'OPEN' | 'RESOLVED' | 'NON_DECREMENT';
export type Deployment = 'ON_PREMISES' | 'CLOUD';

/** An incident submitted against a contract (SUP-5, SUP-6). */
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
