import express from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { InboxEventRow } from './entities';
import type { EventEnvelope } from './events';
import { SIGNATURE_HEADER, verifyBody } from './signature';
import { contextOf, inSpan, newRequestId, SpanKind, traceIdOf } from '../tracing';

/** What an effect handler receives besides the transaction. */
export interface EventContext {
  clock: Clock;
  logger: Logger;
}

/**
 * Applies one event's effect inside `tx` (the same transaction that records
 * the event id). It may write outbox events of its own (a reply) with
 * `writeOutboxEvent(tx, …)`. Throwing rolls everything back; the sender retries.
 */
export type EventHandler = (tx: EntityManager, event: EventEnvelope, ctx: EventContext) => Promise<void>;

/** Handlers by event type. */
export type EventHandlers = Readonly<Record<string, EventHandler>>;

export interface EventReceiverOptions {
  db: DataSource;
  secret: string;
  handlers: EventHandlers;
  clock: Clock;
  logger: Logger;
}

/** Outcome of one delivery, as acknowledged to the sender. */
export type ReceiveOutcome = 'applied' | 'duplicate';

function isDuplicateKey(err: unknown): boolean {
  const code = (err as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function parseEnvelope(raw: Buffer): EventEnvelope | null {
  try {
    const value = JSON.parse(raw.toString('utf8')) as Partial<EventEnvelope>;
    const ok =
      typeof value.id === 'string' && value.id.length > 0 && value.id.length <= 64 &&
      typeof value.source === 'string' && value.source.length <= 40 &&
      typeof value.type === 'string' && value.type.length <= 80 &&
      typeof value.occurredAt === 'string' &&
      typeof value.payload === 'object' && value.payload !== null;
    if (!ok) return null;
    // A trace context that is not a valid one is dropped, never a reason to refuse the event.
    if (value.traceparent !== undefined && traceIdOf(value.traceparent) === undefined) delete value.traceparent;
    return value as EventEnvelope;
  } catch {
    return null;
  }
}

/**
 * Records the event id and applies its effect in ONE transaction. A known id
 * is acknowledged and ignored. Two concurrent deliveries of the same id: the
 * loser fails on the inbox primary key, its transaction (effect included)
 * rolls back, and it is acknowledged as a duplicate.
 */
export async function receiveEvent(options: Omit<EventReceiverOptions, 'secret'>, event: EventEnvelope): Promise<ReceiveOutcome> {
  const handler = options.handlers[event.type];
  if (!handler) throw new Error(`no handler for event type ${event.type}`);
  try {
    return await options.db.transaction(async (tx) => {
      const inbox = tx.getRepository(InboxEventRow);
      if (await inbox.existsBy({ eventId: event.id })) return 'duplicate' as const;
      await inbox.insert({ eventId: event.id, source: event.source, type: event.type, receivedAt: options.clock.now() });
      await handler(tx, event, { clock: options.clock, logger: options.logger });
      return 'applied' as const;
    });
  } catch (err) {
    if (isDuplicateKey(err) && (await options.db.getRepository(InboxEventRow).existsBy({ eventId: event.id }))) return 'duplicate';
    throw err;
  }
}

/**
 * `POST /events`: refuses an unsigned or forged body with 401 before reading
 * it (nothing changes), 400 for a malformed envelope, 422 for an unknown type;
 * 200 `{ status: "applied" | "duplicate" }` otherwise; 500 when the effect
 * failed (rolled back; the sender retries and logs the reason).
 */
export function mountEventReceiver(app: express.Express, options: EventReceiverOptions): { drain(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  app.post('/events', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    if (closing) {
      // Shutting down: the sender keeps the event and retries elsewhere or later.
      res.status(503).json({ error: 'shutting down' });
      return;
    }
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!verifyBody(raw, req.header(SIGNATURE_HEADER), options.secret)) {
      options.logger.warn({ ip: req.ip }, 'refused an event with a missing or wrong signature');
      res.status(401).json({ error: 'missing or invalid event signature' });
      return;
    }
    const event = parseEnvelope(raw);
    if (!event) {
      res.status(400).json({ error: 'malformed event envelope' });
      return;
    }
    if (!options.handlers[event.type]) {
      res.status(422).json({ error: `unknown event type ${event.type}` });
      return;
    }
    // The effect's log lines carry the request id of the mutation that wrote the event (its trace id).
    const logger = options.logger.child({ requestId: traceIdOf(event.traceparent) ?? newRequestId(), eventId: event.id });
    try {
      const work = inSpan(
        `outbox receive ${event.type}`,
        { kind: SpanKind.CONSUMER, parent: contextOf(event.traceparent), attributes: { 'messaging.message.id': event.id, 'messaging.source': event.source } },
        () => receiveEvent({ ...options, logger }, event),
      );
      inFlight.add(work);
      const status = await work.finally(() => inFlight.delete(work));
      res.status(200).json({ status, id: event.id });
    } catch (err) {
      logger.error({ err, type: event.type }, 'event effect failed; rolled back');
      // The reason (maybe a database error, with SQL) is in our log only; the sender just retries.
      res.status(500).json({ error: 'effect failed; rolled back' });
    }
  });
  return {
    /** Refuses new events and waits for those being applied, so the store is not closed under a transaction. */
    async drain() {
      closing = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
