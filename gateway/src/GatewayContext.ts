import type { Span } from '@opentelemetry/api';
import type { Viewer } from '../../common/identity';
import type { Logger } from '../../common/logger';

/** Per-request context of the gateway. */
export interface GatewayContext {
  /** The caller's `Authorization` header, forwarded verbatim to subgraphs once verified. */
  authorization?: string;
  viewer: Viewer | null;
  /** The request id (`x-request-id`), passed to every subgraph call so their log lines carry it too. */
  requestId: string;
  /** The gateway's logger for this request: its lines carry `requestId` (made on first use). */
  logger: Logger;
  /** The request's server span (tracing on only). */
  requestSpan?: Span;
}
