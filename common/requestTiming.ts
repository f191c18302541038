import { Histogram, Registry, collectDefaultMetrics, exponentialBuckets } from 'prom-client';

/**
 * Latency buckets from 0.25 ms to about 1.3 s, 15 % apart: fine enough that a
 * p50 read from bucket counts (as `npm run bench` does) is within a few
 * percent, which a gateway-overhead ratio needs.
 */
export const LATENCY_BUCKETS_SECONDS = exponentialBuckets(0.00025, 1.15, 62);

/**
 * A registry per service (the test harness runs five services in one
 * process), with prom-client's default process metrics (CPU, memory, event
 * loop lag, GC, handles).
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * `http_request_duration_seconds`: wall time of each GraphQL HTTP request,
 * from its first byte read to its answer handed to the socket. The GraphQL
 * handler observes it once per request (common/graphqlHandler.ts).
 */
export function graphqlRequestHistogram(registry: Registry): Histogram {
  return new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Wall time of GraphQL HTTP requests served, from the request read to the response written.',
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
}
