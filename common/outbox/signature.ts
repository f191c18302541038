import crypto from 'node:crypto';

/** Header carrying `sha256=<hex HMAC of the raw body>`. */
export const SIGNATURE_HEADER = 'x-event-signature';

/** HMAC-SHA256 of the exact bytes sent, with the shared `EVENT_SECRET`. */
export function signBody(body: string | Buffer, secret: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Constant-time check of a signature header against the raw body. */
export function verifyBody(body: Buffer, header: string | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
