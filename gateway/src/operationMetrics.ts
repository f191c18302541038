import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';

/** Most distinct ad hoc operation names (trusted documents are labelled besides these) the gateway's metrics label; later ones share `other`. */
export const MAX_OPERATION_LABELS = 100;
const MAX_CODE_LABELS = 60;
const MAX_NAME_LENGTH = 64;

/** Coarse on purpose: these series multiply by operation names; the fine request histogram stays unlabelled. */
const OPERATION_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Labels with a bounded number of values, as they first come; past the
 * bound (or past MAX_NAME_LENGTH) they share the overflow label.
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

/** Labels the gateway gives itself: no operation may be counted under them by naming itself so. */
const OWN_LABELS = ['anonymous', 'invalid', 'other'];

/**
 * The operation label of a resolved request. Anyone may name an operation,
 * so names alone would let a caller grow the metrics without limit, or, with
 * a first-come bound only, spend the bound on junk names right after a
 * deploy and leave the dashboards' real operations under `other` until the
 * next one. So the trusted documents (the manifest the project ships, known
 * by the sha256 of their text) are always labelled by their manifest name,
 * outside the bound; other (ad hoc) operations are labelled by name as they
 * first come, up to MAX_OPERATION_LABELS, except that an ad hoc operation may
 * not borrow a trusted operation's name (or one of the gateway's own labels):
 * those count as `other`. Unnamed ad hoc operations are `anonymous`.
 */
export class OperationLabels {
  private readonly adHoc = new BoundedLabels(MAX_OPERATION_LABELS, 'other');
  private readonly reserved: ReadonlySet<string>;

  constructor(private readonly trusted: ReadonlyMap<string, string>) {
    this.reserved = new Set([...trusted.values(), ...OWN_LABELS]);
  }

  /** `queryHash`: sha256 (hex) of the document's text, as Apollo computed and checked it. */
  label(queryHash: string, operationName: string | null): string {
    const trustedName = this.trusted.get(queryHash);
    if (trustedName !== undefined) return trustedName;
    if (!operationName) return 'anonymous';
    if (this.reserved.has(operationName)) return 'other';
    return this.adHoc.label(operationName);
  }
}

/**
 * Per-operation request counts and durations, and errors per
 * `extensions.code`, at the gateway (`/metrics`): what a dashboard needs to
 * see which operation got slow or started failing.
 */
export function operationMetrics(registry: Registry, trustedNames: ReadonlyMap<string, string>): ApolloServerPlugin {
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
  const names = new OperationLabels(trustedNames);
  const codes = new BoundedLabels(MAX_CODE_LABELS, 'OTHER');
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = 'invalid';
      return {
        // Operations that never resolve stay `invalid`: parse or validation failures never get here, and Apollo
        // calls this hook even when `operationName` names no operation of the document (or a document of several
        // operations comes without one), when nothing runs: that must not count under a trusted name.
        async didResolveOperation({ queryHash, operation: resolved, operationName }) {
          if (resolved) operation = names.label(queryHash, operationName);
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
