import crypto from 'node:crypto';

/**
 * Subgraphs are private (design.md, "Identity"): they answer GraphQL only to a
 * gateway, which proves itself with `SUBGRAPH_SECRET` in this header on every
 * call. The bearer token still decides what data a caller may see.
 */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

const digest = (value: string): Buffer => crypto.createHash('sha256').update(value, 'utf8').digest();

/**
 * A check of the header against `secret`, in constant time: both sides are
 * hashed, so neither the length nor a prefix of the secret leaks. The
 * secret's own digest is made once, not on every call.
 */
export function gatewaySecretCheck(secret: string): (given: string | string[] | undefined) => boolean {
  const expected = digest(secret);
  return (given) => typeof given === 'string' && crypto.timingSafeEqual(digest(given), expected);
}

/** The answer to a caller without the gateway secret: 401 and a coded GraphQL error body. */
export const GATEWAY_SECRET_REFUSAL = { errors: [{ message: 'This service answers only its gateway.', extensions: { code: 'UNAUTHENTICATED' } }] };
