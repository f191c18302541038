import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { jsonNestsDeeperThan, queryParametersNestTooDeep, readJsonBody, requestErrorAnswer, type RequestBodyError } from './httpBody';

/**
 * `readJsonBody` on a real node:http server: what it answers is what
 * `express.json()` answered before /graphql left Express (size cap, nesting
 * cap, strict JSON, inflated bodies), written as `requestErrorAnswer` does.
 */
const LIMIT = 1024;
let server: http.Server;
let url: string;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let connections = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    readJsonBody(req, LIMIT).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ body: body === undefined ? 'none' : body }));
      },
      (err: RequestBodyError) => {
        const answer = requestErrorAnswer(err, LIMIT);
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: err.type, ...answer.body }));
      },
    );
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends `body` (chunked when `chunked`, so no Content-Length announces its size) and reads the JSON answer. */
function send(body: Buffer | string, headers: Record<string, string> = { 'content-type': 'application/json' }, chunked = false): Promise<{ status: number; json: { body?: unknown; type?: string; errors?: { message: string; extensions: { code: string } }[] } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString()) }));
    });
    req.on('error', reject);
    const bytes = Buffer.from(body);
    if (chunked) {
      // Several writes without a Content-Length: Node sends them chunked.
      for (let i = 0; i < bytes.length; i += 100) req.write(bytes.subarray(i, i + 100));
    } else {
      req.setHeader('content-length', bytes.length);
      req.write(bytes);
    }
    req.end();
  });
}

describe('readJsonBody', () => {
  it('parses a JSON object, with or without a charset, and a UTF-8 BOM', async () => {
    expect((await send('{"query":"{ a }"}')).json.body).toEqual({ query: '{ a }' });
    expect((await send('{"a":1}', { 'content-type': 'application/json; charset=utf-8' })).json.body).toEqual({ a: 1 });
    expect((await send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":2}')]))).json.body).toEqual({ a: 2 });
  });

  it('leaves a body that is not application/json unread, as express.json() did (Apollo answers it)', async () => {
    expect((await send('{"a":1}', { 'content-type': 'text/plain' })).json.body).toBe('none');
  });

  it('reads an empty JSON body as {} and refuses blank, scalar or broken JSON with 400', async () => {
    expect((await send('')).json.body).toEqual({});
    for (const body of ['  ', '"text"', '42', '{"a":', '{"a":1}}']) {
      const { status, json } = await send(body);
      expect({ body, status, code: json.errors?.[0].extensions.code }).toEqual({ body, status: 400, code: 'BAD_REQUEST' });
    }
  });

  it('refuses a body over the cap with 413, whether Content-Length says so or the bytes show it, and the connection stays usable', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(LIMIT) });
    const before = connections;
    for (const chunked of [false, true]) {
      const { status, json } = await send(big, undefined, chunked);
      expect({ chunked, status, type: json.type, code: json.errors?.[0].extensions.code }).toEqual({ chunked, status: 413, type: 'entity.too.large', code: 'BAD_REQUEST' });
      expect(json.errors?.[0].message).toBe(`The request body is larger than ${LIMIT} bytes.`);
    }
    // The refused bodies were read off the socket: the next request goes over the same connection.
    expect((await send('{"after":true}')).json.body).toEqual({ after: true });
    expect(connections - before).toBeLessThanOrEqual(1);
  });

  it('refuses nesting past 32 levels with 400 BAD_REQUEST naming the nesting', async () => {
    const { status, json } = await send(`{"v":${'['.repeat(40)}${']'.repeat(40)}}`);
    expect({ status, type: json.type, code: json.errors?.[0].extensions.code }).toEqual({ status: 400, type: 'entity.too.deep', code: 'BAD_REQUEST' });
    expect(json.errors?.[0].message).toMatch(/nests arrays and objects deeper than 32/);
  });

  it('inflates a gzip, deflate or br body, and counts the inflated bytes against the cap', async () => {
    const body = '{"query":"{ a }"}';
    expect((await send(zlib.gzipSync(body), { 'content-type': 'application/json', 'content-encoding': 'gzip' })).json.body).toEqual({ query: '{ a }' });
    expect((await send(zlib.deflateSync(body), { 'content-type': 'application/json', 'content-encoding': 'deflate' })).json.body).toEqual({ query: '{ a }' });
    expect((await send(zlib.brotliCompressSync(body), { 'content-type': 'application/json', 'content-encoding': 'br' })).json.body).toEqual({ query: '{ a }' });
    // 1 MB of spaces inflates far past the cap from a few hundred bytes on the wire.
    const bomb = zlib.gzipSync(`{"a":1${' '.repeat(1024 * 1024)}}`);
    expect(bomb.length).toBeLessThan(LIMIT * 2);
    const { status, json } = await send(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect({ status, type: json.type }).toEqual({ status: 413, type: 'entity.too.large' });
  });

  it('refuses an unknown content encoding or a non-UTF-8 charset with 415, and a broken gzip body with 400', async () => {
    expect((await send('{"a":1}', { 'content-type': 'application/json', 'content-encoding': 'compress' })).status).toBe(415);
    expect((await send('{"a":1}', { 'content-type': 'application/json; charset=latin1' })).status).toBe(415);
    const broken = await send(Buffer.from('not gzip at all'), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect({ status: broken.status, code: broken.json.errors?.[0].extensions.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });
});

describe('nesting caps', () => {
  it('skips brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 2)).toBe(false);
    expect(jsonNestsDeeperThan('[[[1]]]', 2)).toBe(true);
  });

  it("checks a GET request's variables and extensions parameters, every copy of them", () => {
    const deep = encodeURIComponent(`${'['.repeat(40)}${']'.repeat(40)}`);
    expect(queryParametersNestTooDeep(`?query=%7Ba%7D&variables=${deep}`)).toBe(true);
    expect(queryParametersNestTooDeep(`?variables=%7B%7D&variables=${deep}`)).toBe(true);
    expect(queryParametersNestTooDeep(`?extensions=${deep}`)).toBe(true);
    expect(queryParametersNestTooDeep(`?query=${deep}`)).toBe(false); // the document's own depth is graphql-armor's
    expect(queryParametersNestTooDeep('')).toBe(false);
  });
});
