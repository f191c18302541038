import crypto from 'node:crypto';
import os from 'node:os';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import type { Attributes, Context } from '@opentelemetry/api';
import type { Logger } from '../logger';
import type { SubgraphName } from '../services';
import { OutboxEventRow, OutboxLeaseRow } from './entities';
import { OUTBOX_WRITTEN, type EventEnvelope } from './events';
import { SIGNATURE_HEADER, signBody } from './signature';
import { contextOf, currentTraceparent, inSpan, SpanKind, SpanStatusCode, startSpan } from '../tracing';
import { BATCH_BODY_TARGET_BYTES } from './batch';

/** How the relay paces itself (from `SubgraphConfig.events`). */
export interface RelayTiming {
  /** Delay before a pass once woken, and between passes while events are due. */
  pollIntervalMs: number;
  /** First retry delay; doubles per failed attempt (with jitter). */
  retryBaseMs: number;
  /** Longest retry delay. */
  maxBackoffMs: number;
  /** Idle safety poll for events written by another process; 0 = only on wake-up and retries. */
  sweepIntervalMs: number;
  /** Deadline of one delivery request. */
  requestTimeoutMs: number;
  /**
   * How long a relay's claim on a destination lasts unless renewed (longer
   * than a delivery request): a replica killed mid-delivery frees its
   * destinations for the other replicas after at most this long.
   */
  leaseMs: number;
  /** Most events in one delivery request (`POST /events/batch`); 1 sends each alone. */
  batchMax: number;
}

export interface RelayHooks {
  /**
   * Test hook: runs after the receiver acknowledged, before the event is
   * marked delivered. Throwing simulates the sender dying in that gap: the
   * relay stops as a killed process would, leaving the event PENDING.
   */
  afterSend?(event: OutboxEventRow): void | Promise<void>;
}

export interface OutboxRelayOptions {
  db: DataSource;
  /** This subgraph: the `source` of every envelope. */
  source: SubgraphName;
  secret: string;
  /** `POST /events` URL of a destination, or undefined while unknown (its events wait). */
  target(destination: SubgraphName): string | undefined;
  timing: RelayTiming;
  logger: Logger;
  hooks?: RelayHooks;
  /**
   * Who holds leases: one id per replica (process). Relays restarted inside one
   * process share it, so they take back their own leases at once; another
   * replica waits for them to expire. Default: host, pid and a random part.
   */
  owner?: string;
}

/** A lease owner id for this process: unique across replicas, readable in the table. */
export function newLeaseOwner(): string {
  return `${os.hostname().slice(0, 60)}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
}

/** Result of one pass. */
export interface RelayPass {
  delivered: number;
  failed: number;
}

/** Failures worth a log line at error level: the 5th, 10th, 20th, 40th… attempt. */
export function isReportableAttempt(attempts: number): boolean {
  if (attempts < 5 || attempts % 5 !== 0) return false;
  const ratio = attempts / 5;
  return (ratio & (ratio - 1)) === 0;
}

/** Exponential back-off with "equal jitter": half fixed, half random, capped. */
export function backoffMs(attempts: number, timing: Pick<RelayTiming, 'retryBaseMs' | 'maxBackoffMs'>, random = Math.random): number {
  const exp = Math.min(timing.maxBackoffMs, timing.retryBaseMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(exp / 2 + (exp / 2) * random());
}

/** Counts for `/metrics`: events not yet acknowledged, and those whose last attempt failed. */
export async function outboxCounts(db: DataSource): Promise<{ pending: number; failing: number }> {
  const rows: { status: string; failing: string | number; n: string | number }[] = await db
    .getRepository(OutboxEventRow)
    .createQueryBuilder('e')
    .select('e.status', 'status')
    .addSelect('CASE WHEN e.attempts > 0 THEN 1 ELSE 0 END', 'failing')
    .addSelect('COUNT(*)', 'n')
    .where('e.status = :pending', { pending: 'PENDING' })
    .groupBy('e.status')
    .addGroupBy('failing')
    .getRawMany();
  let pending = 0;
  let failing = 0;
  for (const r of rows) {
    pending += Number(r.n);
    if (Number(r.failing) === 1) failing += Number(r.n);
  }
  return { pending, failing };
}

/** After a receiver answered a batch with 404, how long its destination gets single events before a batch is tried again. */
const BATCH_RETRY_AFTER_404_MS = 5 * 60_000;

/** Most events read in one query (per pass, and per destination under its lease). */
const PAGE = 200;

/**
 * Why a 2xx answer to a batch does not acknowledge it (null when it does):
 * the receiver must name every event, in order, as applied or duplicate.
 */
function batchAnswerMismatch(text: string, batch: OutboxEventRow[]): string | null {
  try {
    const results = (JSON.parse(text) as { results?: unknown }).results;
    if (!Array.isArray(results) || results.length !== batch.length) return 'batch answer does not list every event';
    for (let i = 0; i < batch.length; i++) {
      const r = results[i] as { id?: unknown; status?: unknown } | null;
      if (r?.id !== batch[i].eventId || (r.status !== 'applied' && r.status !== 'duplicate')) return `batch answer does not acknowledge ${batch[i].eventId}`;
    }
    return null;
  } catch {
    return 'batch answer is not JSON';
  }
}

/** Thrown by `runOnce` when the `afterSend` hook simulated a crash. */
export class RelayCrashed extends Error {}

/**
 * Delivers this store's outbox events to the subgraphs that apply them.
 * Idle, it issues no SQL: it wakes after a transaction that wrote an event
 * commits (a TypeORM subscriber), at start (events left by a previous run),
 * on its retry schedule while events are pending, and on the optional sweep.
 * Events of one destination go in `seq` order; an event that fails blocks the
 * later ones of the same destination until it is delivered (a cancellation
 * never overtakes its purchase). Delivery is at-least-once: the receiver's
 * inbox makes it exactly-once in effect.
 *
 * Replicas of a subgraph share the store: a relay sends to a destination only
 * while it holds that destination's lease (`outbox_lease`), renewed before
 * each send once half of it has run out, released after the pass. So one
 * replica at a time sends a destination's events, in `seq` order; a replica
 * that dies mid-delivery keeps its lease until it expires, then another
 * replica sends the event again (the receiver's inbox drops the duplicate).
 *
 * Retry times use the wall clock, not the domain clock: back-off is
 * operations, and a test's frozen ManualClock must not freeze retries.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;
  /** Set when the test hook simulated a crash: like a killed process, the relay then releases no lease. */
  private crashed = false;
  private readonly owner: string;
  /** Wall-clock end of each lease this relay holds. */
  private readonly heldUntil = new Map<string, number>();
  /** Destinations that answered a batch with 404 (warned once), and until when they get single events only. */
  private readonly batchesRefusedUntil = new Map<string, number>();
  private readonly subscriber: EntitySubscriberInterface;
  private markStartUpDone!: () => void;
  /** Resolves once the start-up pass (events left by a previous process) has run. */
  readonly startUpDone = new Promise<void>((resolve) => (this.markStartUpDone = resolve));

  constructor(private readonly options: OutboxRelayOptions) {
    this.owner = options.owner ?? newLeaseOwner();
    this.subscriber = {
      afterTransactionCommit: (event: TransactionCommitEvent) => {
        const data = event.queryRunner.data as Record<string, unknown> | undefined;
        // Only the outermost COMMIT: a released savepoint is not durable yet.
        if (data?.[OUTBOX_WRITTEN] && !event.queryRunner.isTransactionActive) {
          data[OUTBOX_WRITTEN] = false;
          this.wake();
        }
      },
    };
  }

  /** Starts delivering: one pass right away (events left by a previous process), then as woken. */
  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    this.options.db.subscribers.push(this.subscriber);
    this.schedule(0);
    return this;
  }

  /** Stops, waiting for a pass in flight (the store must not close under it). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    const i = this.options.db.subscribers.indexOf(this.subscriber);
    if (i >= 0) this.options.db.subscribers.splice(i, 1);
    await this.running;
  }

  get isRunning(): boolean {
    return !this.stopped;
  }

  /** Asks for a pass soon (after a commit that wrote an event). */
  wake(): void {
    this.schedule(this.options.timing.pollIntervalMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + Math.max(0, delayMs);
    if (this.timer && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.running = this.running.then(() => this.loop());
    }, Math.max(0, delayMs));
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.deliverAndReschedule();
    } finally {
      this.markStartUpDone();
    }
  }

  private async deliverAndReschedule(): Promise<void> {
    try {
      const { nextDueInMs } = await this.pass();
      if (nextDueInMs !== null) this.schedule(Math.max(this.options.timing.pollIntervalMs, nextDueInMs));
      else if (this.options.timing.sweepIntervalMs > 0) this.schedule(this.options.timing.sweepIntervalMs);
    } catch (err) {
      if (err instanceof RelayCrashed) {
        this.options.logger.warn('outbox relay stopped by its test hook (simulated crash)');
        void this.stop();
        return;
      }
      // The store may be briefly unreachable: try again later, never give up silently.
      this.options.logger.error({ err }, 'outbox relay pass failed');
      this.schedule(this.options.timing.maxBackoffMs);
    }
  }

  /** One pass over the pending events (tests call it directly on a relay they built). */
  async runOnce(): Promise<RelayPass> {
    const { delivered, failed } = await this.pass();
    return { delivered, failed };
  }

  private async pass(): Promise<RelayPass & { nextDueInMs: number | null }> {
    // Which destinations have something pending (read without a lease; each is re-read under its lease).
    const pending = await this.pendingEvents();
    const byDestination = new Map<string, OutboxEventRow[]>();
    for (const e of pending) byDestination.set(e.destination, [...(byDestination.get(e.destination) ?? []), e]);
    let delivered = 0;
    let failed = 0;
    let nextDue: number | null = null;
    const dueIn = (ms: number) => {
      nextDue = Math.min(nextDue ?? Infinity, ms);
    };
    await Promise.all(
      [...byDestination.entries()].map(async ([destination, overview]) => {
        // Only the oldest event of a destination can be due (later ones wait behind it): no lease needed until then.
        const firstDueAt = overview[0].nextAttemptAt?.getTime() ?? 0;
        if (firstDueAt > Date.now()) {
          dueIn(firstDueAt - Date.now());
          return;
        }
        const claim = await this.claim(destination);
        if (!claim.held) {
          // Another replica is delivering to this destination: look again when its lease would have expired.
          dueIn(claim.retryInMs);
          return;
        }
        try {
          // Fresh under the lease: another replica may have delivered some of the overview meanwhile.
          const events = await this.pendingEvents(destination);
          // Events of a batch the receiver did not take go one by one up to here: the one that fails then
          // records its attempt and holds back the rest, exactly as if they had never been batched.
          let singlyUntil = 0;
          for (let i = 0; i < events.length; ) {
            const event = events[i];
            const now = Date.now();
            const dueAt = event.nextAttemptAt?.getTime() ?? 0;
            if (dueAt > now) {
              dueIn(dueAt - now);
              return;
            }
            if (!(await this.keepLease(destination))) {
              dueIn(this.options.timing.pollIntervalMs);
              return;
            }
            if (i >= singlyUntil) {
              const batch = this.batchFrom(events, i, now);
              if (batch.length > 1) {
                if (await this.deliverBatch(destination, batch)) {
                  delivered += batch.length;
                  i += batch.length;
                  continue;
                }
                singlyUntil = i + batch.length;
                // The failed batch may have taken a whole request timeout: check the lease again before sending alone.
                continue;
              }
            }
            const ok = await this.deliver(event);
            if (ok) {
              delivered += 1;
              i += 1;
              continue;
            }
            failed += 1;
            dueIn(backoffMs(event.attempts, this.options.timing));
            return;
          }
          if (events.length === PAGE) dueIn(this.options.timing.pollIntervalMs);
        } finally {
          // A crashed process releases nothing: its lease runs out and another replica takes over.
          if (!this.crashed) await this.release(destination);
        }
      }),
    );
    // A full page may hide more events: come back soon.
    if (pending.length === PAGE) dueIn(this.options.timing.pollIntervalMs);
    return { delivered, failed, nextDueInMs: nextDue };
  }

  private pendingEvents(destination?: string): Promise<OutboxEventRow[]> {
    const query = this.options.db
      .getRepository(OutboxEventRow)
      .createQueryBuilder('e')
      .where('e.status = :pending', { pending: 'PENDING' });
    if (destination) query.andWhere('e.destination = :destination', { destination });
    return query.orderBy('e.seq', 'ASC').limit(PAGE).getMany();
  }

  /**
   * Takes the destination's lease if it is free, expired or already ours: one
   * conditional UPDATE, so two replicas racing for it cannot both win.
   */
  private async claim(destination: string): Promise<{ held: true } | { held: false; retryInMs: number }> {
    const db = this.options.db;
    const now = Date.now();
    const until = now + this.options.timing.leaseMs;
    const take = () =>
      db
        .createQueryBuilder()
        .update(OutboxLeaseRow)
        .set({ owner: this.owner, expiresAtMs: until })
        .where('destination = :destination', { destination })
        .andWhere('(owner IS NULL OR owner = :owner OR expires_at_ms < :now)', { owner: this.owner, now })
        .execute();
    let result = await take();
    let holder: OutboxLeaseRow | null = null;
    if (result.affected !== 1) {
      holder = await db.getRepository(OutboxLeaseRow).findOneBy({ destination });
      if (!holder) {
        // First event ever to this destination: create its (free) lease row, then race for it like everyone else.
        await db.createQueryBuilder().insert().into(OutboxLeaseRow).values({ destination, owner: null, expiresAtMs: 0 }).orIgnore().updateEntity(false).execute();
        result = await take();
      }
    }
    if (result.affected === 1) {
      this.heldUntil.set(destination, until);
      return { held: true };
    }
    holder ??= await db.getRepository(OutboxLeaseRow).findOneBy({ destination });
    const left = holder ? Number(holder.expiresAtMs) - now + 1 : 0;
    return { held: false, retryInMs: Math.max(this.options.timing.pollIntervalMs, Math.min(this.options.timing.leaseMs, left)) };
  }

  /** Before each send: renews the lease once half of it has run out; false when another replica took it. */
  private async keepLease(destination: string): Promise<boolean> {
    const now = Date.now();
    const heldUntil = this.heldUntil.get(destination) ?? 0;
    if (heldUntil - now > this.options.timing.leaseMs / 2) return true;
    const until = now + this.options.timing.leaseMs;
    const result = await this.options.db
      .createQueryBuilder()
      .update(OutboxLeaseRow)
      .set({ expiresAtMs: until })
      .where('destination = :destination AND owner = :owner', { destination, owner: this.owner })
      .execute();
    if (result.affected !== 1) {
      this.heldUntil.delete(destination);
      this.options.logger.warn({ destination }, 'outbox lease lost to another replica; leaving the destination to it');
      return false;
    }
    this.heldUntil.set(destination, until);
    return true;
  }

  private async release(destination: string): Promise<void> {
    this.heldUntil.delete(destination);
    try {
      await this.options.db
        .createQueryBuilder()
        .update(OutboxLeaseRow)
        .set({ owner: null, expiresAtMs: 0 })
        .where('destination = :destination AND owner = :owner', { destination, owner: this.owner })
        .execute();
    } catch (err) {
      // The lease expires by itself; the next pass of any replica takes it.
      this.options.logger.warn({ err, destination }, 'could not release an outbox lease');
    }
  }

  /**
   * The due events from `from` on that go in one request: consecutive (order
   * is per destination), at most `batchMax`, and a body well under the
   * receiver's limit.
   */
  private batchFrom(events: OutboxEventRow[], from: number, now: number): OutboxEventRow[] {
    // An event that failed before goes alone, as it always did: a retry of it costs one request, not a batch and then one.
    // So do all events of a destination whose receiver had no batch route lately (an older version mid-upgrade).
    if (events[from].attempts > 0 || (this.batchesRefusedUntil.get(events[from].destination) ?? 0) > now) return [events[from]];
    const batch: OutboxEventRow[] = [];
    let bytes = 0;
    for (let i = from; i < events.length && batch.length < this.options.timing.batchMax; i++) {
      const event = events[i];
      if ((event.nextAttemptAt?.getTime() ?? 0) > now) break;
      // The payload's UTF-8 bytes plus the envelope around it (ids, type, dates, traceparent): a generous estimate.
      bytes += Buffer.byteLength(event.payload) + 400;
      if (batch.length > 0 && bytes > BATCH_BODY_TARGET_BYTES) break;
      batch.push(event);
    }
    return batch;
  }

  /** A delivery's PRODUCER span: in the trace of the mutation that wrote the event, so the receiver's effect joins it. */
  private producerSpan(event: OutboxEventRow, batchSize?: number): { kind: SpanKind; parent: Context; attributes: Attributes } {
    const attributes: Attributes = { 'messaging.destination.name': event.destination, 'messaging.message.id': event.eventId, 'licensing.service': this.options.source };
    if (batchSize !== undefined) attributes['messaging.batch.message_count'] = batchSize;
    return { kind: SpanKind.PRODUCER, parent: contextOf(event.traceparent ?? undefined), attributes };
  }

  private envelopeOf(event: OutboxEventRow, traceparent: string | undefined): EventEnvelope {
    const envelope: EventEnvelope = {
      id: event.eventId,
      source: this.options.source,
      type: event.type,
      occurredAt: event.createdAt.toISOString(),
      payload: JSON.parse(event.payload) as EventEnvelope['payload'],
    };
    if (traceparent) envelope.traceparent = traceparent;
    return envelope;
  }

  /**
   * Sends several events of one destination in one request, applied there
   * in one transaction, and marks them delivered with one statement. Returns
   * false, recording nothing, when the receiver did not take the whole batch
   * (unreachable, an effect failed, or a receiver without `/events/batch`):
   * the caller then sends the same events one by one, and whichever fails
   * records its attempt and reason as it always did.
   */
  private async deliverBatch(destination: string, batch: OutboxEventRow[]): Promise<boolean> {
    const url = this.options.target(destination as SubgraphName);
    if (!url) return false;
    // Tracing on: one PRODUCER span per event, in the trace of the mutation that wrote it, as for a single delivery.
    const spans = batch.map((event) => startSpan(`outbox deliver ${event.type}`, this.producerSpan(event, batch.length)));
    const body = JSON.stringify({ events: batch.map((event, i) => this.envelopeOf(event, spans[i]?.traceparent)) });
    const answer = await this.post(`${url}/batch`, destination, body);
    const reason = answer.reason ?? batchAnswerMismatch(answer.text, batch);
    for (const s of spans) {
      if (reason !== null) s?.span.setStatus({ code: SpanStatusCode.ERROR });
      s?.span.end();
    }
    if (reason !== null) {
      // A receiver without the batch route (an older version mid-upgrade) costs a wasted request per batch: say so once.
      if (reason.startsWith('HTTP 404')) {
        if (!this.batchesRefusedUntil.has(destination)) this.options.logger.warn({ destination }, 'receiver has no POST /events/batch (404); sending its events one by one');
        this.batchesRefusedUntil.set(destination, Date.now() + BATCH_RETRY_AFTER_404_MS);
      }
      this.options.logger.debug({ destination, events: batch.length, reason }, 'outbox batch not taken; sending its events one by one');
      return false;
    }
    await this.afterAcknowledged(batch);
    await this.markDelivered(batch);
    return true;
  }

  /** Records acknowledged events as delivered, one statement however many (a single event or a batch). */
  private async markDelivered(events: OutboxEventRow[]): Promise<void> {
    await this.options.db
      .createQueryBuilder()
      .update(OutboxEventRow)
      .set({ status: 'DELIVERED', deliveredAt: new Date(), attempts: () => 'attempts + 1', nextAttemptAt: null })
      .where('seq IN (:...seqs)', { seqs: events.map((e) => e.seq) })
      .andWhere('status = :pending', { pending: 'PENDING' })
      .execute();
  }

  /** Runs the test hook for each acknowledged event; a throw stops the relay as a killed process would. */
  private async afterAcknowledged(events: OutboxEventRow[]): Promise<void> {
    const hook = this.options.hooks?.afterSend;
    if (!hook) return;
    for (const event of events) {
      try {
        await hook(event);
      } catch {
        this.stopped = true;
        this.crashed = true;
        throw new RelayCrashed();
      }
    }
  }

  /** POSTs a signed body to a receiver: its answer's text when 2xx, otherwise why not (for `last_error`). */
  private async post(url: string, destination: string, body: string): Promise<{ text: string; reason: null } | { reason: string }> {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(body, this.options.secret) },
        body,
        signal: AbortSignal.timeout(this.options.timing.requestTimeoutMs),
      });
      const text = await res.text();
      return res.ok ? { text, reason: null } : { reason: `HTTP ${res.status} from ${destination}: ${text.slice(0, 300)}` };
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      return { reason: `${destination} unreachable: ${cause ?? (err as Error).message}` };
    }
  }

  /** Sends one event; records the outcome. Returns whether it was acknowledged. */
  private async deliver(event: OutboxEventRow): Promise<boolean> {
    const repo = this.options.db.getRepository(OutboxEventRow);
    const url = this.options.target(event.destination as SubgraphName);
    let error: string | null = null;
    if (!url) {
      error = `no events URL known for ${event.destination}`;
    } else {
      // Tracing on: one PRODUCER span per attempt, in the trace of the mutation that wrote the event,
      // and the receiver continues from it. Off: the envelope is as it always was.
      error = await inSpan(
        `outbox deliver ${event.type}`,
        this.producerSpan(event),
        async (span) => {
          const envelope = this.envelopeOf(event, span ? currentTraceparent() : undefined);
          const { reason } = await this.post(url, event.destination, JSON.stringify(envelope));
          if (reason !== null) span?.setStatus({ code: SpanStatusCode.ERROR });
          return reason;
        },
      );
    }
    if (error === null) {
      await this.afterAcknowledged([event]);
      await this.markDelivered([event]);
      return true;
    }
    const attempts = event.attempts + 1;
    const nextAttemptAt = new Date(Date.now() + backoffMs(attempts, this.options.timing));
    await repo.update({ seq: event.seq, status: 'PENDING' }, { attempts, lastError: error.slice(0, 1000), nextAttemptAt });
    event.attempts = attempts;
    const facts = { eventId: event.eventId, type: event.type, destination: event.destination, attempts, reason: error };
    if (isReportableAttempt(attempts)) this.options.logger.error(facts, 'outbox event keeps failing; still retrying');
    else this.options.logger.debug(facts, 'outbox delivery failed; will retry');
    return false;
  }
}
