import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';

/** Most distinct operation names (and error codes) the gateway's metrics label; later ones share one label. */
export const MAX_OPERATION_LABELS = 100;
const MAX_CODE_LABELS = 60;
const MAX_NAME_LENGTH = 64;

/** Coarse on purpose: these series multiply by operation names; the fine request histogram stays unlabelled. */
const OPERATION_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Labels with a bounded number of values. Anyone may name an operation, so a
 * label per name would let a caller grow the metrics without limit: names
 * are labelled as they first come (only for operations that parse and
 * validate), up to a bound; past it they count as `other`. Unnamed
 * operations are `anonymous`; operations that never resolved (parse or
 * validation failure, unknown `operationName`) are `invalid`.
 */
export class BoundedLabels {
  private readonly known = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly overflow: string,
  ) {}

  label(value: string): string {
    if (this.known.has(value)) return value;
    if (this.known.size >= this.max || value.length > MAX_NAME_LENGTH) return this.overflow;
    this.known.add(value);
    return value;
  }
}

/**
 * Per-operation request counts and durations, and errors per
 * `extensions.code`, at the gateway (`/metrics`): what a dashboard needs to
 * see which operation got slow or started failing.
 */
export function operationMetrics(registry: Registry): ApolloServerPlugin {
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations the gateway answered, by operation name (bounded: see MAX_OPERATION_LABELS).',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to its response being ready, by operation name.',
    labelNames: ['operation'] as const,
    buckets: OPERATION_BUCKETS_SECONDS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and extensions.code.',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const names = new BoundedLabels(MAX_OPERATION_LABELS, 'other');
  const codes = new BoundedLabels(MAX_CODE_LABELS, 'OTHER');
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = 'invalid';
      return {
        async didResolveOperation({ operationName }) {
          operation = operationName ? names.label(operationName) : 'anonymous';
        },
        async didEncounterErrors({ errors: list }) {
          for (const error of list) {
            const code = error.extensions?.code;
            // An uncoded error reaches the client as INTERNAL_SERVER_ERROR (common/errors.ts).
            errors.inc({ operation, code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? codes.label(code) : 'INTERNAL_SERVER_ERROR' });
          }
        },
        async willSendResponse() {
          requests.inc({ operation });
          durations.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
