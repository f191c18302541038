import { Column, Entity, PrimaryColumn } from 'typeorm';

export type Deployment = 'ON_PREMISES' | 'CLOUD';

/** A catalog product. */
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
}
