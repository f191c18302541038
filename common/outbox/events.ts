import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SubgraphName } from '../services';
import { OutboxEventRow } from './entities';
import { currentTraceparent } from '../tracing';

/** JSON-safe payload of an event. */
export type EventPayload = { [key: string]: unknown };

/** What a mutation asks to be delivered. */
export interface NewOutboxEvent {
  /** Subgraph that applies the effect. */
  destination: SubgraphName;
  /** Event type, e.g. `ProblemResolutionSupportActivated`. */
  type: string;
  payload: EventPayload;
}

/** The envelope posted to `POST /events` (signed over its exact JSON bytes). */
export interface EventEnvelope {
  id: string;
  source: string;
  type: string;
  occurredAt: string;
  payload: EventPayload;
  /**
   * W3C `traceparent` of the delivery (tracing on: a child of the mutation's
   * trace), inside the signed body so nobody on the way can graft it elsewhere.
   */
  traceparent?: string;
}

/** Flag set on the transaction's query runner so the relay is woken after COMMIT (not before: it would find nothing). */
export const OUTBOX_WRITTEN = 'outboxEventsWritten';

/** Largest payload the outbox column holds. */
const MAX_PAYLOAD = 4000;

/**
 * Writes an event into the caller's transaction `tx`: it commits with the
 * caller's own rows or not at all. Never call another subgraph here.
 * Returns the event id.
 */
export async function writeOutboxEvent(tx: EntityManager, event: NewOutboxEvent, now: Date): Promise<string> {
  if (!tx.queryRunner?.isTransactionActive) throw new Error('writeOutboxEvent must run inside the mutation transaction');
  const payload = JSON.stringify(event.payload);
  if (payload.length > MAX_PAYLOAD) throw new Error(`outbox payload of ${event.type} is ${payload.length} characters (max ${MAX_PAYLOAD})`);
  const eventId = `evt-${crypto.randomUUID()}`;
  // No read-back of the generated and default columns (`updateEntity(false)`): nobody uses them, and on
  // MySQL it was a SELECT of its own in every mutation that writes an event.
  await tx.createQueryBuilder().insert().into(OutboxEventRow).updateEntity(false).values({
    eventId,
    destination: event.destination,
    type: event.type,
    payload,
    createdAt: now,
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    deliveredAt: null,
    // The mutation's trace: the relay's delivery and the receiver's effect continue it.
    traceparent: currentTraceparent() ?? null,
  }).execute();
  tx.queryRunner.data = { ...(tx.queryRunner.data ?? {}), [OUTBOX_WRITTEN]: true };
  return eventId;
}
