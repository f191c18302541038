import zlib from 'node:zlib';
import { acceptedEncoding, compressAnswer } from './compressAnswer';

describe('acceptedEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'gzip'], // a tie: the cheaper one
    ['br', 'br'],
    ['gzip;q=0.5, br', 'br'],
    ['gzip;q=0, br;q=0', undefined],
    ['gzip;q=0', undefined],
    ['*', 'gzip'],
    ['*;q=0', undefined],
    ['br;q=1.0, *;q=0', 'br'],
    ['GZIP', 'gzip'],
    ['deflate', undefined],
  ])('%p → %p', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});

describe('compressAnswer', () => {
  it('round-trips a JSON answer through gzip and Brotli, much smaller', async () => {
    const text = JSON.stringify({ data: { items: Array.from({ length: 500 }, (_, i) => ({ id: `item-${i}`, name: `Item ${i}` })) } });
    const gzipped = await compressAnswer(text, 'gzip');
    const brotli = await compressAnswer(text, 'br');
    expect(zlib.gunzipSync(gzipped).toString()).toBe(text);
    expect(zlib.brotliDecompressSync(brotli).toString()).toBe(text);
    expect(gzipped.length).toBeLessThan(text.length / 4);
    expect(brotli.length).toBeLessThan(text.length / 4);
  });
});
