import express from 'express';

/**
 * Reading GraphQL requests over HTTP, for the gateway and the subgraphs: a
 * size cap, a nesting cap, and coded 4xx answers instead of Express's HTML
 * error page or a 500.
 */

/**
 * Deepest nesting of arrays and objects a request's JSON may have. Real
 * variables nest a few levels (an input object holding a list of input
 * objects; `_entities` representations); thousands of levels only serve to
 * exhaust the stack of whatever walks the value next (variable coercion, the
 * gateway re-serialising variables for a subgraph).
 */
export const MAX_JSON_DEPTH = 32;

/** True when `raw` (JSON text) nests arrays/objects deeper than `max`; strings are skipped, so brackets in them do not count. */
export function jsonNestsDeeperThan(raw: Buffer | string, max: number): boolean {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c) i++; // backslash: skip the escaped character
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) {
      inString = true;
    } else if (b === 0x7b || b === 0x5b) {
      if (++depth > max) return true;
    } else if (b === 0x7d || b === 0x5d) {
      depth--;
    }
  }
  return false;
}

class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
}

/** `express.json` with a size limit and the nesting cap; GET requests' `variables`/`extensions` parameters get the same cap. */
export function jsonBody(limitBytes: number | string): express.RequestHandler[] {
  const json = express.json({
    limit: limitBytes,
    verify: (_req, _res, body) => {
      if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) throw new BodyTooDeepError('request body nests too deep');
    },
  });
  const queryParameters: express.RequestHandler = (req, _res, next) => {
    if (req.method !== 'GET') return next();
    const { variables, extensions } = req.query;
    for (const value of [variables, extensions]) {
      if (typeof value === 'string' && jsonNestsDeeperThan(value, MAX_JSON_DEPTH)) return next(new BodyTooDeepError('query parameter nests too deep'));
    }
    next();
  };
  return [queryParameters, json];
}

/** An oversized, too deep or unreadable body gets a GraphQL-shaped coded error, not Express's HTML page. */
export function requestErrorHandler(maxBytes: number | string): express.ErrorRequestHandler {
  return (err: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const tooLarge = err.type === 'entity.too.large';
    const tooDeep = err.type === 'entity.too.deep';
    const status = tooLarge ? 413 : (err.status ?? 500) < 500 ? (err.status ?? 400) : 500;
    const message = tooLarge
      ? `The request body is larger than ${maxBytes} bytes.`
      : tooDeep
        ? `The request nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`
        : status < 500
          ? 'The request body is not valid JSON.'
          : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
