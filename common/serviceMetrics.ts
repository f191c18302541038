import { Counter, Gauge, type Registry } from 'prom-client';

/**
 * A subgraph's own figures on its `/metrics`, as prom-client metrics (HELP
 * and TYPE lines) beside the process defaults of its registry. Each is read
 * from where it is counted when scraped, so nothing is updated per request
 * here.
 */
export function subgraphMetrics(
  registry: Registry,
  sources: {
    sqlStatements: () => number;
    operations: () => number;
    /** Absent when the subgraph has no outbox. */
    outboxCounts?: () => Promise<{ pending: number; failing: number }>;
  },
): void {
  new Counter({
    name: 'sql_statements_total',
    help: 'SQL statements run by this subgraph store (npm run bench divides it by operations).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(sources.sqlStatements());
    },
  });
  new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations this subgraph has received.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(sources.operations());
    },
  });
  const countOutbox = sources.outboxCounts;
  if (!countOutbox) return;
  // One query per scrape for both gauges (the registry collects them at once); an unreachable store
  // reports nothing for them (its /ready says so) while the other metrics still answer.
  let inFlight: Promise<{ pending: number; failing: number } | undefined> | undefined;
  const counts = () =>
    (inFlight ??= countOutbox()
      .catch(() => undefined)
      .finally(() => {
        inFlight = undefined;
      }));
  for (const [name, help, key] of [
    ['outbox_events_pending', 'Outbox events not acknowledged by their destination yet.', 'pending'],
    ['outbox_events_failing', 'Pending outbox events with at least one failed delivery attempt.', 'failing'],
  ] as const) {
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const value = await counts();
        if (value) this.set(value[key]);
      },
    });
  }
}
