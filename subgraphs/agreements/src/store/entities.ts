import { Column, Entity, PrimaryColumn } from 'typeorm';

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

export type AgreementProgram = 'OPEN' | 'SELECT' | 'ENTERPRISE' | 'MPSA' | 'CSP';
export type AgreementStatus = 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

/** A licensing agreement (AGR-1). */
@Entity({ name: 'agreement' })
export class AgreementRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  number!: string;

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
@Entity({ name: 'license_line' })
export class LicenseLineRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'sa_covered_until', type: 'date', nullable: true })
  saCoveredUntil!: string | null;
}
