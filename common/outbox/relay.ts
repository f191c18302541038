import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import type { Logger } from '../logger';
import type { SubgraphName } from '../services';
import { OutboxEventRow } from './entities';
import { OUTBOX_WRITTEN, type EventEnvelope } from './events';
import { SIGNATURE_HEADER, signBody } from './signature';

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
 * Retry times use the wall clock, not the domain clock: back-off is
 * operations, and a test's frozen ManualClock must not freeze retries.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;
  private readonly subscriber: EntitySubscriberInterface;
  private markStartUpDone!: () => void;
  /** Resolves once the start-up pass (events left by a previous process) has run. */
  readonly startUpDone = new Promise<void>((resolve) => (this.markStartUpDone = resolve));

  constructor(private readonly options: OutboxRelayOptions) {
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
    const pending = await this.options.db
      .getRepository(OutboxEventRow)
      .createQueryBuilder('e')
      .where('e.status = :pending', { pending: 'PENDING' })
      .orderBy('e.seq', 'ASC')
      .limit(200)
      .getMany();
    const byDestination = new Map<string, OutboxEventRow[]>();
    for (const e of pending) byDestination.set(e.destination, [...(byDestination.get(e.destination) ?? []), e]);
    let delivered = 0;
    let failed = 0;
    let nextDue: number | null = null;
    await Promise.all(
      [...byDestination.values()].map(async (events) => {
        for (const event of events) {
          const now = Date.now();
          const dueAt = event.nextAttemptAt?.getTime() ?? 0;
          if (dueAt > now) {
            nextDue = Math.min(nextDue ?? Infinity, dueAt - now);
            return;
          }
          const ok = await this.deliver(event);
          if (ok) {
            delivered += 1;
            continue;
          }
          failed += 1;
          nextDue = Math.min(nextDue ?? Infinity, backoffMs(event.attempts, this.options.timing));
          return;
        }
      }),
    );
    // A full page may hide more events: come back soon.
    if (pending.length === 200) nextDue = Math.min(nextDue ?? Infinity, this.options.timing.pollIntervalMs);
    return { delivered, failed, nextDueInMs: nextDue };
  }

  /** Sends one event; records the outcome. Returns whether it was acknowledged. */
  private async deliver(event: OutboxEventRow): Promise<boolean> {
    const repo = this.options.db.getRepository(OutboxEventRow);
    const url = this.options.target(event.destination as SubgraphName);
    let error: string | null = null;
    if (!url) {
      error = `no events URL known for ${event.destination}`;
    } else {
      const envelope: EventEnvelope = {
        id: event.eventId,
        source: this.options.source,
        type: event.type,
        occurredAt: event.createdAt.toISOString(),
        payload: JSON.parse(event.payload) as EventEnvelope['payload'],
      };
      const body = JSON.stringify(envelope);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(body, this.options.secret) },
          body,
          signal: AbortSignal.timeout(this.options.timing.requestTimeoutMs),
        });
        const text = await res.text();
        if (!res.ok) error = `HTTP ${res.status} from ${event.destination}: ${text.slice(0, 300)}`;
      } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        error = `${event.destination} unreachable: ${cause ?? (err as Error).message}`;
      }
    }
    if (error === null) {
      if (this.options.hooks?.afterSend) {
        try {
          await this.options.hooks.afterSend(event);
        } catch {
          this.stopped = true;
          throw new RelayCrashed();
        }
      }
      await repo.update(
        { seq: event.seq, status: 'PENDING' },
        { status: 'DELIVERED', deliveredAt: new Date(), attempts: event.attempts + 1, nextAttemptAt: null },
      );
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
