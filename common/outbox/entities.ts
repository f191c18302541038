import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Delivery state of an outbox event. */
export type OutboxStatus = 'PENDING' | 'DELIVERED';

/**
 * An event waiting in the sender's store to be delivered to another subgraph.
 * Written in the SAME transaction as the change that caused it, so the change
 * and its event commit or roll back together (design.md, "Changes that cross stores").
 * `seq` orders delivery per destination (a cancellation never overtakes its purchase).
 */
@Index('ix_outbox_status_seq', ['status', 'seq'])
// The name the migration's unique column got: a MySQL unique index, a SQLite unique constraint.
@Unique('UQ_635fed126b6fbfc4f3ef340321f', ['eventId'])
@Entity({ name: 'outbox_event' })
export class OutboxEventRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq!: number;

  /** Globally unique event id; the receiver's inbox key. */
  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  /** Subgraph that must apply it. */
  @Column({ type: 'varchar', length: 40 })
  destination!: string;

  @Column({ type: 'varchar', length: 80 })
  type!: string;

  /** JSON payload. */
  @Column({ type: 'varchar', length: 4000 })
  payload!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Wall-clock time of the next attempt (back-off); null = due now. */
  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'datetime', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  /** W3C `traceparent` of the mutation that wrote the event (tracing on only): its delivery and effect join that trace. */
  @Column({ type: 'varchar', length: 55, nullable: true })
  traceparent!: string | null;
}

/**
 * Events this store has applied, keyed by event id. Inserted in the same
 * transaction as the effect, so "recorded" and "applied" are one fact: a
 * duplicate delivery finds its id here and changes nothing.
 */
@Entity({ name: 'inbox_event' })
export class InboxEventRow {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ type: 'varchar', length: 40 })
  source!: string;

  @Column({ type: 'varchar', length: 80 })
  type!: string;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt!: Date;
}

/**
 * Which relay may deliver one destination's events right now. Replicas of a
 * subgraph share one store and one outbox; the relay that holds a
 * destination's lease is the only one sending to it, so two replicas never
 * send the same event at once and per-destination order holds across them. A
 * lease that is not renewed expires (`expires_at_ms`), so a replica killed
 * mid-delivery leaves its destination to the others. A row per destination,
 * created on first use; not a lock held in a transaction, so it works the
 * same on MySQL and SQLite and no connection is pinned during HTTP calls.
 */
@Entity({ name: 'outbox_lease' })
export class OutboxLeaseRow {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  destination!: string;

  /** Relay instance holding the lease (host, pid, random), or null when free. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  owner!: string | null;

  /** Wall-clock end of the lease in epoch milliseconds (a number: compared the same way by both drivers). */
  @Column({ name: 'expires_at_ms', type: 'bigint', default: 0 })
  expiresAtMs!: string | number;
}

/** The outbox entities: add them to a store's `entities`. */
export const OUTBOX_ENTITIES = [OutboxEventRow, InboxEventRow, OutboxLeaseRow];
