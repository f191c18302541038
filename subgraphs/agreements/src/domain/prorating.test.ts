import { cancellableUntil, daysUsed, isWithinCancellationWindow, proratedCreditMinor } from './prorating';

const bought = new Date('2026-06-15T09:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('CSP-2 prorated credit and 7-day window', () => {
  it('CSP-2 the window closes exactly 7 × 24 h after purchase', () => {
    expect(cancellableUntil(bought).toISOString()).toBe('2026-06-22T09:00:00.000Z');
    expect(isWithinCancellationWindow(bought, at('2026-06-22T09:00:00.000Z'))).toBe(true);
    expect(isWithinCancellationWindow(bought, at('2026-06-22T09:00:00.001Z'))).toBe(false);
  });

  it('CSP-2 counts a started day as a used day', () => {
    expect(daysUsed(bought, bought)).toBe(0);
    expect(daysUsed(bought, at('2026-06-15T09:00:00.001Z'))).toBe(1);
    expect(daysUsed(bought, at('2026-06-18T09:00:00.000Z'))).toBe(3);
    expect(daysUsed(bought, at('2026-06-18T09:00:01.000Z'))).toBe(4);
  });

  it('CSP-2 credit = floor(price × (365 − days used) / 365), rounded down to the minor unit', () => {
    expect(proratedCreditMinor(120_000, bought, at('2026-06-18T09:00:00.000Z'))).toBe(119_013);
    expect(proratedCreditMinor(36_500, bought, at('2026-06-22T09:00:00.000Z'))).toBe(35_800);
    expect(proratedCreditMinor(1, bought, at('2026-06-16T09:00:00.000Z'))).toBe(0);
    expect(proratedCreditMinor(0, bought, at('2026-06-16T09:00:00.000Z'))).toBe(0);
  });

  it('CSP-2 refunds the full price at the instant of purchase and stays exact for the largest price', () => {
    expect(proratedCreditMinor(439_990, bought, bought)).toBe(439_990);
    expect(proratedCreditMinor(2_147_483_647, bought, at('2026-06-16T09:00:00.000Z'))).toBe(2_141_600_130);
  });
});
