import { signBody, verifyBody } from './signature';
import { backoffMs, isReportableAttempt } from './relay';
import { eventsUrlOf, readEventsConfig } from '../config';

describe('outbox relay rules', () => {
  it('backs off exponentially with jitter, capped', () => {
    const timing = { retryBaseMs: 500, maxBackoffMs: 60_000 };
    expect(backoffMs(1, timing, () => 0)).toBe(250);
    expect(backoffMs(1, timing, () => 1)).toBe(500);
    expect(backoffMs(4, timing, () => 1)).toBe(4000);
    expect(backoffMs(4, timing, () => 0)).toBe(2000);
    expect(backoffMs(30, timing, () => 1)).toBe(60_000);
    expect(backoffMs(30, timing, () => 0)).toBe(30_000);
  });

  it('logs a delivery that keeps failing at the 5th, 10th, 20th, 40th… attempt', () => {
    const reported = Array.from({ length: 100 }, (_, i) => i + 1).filter(isReportableAttempt);
    expect(reported).toEqual([5, 10, 20, 40, 80]);
  });

  it('signs the exact body: another body or another secret does not verify', () => {
    const body = Buffer.from('{"id":"evt-1"}');
    const signature = signBody(body, 's'.repeat(32));
    expect(verifyBody(body, signature, 's'.repeat(32))).toBe(true);
    expect(verifyBody(Buffer.from('{"id":"evt-2"}'), signature, 's'.repeat(32))).toBe(false);
    expect(verifyBody(body, signature, 't'.repeat(32))).toBe(false);
    expect(verifyBody(body, undefined, 's'.repeat(32))).toBe(false);
  });

  it('derives each receiver from the subgraph URL and requires EVENT_SECRET in production', () => {
    expect(eventsUrlOf('http://support-contracts:4002/graphql')).toBe('http://support-contracts:4002/events');
    expect(readEventsConfig({ SUPPORT_CONTRACTS_URL: 'http://sc:9/graphql' }).targets['support-contracts']).toBe('http://sc:9/events');
    expect(() => readEventsConfig({ NODE_ENV: 'production' })).toThrow(/EVENT_SECRET is required/);
    expect(() => readEventsConfig({ EVENT_SECRET: 'short' })).toThrow(/at least 32/);
  });
});
