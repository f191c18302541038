import express from 'express';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { MAX_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from './batch';
import { isDuplicateKey } from '../duplicateKey';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { InboxEventRow } from './entities';
import type { EventEnvelope } from './events';
import { SIGNATURE_HEADER, verifyBody } from './signature';
import { contextOf, inSpan, newRequestId, SpanKind, traceIdOf } from '../tracing';
import type { Attributes } from '@opentelemetry/api';

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

/** The handler of an event type: an own entry only, so a type named after `Object.prototype` (`constructor`) is unknown. */
function handlerOf(handlers: EventHandlers, type: string): EventHandler | undefined {
  return Object.hasOwn(handlers, type) ? handlers[type] : undefined;
}

/** Thrown by `receiveEvents` when one event's effect failed: names that event for the log. */
class EffectFailed extends Error {
  constructor(readonly eventId: string, readonly type: string, cause: unknown) {
    super(`effect of ${type} ${eventId} failed`, { cause });
  }
}

/** The logger of an event's effect: its lines carry the request id of the mutation that wrote the event (its trace id). */
function effectLogger(logger: Logger, event: EventEnvelope): Logger {
  return logger.child({ requestId: traceIdOf(event.traceparent) ?? newRequestId(), eventId: event.id });
}

/** Runs an event's effect in a CONSUMER span continuing the trace of the mutation that wrote it (tracing on). */
function inConsumerSpan<T>(event: EventEnvelope, work: () => Promise<T>, batchSize?: number): Promise<T> {
  const attributes: Attributes = { 'messaging.message.id': event.id, 'messaging.source': event.source };
  if (batchSize !== undefined) attributes['messaging.batch.message_count'] = batchSize;
  return inSpan(`outbox receive ${event.type}`, { kind: SpanKind.CONSUMER, parent: contextOf(event.traceparent), attributes }, work);
}

function parseEnvelope(raw: Buffer): EventEnvelope | null {
  try {
    return envelopeFrom(JSON.parse(raw.toString('utf8')));
  } catch {
    return null;
  }
}

/** The envelope a parsed JSON value is, or null when it is not one. */
function envelopeFrom(json: unknown): EventEnvelope | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const value = json as Partial<EventEnvelope>;
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
}

/** The events of a batch body, or null when it is not a well-formed batch (1 to the limit, ids unique). */
function parseBatch(raw: Buffer): EventEnvelope[] | null {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
  const list = (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_EVENTS_PER_BATCH) return null;
  const events: EventEnvelope[] = [];
  const ids = new Set<string>();
  for (const item of list) {
    const event = envelopeFrom(item);
    if (!event || ids.has(event.id)) return null;
    ids.add(event.id);
    events.push(event);
  }
  return events;
}

/**
 * Records the event id and applies its effect in ONE transaction. A known id
 * is acknowledged and ignored. Two concurrent deliveries of the same id: the
 * loser fails on the inbox primary key, its transaction (effect included)
 * rolls back, and it is acknowledged as a duplicate.
 */
export async function receiveEvent(options: Omit<EventReceiverOptions, 'secret'>, event: EventEnvelope): Promise<ReceiveOutcome> {
  const handler = handlerOf(options.handlers, event.type);
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

/** What the receiver answers for each event of a batch, in the batch's order. */
export interface BatchResult {
  id: string;
  status: ReceiveOutcome;
}

/**
 * Applies a batch of events (one sender, one destination, in the sender's
 * order) in ONE transaction: one read of the inbox for all their ids, one
 * insert of the new ones, then each new event's effect in order. Known ids
 * are acknowledged as duplicates and change nothing. Any effect that throws
 * rolls the whole batch back: the sender then sends the events one by one,
 * and only the failing one stays pending. A concurrent delivery of one of
 * the ids fails the batch on the inbox primary key, the same way.
 */
export async function receiveEvents(options: Omit<EventReceiverOptions, 'secret'>, events: EventEnvelope[]): Promise<BatchResult[]> {
  const handlers = events.map((event) => {
    const handler = handlerOf(options.handlers, event.type);
    if (!handler) throw new Error(`no handler for event type ${event.type}`);
    return handler;
  });
  return options.db.transaction(async (tx) => {
    const inbox = tx.getRepository(InboxEventRow);
    const known = new Set((await inbox.find({ select: { eventId: true }, where: { eventId: In(events.map((e) => e.id)) } })).map((r) => r.eventId));
    const fresh = events.filter((e) => !known.has(e.id));
    if (fresh.length > 0) {
      const receivedAt = options.clock.now();
      await inbox.insert(fresh.map((e) => ({ eventId: e.id, source: e.source, type: e.type, receivedAt })));
    }
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (known.has(event.id)) continue;
      const logger = effectLogger(options.logger, event);
      try {
        await inConsumerSpan(event, () => handlers[i](tx, event, { clock: options.clock, logger }), events.length);
      } catch (err) {
        throw new EffectFailed(event.id, event.type, err);
      }
    }
    return events.map((e) => ({ id: e.id, status: known.has(e.id) ? ('duplicate' as const) : ('applied' as const) }));
  });
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
  /**
   * The body of a request both routes may act on, or undefined once answered:
   * 503 while shutting down (the sender keeps the events and retries), 401
   * unless the shared secret signed these exact bytes.
   */
  const signedBody = (req: express.Request, res: express.Response, what: string): Buffer | undefined => {
    if (closing) {
      res.status(503).json({ error: 'shutting down' });
      return undefined;
    }
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!verifyBody(raw, req.header(SIGNATURE_HEADER), options.secret)) {
      options.logger.warn({ ip: req.ip }, `refused ${what} with a missing or wrong signature`);
      res.status(401).json({ error: 'missing or invalid event signature' });
      return undefined;
    }
    return raw;
  };
  app.post('/events', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const raw = signedBody(req, res, 'an event');
    if (!raw) return;
    const event = parseEnvelope(raw);
    if (!event) {
      res.status(400).json({ error: 'malformed event envelope' });
      return;
    }
    if (!handlerOf(options.handlers, event.type)) {
      res.status(422).json({ error: `unknown event type ${event.type}` });
      return;
    }
    const logger = effectLogger(options.logger, event);
    try {
      const work = inConsumerSpan(event, () => receiveEvent({ ...options, logger }, event));
      inFlight.add(work);
      const status = await work.finally(() => inFlight.delete(work));
      res.status(200).json({ status, id: event.id });
    } catch (err) {
      logger.error({ err, type: event.type }, 'event effect failed; rolled back');
      // The reason (maybe a database error, with SQL) is in our log only; the sender just retries.
      res.status(500).json({ error: 'effect failed; rolled back' });
    }
  });
  // Several events of one sender in one request (the relay's batches): the same checks, one transaction.
  app.post('/events/batch', express.raw({ type: () => true, limit: MAX_BATCH_BYTES }), async (req, res) => {
    const raw = signedBody(req, res, 'an event batch');
    if (!raw) return;
    const events = parseBatch(raw);
    if (!events) {
      res.status(400).json({ error: `malformed event batch: { events: [envelope, …] }, 1 to ${MAX_EVENTS_PER_BATCH} events with distinct ids` });
      return;
    }
    const unknown = events.find((e) => !handlerOf(options.handlers, e.type));
    if (unknown) {
      res.status(422).json({ error: `unknown event type ${unknown.type}` });
      return;
    }
    try {
      const work = receiveEvents(options, events);
      inFlight.add(work);
      const results = await work.finally(() => inFlight.delete(work));
      res.status(200).json({ results });
    } catch (err) {
      // The inbox insert lost to a concurrent delivery of one of these ids (an effect's own duplicate key is a failed effect).
      if (!(err instanceof EffectFailed) && isDuplicateKey(err)) {
        res.status(409).json({ error: 'another delivery of one of these events is being applied; send them one by one' });
        return;
      }
      const facts = err instanceof EffectFailed ? { err: err.cause, eventId: err.eventId, type: err.type } : { err };
      options.logger.error({ ...facts, events: events.length }, 'event batch effect failed; rolled back');
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
