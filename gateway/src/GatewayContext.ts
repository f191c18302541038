import type { Viewer } from '../../common/identity';

/** Per-request context of the gateway. */
export interface GatewayContext {
  /** The caller's `Authorization` header, forwarded verbatim to subgraphs once verified. */
  authorization?: string;
  viewer: Viewer | null;
}
