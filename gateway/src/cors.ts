import type http from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * CORS for `/graphql`: partner dashboards embed the benefit tiles on their own
 * origin and call the graph with a bearer token, so the browser preflights
 * `Authorization` and `content-type: application/json`. Only listed origins
 * (and the gateway's own) get an answer a browser accepts. Credentials are
 * the bearer token the page sends, never cookies, so
 * `Access-Control-Allow-Credentials` is never sent: a listed origin still
 * cannot make the browser attach anything of the user's by itself. CSRF
 * prevention (Apollo's) stays on behind this.
 */

/** Request headers a cross-origin caller may send: the token, JSON, and the headers Apollo's CSRF check accepts. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'];
const ALLOWED_METHODS = ['GET', 'POST'];
/** Browsers cache a successful preflight this long (seconds), sparing a round trip per query. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The origin this request was addressed to, as a browser on the gateway's own pages would send it. */
function ownOrigin(req: http.IncomingMessage): string | undefined {
  const host = req.headers.host;
  return host ? `${(req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${host}` : undefined;
}

/** Applies the CORS policy to a GraphQL request; true when it answered the request itself (a preflight). */
export function corsHandler(allowedOrigins: readonly string[]): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const allowed = new Set(allowedOrigins);
  return (req, res) => {
    const origin = req.headers.origin;
    // Answers differ by Origin: shared caches must not hand one origin's answer to another.
    res.setHeader('Vary', 'Origin');
    if (!origin) return false; // not a browser's cross-origin call (curl, servers): CORS does not apply
    const ok = allowed.has(origin) || origin === ownOrigin(req);
    if (req.method === 'OPTIONS') {
      const method = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
      const headers = String(req.headers['access-control-request-headers'] ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      if (!ok || !ALLOWED_METHODS.includes(method) || !headers.every((h) => CORS_ALLOWED_HEADERS.includes(h))) {
        // No Access-Control-* headers: the browser refuses the actual request.
        res.statusCode = 403;
        res.end();
        return true;
      }
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS.join(', '));
      res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS.join(', '));
      res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      res.statusCode = 204;
      res.end();
      return true;
    }
    if (ok) res.setHeader('Access-Control-Allow-Origin', origin);
    return false;
  };
}
