import { randomBytes } from 'node:crypto';

let sequence = 0;

/**
 * A new opaque id that sorts in creation order: the instant (from the
 * request's clock), then a per-process counter for rows created in the same
 * millisecond, then random bytes so ids from different processes never collide.
 * Lists ordered by (timestamp, id) are therefore stable and in insertion order.
 */
export function newId(prefix: string, now: Date): string {
  sequence = (sequence + 1) % 36 ** 6;
  const time = now.getTime().toString(36).padStart(9, '0');
  return `${prefix}-${time}${sequence.toString(36).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
}
