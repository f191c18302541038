import { DAY_MS } from '../../../../common/clock';

/**
 * CSP-2: a purchase may be cancelled within 7 days for a prorated credit.
 *
 * - Window: cancellation is allowed while `now <= purchasedAt + 7 × 24 h`.
 * - Days used: elapsed time rounded UP to whole days (a started day counts
 *   as used; 0 only at the very instant of purchase).
 * - Reference term: 365 days for both kinds (a SUBSCRIPTION's yearly term;
 *   a PERPETUAL licence is prorated over the same year so one rule serves both).
 * - Credit = floor(price × (365 − daysUsed) / 365), in integer minor units:
 *   the fraction of a minor unit is rounded DOWN (never credit money that was
 *   not paid). Integer arithmetic only; no floating-point money.
 */
export const CANCELLATION_WINDOW_DAYS = 7;
export const PRORATION_TERM_DAYS = 365;

/** Last instant at which a purchase may be cancelled. */
export function cancellableUntil(purchasedAt: Date): Date {
  return new Date(purchasedAt.getTime() + CANCELLATION_WINDOW_DAYS * DAY_MS);
}

export function isWithinCancellationWindow(purchasedAt: Date, now: Date): boolean {
  return now.getTime() <= cancellableUntil(purchasedAt).getTime();
}

/** Whole days used, a started day counting as one. */
export function daysUsed(purchasedAt: Date, now: Date): number {
  const elapsed = Math.max(0, now.getTime() - purchasedAt.getTime());
  return Math.ceil(elapsed / DAY_MS);
}

/** The prorated credit in minor units (see the rule above). */
export function proratedCreditMinor(priceMinor: number, purchasedAt: Date, now: Date): number {
  const used = Math.min(PRORATION_TERM_DAYS, daysUsed(purchasedAt, now));
  // BigInt keeps the product exact whatever the price.
  return Number((BigInt(priceMinor) * BigInt(PRORATION_TERM_DAYS - used)) / BigInt(PRORATION_TERM_DAYS));
}
