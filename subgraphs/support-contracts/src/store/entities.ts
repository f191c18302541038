import { Column, Entity, PrimaryColumn } from 'typeorm';

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
