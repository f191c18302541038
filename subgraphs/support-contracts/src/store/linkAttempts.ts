import type { DataSource } from 'typeorm';
import { domainError, ErrorCode } from '../../../../common/errors';
import type { Logger } from '../../../../common/logger';

/**
 * SUP-11: linking is bounded, so a pair cannot be found by trying. At most
 * `maxFailures` failed link attempts per user in a window of `windowMs`; the
 * window starts at the first attempt after the previous window ended.
 */
export const LINK_ATTEMPT_LIMIT = { maxFailures: 10, windowMs: 15 * 60_000 } as const;

/** A reserved attempt: released when the pair turned out right (a success is no failure). */
export interface LinkAttempt {
  release(): Promise<void>;
}

/**
 * One statement that counts the attempt, restarting the window when it has
 * passed. Atomic in the database: the row is locked by the upsert until the
 * short transaction commits, so 20 concurrent attempts are counted 1..20 and
 * exactly the first `maxFailures` get through, on every replica. CASE, not
 * IF, so only the upsert clause differs between MySQL and SQLite; MySQL
 * assigns left to right, so `failures` is set while `window_started_ms` is
 * still the old value, as SQLite (which evaluates all on old values) does.
 */
function upsertSql(mysql: boolean): string {
  const reset = 'window_started_ms <= ?';
  const set = `failures = CASE WHEN ${reset} THEN 1 ELSE failures + 1 END, window_started_ms = CASE WHEN ${reset} THEN ? ELSE window_started_ms END`;
  const insert = 'INSERT INTO link_attempt (user_id, window_started_ms, failures) VALUES (?, ?, 1)';
  return mysql ? `${insert} ON DUPLICATE KEY UPDATE ${set}` : `${insert} ON CONFLICT (user_id) DO UPDATE SET ${set}`;
}

/** Deadlocks between concurrent first inserts of one key are possible on InnoDB; the attempt is simply counted again. */
function isRetryable(err: unknown): boolean {
  const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/**
 * Reserves one attempt for `userId` in its own short transaction, committed
 * before the link is tried: a failed link (whose own transaction rolls back)
 * still counts, across restarts. Throws RATE_LIMITED when the window is full.
 */
export async function reserveLinkAttempt(db: DataSource, userId: string, now: Date, logger: Logger): Promise<LinkAttempt> {
  const nowMs = now.getTime();
  const expiredBefore = nowMs - LINK_ATTEMPT_LIMIT.windowMs;
  const mysql = db.options.type === 'mysql' || db.options.type === 'mariadb';
  let counted: { failures: number; windowStartedMs: number } | undefined;
  for (let tries = 0; !counted; tries += 1) {
    try {
      counted = await db.transaction(async (tx) => {
        await tx.query(upsertSql(mysql), [userId, nowMs, expiredBefore, expiredBefore, nowMs]);
        const rows: { failures: number | string; window_started_ms: number | string }[] = await tx.query(
          'SELECT failures, window_started_ms FROM link_attempt WHERE user_id = ?',
          [userId],
        );
        return { failures: Number(rows[0].failures), windowStartedMs: Number(rows[0].window_started_ms) };
      });
    } catch (err) {
      if (tries >= 4 || !isRetryable(err)) throw err;
    }
  }
  const { failures, windowStartedMs } = counted;
  if (failures > LINK_ATTEMPT_LIMIT.maxFailures) {
    const retryAtMs = windowStartedMs + LINK_ATTEMPT_LIMIT.windowMs;
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAtMs - nowMs) / 1000));
    throw domainError(
      ErrorCode.RATE_LIMITED,
      `Too many failed attempts to link a support contract: try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds, retryAt: new Date(retryAtMs).toISOString() },
    );
  }
  return {
    async release() {
      try {
        // Only in the same window: a release after the window restarted must not take from the new one.
        await db.query('UPDATE link_attempt SET failures = failures - 1 WHERE user_id = ? AND window_started_ms = ? AND failures > 0', [
          userId,
          windowStartedMs,
        ]);
      } catch (err) {
        // The link itself is settled; a reservation left counted only makes the limit stricter.
        logger.warn({ err, userId }, 'could not release a link attempt reservation');
      }
    },
  };
}
