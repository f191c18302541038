import crypto from 'node:crypto';

/** Base of copied links (CSP-9): a landing page of the download host that calls `followSharedDownloadLink` with the last path segment. */
export const SHARE_BASE_URL = 'https://downloads.licensing.example/share';

/** 32 random bytes: 256 bits, never derived from the link id or anything else public. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new share token (CSP-9) from the CSPRNG, URL-safe. */
export function newShareToken(): string {
  return crypto.randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What the store keeps instead of the token: a leaked table row is not a working link. */
export function shareTokenHash(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string can be a share token at all (anything else is not looked up). */
export function isShareTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function shareUrlOf(token: string): string {
  return `${SHARE_BASE_URL}/${token}`;
}
