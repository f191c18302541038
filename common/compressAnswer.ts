import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Compression of large GraphQL answers (the gateway's, issue 19): gzip or
 * Brotli as the client accepts, on node:zlib's thread pool. Not the
 * `compression` middleware: it wraps `res.write`/`res.end` and streams each
 * response, for what is here one string written once.
 *
 * Settings chosen for CPU, the scarce resource of every workload here:
 * gzip at level 1 and Brotli at quality 4 (the bench's agreements page of
 * 80 KB: gzip-1 3.2 KB in 0.09 ms, Brotli-4 2.2 KB in 0.18 ms, gzip's
 * default level 6 2.4 KB in 0.22 ms; best of 7 runs of 50 here).
 */

/**
 * Answers smaller than this go out as they are. Below it an answer (with its
 * headers) fits in the first flight of packets even on a fresh connection
 * (an initial window of 10 segments holds about 14 KB; 8 KB leaves room for
 * TLS framing and the smaller segments of VPNs and mobile links), so
 * compressing it saves no round trip, only bytes, and costs CPU on every
 * request; larger ones take extra round trips uncompressed.
 */
export const COMPRESS_ABOVE_BYTES = 8 * 1024;

export type AnswerEncoding = 'gzip' | 'br';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * The encoding to answer in, from `Accept-Encoding`: the one the client
 * prefers (its q-values; `*` stands for both), gzip on a tie as the cheaper,
 * none when it accepts neither (or says q=0).
 */
export function acceptedEncoding(header: string | undefined): AnswerEncoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name.trim().toLowerCase(), Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*') ?? 0;
  const gzipQ = q.get('gzip') ?? q.get('x-gzip') ?? star;
  const brQ = q.get('br') ?? star;
  if (gzipQ <= 0 && brQ <= 0) return undefined;
  return brQ > gzipQ ? 'br' : 'gzip';
}

/** `text` compressed in `encoding`. */
export function compressAnswer(text: string, encoding: AnswerEncoding): Promise<Buffer> {
  return encoding === 'gzip'
    ? gzip(text, { level: zlib.constants.Z_BEST_SPEED })
    : brotli(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) } });
}
