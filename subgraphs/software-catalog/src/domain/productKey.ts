import crypto from 'node:crypto';

/** The 24 characters product keys use: no vowels or look-alikes (no 0/O, 1/I, 5/S). */
const KEY_ALPHABET = 'BCDFGHJKMPQRTVWXY2346789';

export type Bitness = 'X64' | 'X86';

/** CSP-4: a key is 64-bit unless 32-bit is asked for. */
export const DEFAULT_BITNESS: Bitness = 'X64';

/** Five groups of five characters, e.g. `BCDFG-HJKMP-QRTVW-XY234-6789B`. */
export function generateProductKey(randomBytes: (n: number) => Buffer = crypto.randomBytes): string {
  const bytes = randomBytes(25);
  const chars = [...bytes].map((b) => KEY_ALPHABET[b % KEY_ALPHABET.length]);
  return [0, 5, 10, 15, 20].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** All groups but the last hidden: enough to tell keys apart without revealing them (CSP-8). */
export function maskProductKey(value: string): string {
  const groups = value.split('-');
  return [...groups.slice(0, -1).map(() => 'XXXXX'), groups[groups.length - 1]].join('-');
}
