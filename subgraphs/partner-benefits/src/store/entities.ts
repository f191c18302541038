import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PartnerProgram = 'NETWORK_MEMBER' | 'ACTION_PACK' | 'SILVER' | 'GOLD';

/** A partner organisation's membership of the partner program. */
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
}
