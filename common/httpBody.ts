import type http from 'node:http';
import zlib from 'node:zlib';
import type { Readable, Writable } from 'node:stream';
import type express from 'express';

/**
 * Reading GraphQL requests over HTTP, for the gateway and the subgraphs: a
 * size cap, a nesting cap, and coded 4xx answers instead of Express's HTML
 * error page or a 500. `/graphql` reads its body with `readJsonBody` (no
 * Express on that path, common/graphqlHandler.ts); the Express routes left
 * (`/events`) answer their own body errors through `requestErrorHandler`.
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

/** Why a request body was refused; `type` is body-parser's name for it, which `requestErrorAnswer` reads. */
export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'entity.too.large' | 'entity.too.deep' | 'entity.parse.failed' | 'charset.unsupported' | 'encoding.unsupported' | 'request.aborted',
    message: string,
  ) {
    super(message);
  }
}

/** `application/json` with any parameters, as `express.json()` matched it. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semicolon = contentType.indexOf(';');
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

/** JSON is UTF-8 (RFC 8259); a body that names another charset is refused rather than misread. */
function charsetIsUtf8(contentType: string): boolean {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return !match || /^utf-?8$/i.test(match[1]);
}

/** The request's bytes, inflated when the client compressed them (the cap counts inflated bytes). */
function contentStream(req: http.IncomingMessage): Readable {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  switch (encoding) {
    case 'identity':
      return req;
    case 'gzip':
      return req.pipe(zlib.createGunzip());
    case 'deflate':
      return req.pipe(zlib.createInflate());
    case 'br':
      return req.pipe(zlib.createBrotliDecompress());
    default:
      throw new RequestBodyError(415, 'encoding.unsupported', `unsupported content encoding "${encoding}"`);
  }
}

/**
 * Reads a JSON request body: `undefined` when there is none or it is not
 * `application/json` (Apollo then answers its own 400), else the parsed
 * value. Refuses with a `RequestBodyError`: over `limitBytes` (413, told at
 * once from Content-Length, or as the bytes come), nesting past
 * `MAX_JSON_DEPTH` (400), not JSON (400), another charset or content
 * encoding (415). A refused body is still read to its end, discarded, so the
 * client can read the answer on a connection that stays usable.
 */
export function readJsonBody(req: http.IncomingMessage, limitBytes: number): Promise<unknown> {
  const headers = req.headers;
  // Node's parser has read the headers only: no length and not chunked means no body (type-is' hasBody).
  if (headers['transfer-encoding'] === undefined && headers['content-length'] === undefined) return Promise.resolve(undefined);
  const contentType = headers['content-type'];
  if (!isJson(contentType)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown, value?: unknown) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(value);
    };
    let refusal: RequestBodyError | undefined;
    // The raw bytes are read to their end whatever happens: a refusal is answered once they are.
    req.once('end', () => refusal && settle(refusal));
    req.once('close', () => req.complete || settle(new RequestBodyError(400, 'request.aborted', 'request aborted')));
    let stream: Readable = req;
    try {
      if (!charsetIsUtf8(contentType ?? '')) throw new RequestBodyError(415, 'charset.unsupported', 'unsupported charset');
      stream = contentStream(req);
      if (stream === req && Number(headers['content-length']) > limitBytes) throw new RequestBodyError(413, 'entity.too.large', 'request entity too large');
    } catch (err) {
      refusal = err as RequestBodyError;
      req.resume();
      return;
    }
    /** Stops reading into memory; what is left of the request drains, then `refusal` is the answer. */
    const refuse = (error: RequestBodyError) => {
      refusal = error;
      chunks.length = 0;
      if (stream !== req) {
        req.unpipe(stream as Readable & Writable);
        stream.destroy();
        req.resume();
        if (req.readableEnded) settle(error);
      }
    };
    const chunks: Buffer[] = [];
    let received = 0;
    stream.on('data', (chunk: Buffer) => {
      if (refusal) return;
      received += chunk.length;
      if (received > limitBytes) refuse(new RequestBodyError(413, 'entity.too.large', 'request entity too large'));
      else chunks.push(chunk);
    });
    if (stream !== req) stream.once('error', () => refusal || refuse(new RequestBodyError(400, 'entity.parse.failed', 'invalid compressed body')));
    stream.once('end', () => {
      if (refusal) return;
      try {
        settle(undefined, parseJson(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)));
      } catch (err) {
        settle(err);
      }
    });
  });
}

const BOM = [0xef, 0xbb, 0xbf];

/** `express.json()`'s strict parse: an empty body is `{}`, anything but an object or array at the top is refused. */
function parseJson(body: Buffer): unknown {
  if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) throw new RequestBodyError(400, 'entity.too.deep', 'request body nests too deep');
  const start = body[0] === BOM[0] && body[1] === BOM[1] && body[2] === BOM[2] ? 3 : 0;
  let i = start;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0d)) i++;
  if (i === body.length) {
    if (start === body.length) return {};
    throw new RequestBodyError(400, 'entity.parse.failed', 'request body is blank');
  }
  if (body[i] !== 0x7b && body[i] !== 0x5b) throw new RequestBodyError(400, 'entity.parse.failed', 'request body is not a JSON object or array');
  try {
    return JSON.parse(body.toString('utf8', start));
  } catch {
    throw new RequestBodyError(400, 'entity.parse.failed', 'request body is not valid JSON');
  }
}

/** A GET request's `variables` or `extensions` parameter nesting past `MAX_JSON_DEPTH` (the body's cap, for GET). */
export function queryParametersNestTooDeep(search: string): boolean {
  if (search.length <= 1) return false;
  const params = new URLSearchParams(search);
  for (const name of ['variables', 'extensions']) {
    for (const value of params.getAll(name)) if (jsonNestsDeeperThan(value, MAX_JSON_DEPTH)) return true;
  }
  return false;
}

/** The coded GraphQL-shaped answer to a refused or unreadable body. */
export function requestErrorAnswer(err: { status?: number; type?: string }, maxBytes: number | string): { status: number; body: { errors: { message: string; extensions: { code: string } }[] } } {
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
  return { status, body: { errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] } };
}

/** For the Express routes: an oversized or unreadable body gets a GraphQL-shaped coded error, not Express's HTML page. */
export function requestErrorHandler(maxBytes: number | string): express.ErrorRequestHandler {
  return (err: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = requestErrorAnswer(err, maxBytes);
    res.status(status).json(body);
  };
}
