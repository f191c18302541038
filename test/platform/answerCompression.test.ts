import http from 'node:http';
import zlib from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { COMPRESS_ABOVE_BYTES } from '../../common/compressAnswer';
import { startStack, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';

/**
 * Issue 19, point 5: the gateway compresses large answers for clients that
 * accept it, and only those; small answers and clients that do not ask get
 * the answer as it is. Read with node:http: fetch would inflate silently.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const BIG = JSON.stringify({ query: getIntrospectionQuery() });
const SMALL = JSON.stringify({ query: '{ __typename }' });

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const gateway = () => `${stack.gatewayUrl}/graphql`;

describe('compression of large answers at the gateway', () => {
  it('sends a large answer gzip-compressed to a client that accepts gzip, decoding to the same JSON', async () => {
    const plain = await post(gateway(), BIG);
    expect(plain.bytes.length).toBeGreaterThan(COMPRESS_ABOVE_BYTES);
    const zipped = await post(gateway(), BIG, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(JSON.parse(zlib.gunzipSync(zipped.bytes).toString())).toEqual(JSON.parse(plain.bytes.toString()));
  });

  it('sends Brotli to a client that prefers it', async () => {
    const plain = await post(gateway(), BIG);
    const br = await post(gateway(), BIG, { 'accept-encoding': 'br;q=1, gzip;q=0.5' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(br.bytes).toString())).toEqual(JSON.parse(plain.bytes.toString()));
  });

  it('sends a large answer plain, but marked as varying, to a client that does not accept compression', async () => {
    for (const acceptEncoding of [undefined, 'identity', 'gzip;q=0']) {
      const res = await post(gateway(), BIG, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
      expect({ acceptEncoding, encoding: res.headers['content-encoding'] }).toEqual({ acceptEncoding, encoding: undefined });
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      expect(JSON.parse(res.bytes.toString()).data.__schema).toBeDefined();
    }
  });

  it('sends a small answer plain even to a client that accepts gzip', async () => {
    const res = await post(gateway(), SMALL, { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary ?? '').not.toMatch(/Accept-Encoding/);
    expect(JSON.parse(res.bytes.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps Vary: Origin beside Accept-Encoding (CORS answers differ by origin too)', async () => {
    const res = await post(gateway(), BIG, { 'accept-encoding': 'gzip', origin: 'http://elsewhere.example' });
    expect(res.headers.vary).toBe('Origin, Accept-Encoding');
  });

  it('leaves subgraph answers uncompressed (only the gateway reads them)', async () => {
    const res = await post(stack.subgraphs['software-catalog'].url, BIG, { 'accept-encoding': 'gzip', 'x-gateway-secret': TEST_SUBGRAPH_SECRET });
    expect(res.status).toBe(200);
    expect(res.bytes.length).toBeGreaterThan(COMPRESS_ABOVE_BYTES);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
