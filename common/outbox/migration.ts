import crypto from 'node:crypto';
import { Table, TableColumn, TableIndex, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { OUTBOX_WRITTEN, type NewOutboxEvent } from './events';

/**
 * The outbox and inbox tables, built with the `Table` API so the same
 * migration runs on MySQL and SQLite. Each subgraph calls these from its own
 * numbered migration (a store owns its schema; the shape is written once here).
 */
export async function createOutboxTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'outbox_event',
      columns: [
        { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'event_id', type: 'varchar', length: '64', isUnique: true },
        { name: 'destination', type: 'varchar', length: '40' },
        { name: 'type', type: 'varchar', length: '80' },
        { name: 'payload', type: 'varchar', length: '4000' },
        { name: 'created_at', type: 'datetime', precision: 3 },
        { name: 'status', type: 'varchar', length: '16' },
        { name: 'attempts', type: 'int', default: 0 },
        { name: 'next_attempt_at', type: 'datetime', precision: 3, isNullable: true },
        { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
        { name: 'delivered_at', type: 'datetime', precision: 3, isNullable: true },
      ],
    }),
  );
  // The relay's poll: pending events in order.
  await queryRunner.createIndex('outbox_event', new TableIndex({ name: 'ix_outbox_status_seq', columnNames: ['status', 'seq'] }));
  await queryRunner.createTable(
    new Table({
      name: 'inbox_event',
      columns: [
        { name: 'event_id', type: 'varchar', length: '64', isPrimary: true },
        { name: 'source', type: 'varchar', length: '40' },
        { name: 'type', type: 'varchar', length: '80' },
        { name: 'received_at', type: 'datetime', precision: 3 },
      ],
    }),
  );
}

export async function dropOutboxTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropTable('inbox_event');
  await queryRunner.dropTable('outbox_event');
}

/**
 * The relays' per-destination lease (`OutboxLeaseRow`): lets several replicas
 * of a subgraph share one outbox. Each subgraph adds it in its own migration.
 */
export async function createOutboxLeaseTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'outbox_lease',
      columns: [
        { name: 'destination', type: 'varchar', length: '40', isPrimary: true },
        { name: 'owner', type: 'varchar', length: '100', isNullable: true },
        { name: 'expires_at_ms', type: 'bigint', default: 0 },
      ],
    }),
  );
}

/** The trace context an event carries from the mutation that wrote it (`OutboxEventRow.traceparent`). */
export async function addOutboxTraceparent(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.addColumn('outbox_event', new TableColumn({ name: 'traceparent', type: 'varchar', length: '55', isNullable: true }));
}

export async function dropOutboxTraceparent(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropColumn('outbox_event', 'traceparent');
}

export async function dropOutboxLeaseTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropTable('outbox_lease');
}

/**
 * Replicas of a subgraph share its outbox: a relay delivers to a destination
 * only while it holds that destination's lease (docs/outbox.md). The same
 * migration in every store that has an outbox; numbered high so it never
 * collides with a subgraph's own numbering.
 */
export class OutboxLease1764000000100 implements MigrationInterface {
  name = 'OutboxLease1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxLeaseTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxLeaseTable(q);
  }
}

/** An outbox event carries the trace of the mutation that wrote it (docs/outbox.md, "Tracing"); the same in every store. */
export class OutboxTraceparent1764000000170 implements MigrationInterface {
  name = 'OutboxTraceparent1764000000170';

  async up(q: QueryRunner): Promise<void> {
    await addOutboxTraceparent(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxTraceparent(q);
  }
}

/**
 * Writes an outbox event from a data migration with the columns the outbox
 * had when it was created (migration 3 of each store). Entity code follows the
 * latest schema (later migrations add columns, e.g. `traceparent`), so a data
 * migration that ran before them must not insert through the entity.
 */
export async function insertOutboxEventAsCreated(tx: EntityManager, event: NewOutboxEvent, now: Date): Promise<string> {
  const eventId = `evt-${crypto.randomUUID()}`;
  await tx.query(
    'INSERT INTO outbox_event (event_id, destination, type, payload, created_at, status, attempts) VALUES (?, ?, ?, ?, ?, ?, 0)',
    // A UTC `YYYY-MM-DD HH:MM:SS.sss` string: what TypeORM writes for a datetime on SQLite, and a literal UTC value on MySQL.
    [eventId, event.destination, event.type, JSON.stringify(event.payload), now.toISOString().replace('T', ' ').replace('Z', ''), 'PENDING'],
  );
  // As writeOutboxEvent does: a running relay is woken after the commit (at start-up its first pass finds the event).
  if (tx.queryRunner) tx.queryRunner.data = { ...(tx.queryRunner.data ?? {}), [OUTBOX_WRITTEN]: true };
  return eventId;
}
