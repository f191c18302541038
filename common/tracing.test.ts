import { currentTraceparent, newRequestId, startTracing, traceIdOf, tracingActive } from './tracing';

describe('tracing setup', () => {
  it('is off, loading nothing, when no OTLP endpoint is set', async () => {
    expect(await startTracing({ serviceName: 'agreements' })).toBeNull();
    expect(tracingActive()).toBe(false);
    expect(currentTraceparent()).toBeUndefined();
  });

  it('reads a trace id only from a valid W3C traceparent', () => {
    expect(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    for (const bad of [undefined, '', 'garbage', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`, '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01']) {
      expect(traceIdOf(bad)).toBeUndefined();
    }
    expect(newRequestId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
