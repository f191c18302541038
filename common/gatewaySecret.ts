import crypto from 'node:crypto';
import type express from 'express';
import type { Logger } from './logger';

/**
 * Subgraphs are private (design.md, "Identity"): they answer GraphQL only to a
 * gateway, which proves itself with `SUBGRAPH_SECRET` in this header on every
 * call. The bearer token still decides what data a caller may see.
 */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

const digest = (value: string): Buffer => crypto.createHash('sha256').update(value, 'utf8').digest();

/** Compares in constant time: both sides are hashed first, so neither the length nor a prefix of the secret leaks. */
export function isGatewaySecret(given: string | undefined, secret: string): boolean {
  return typeof given === 'string' && crypto.timingSafeEqual(digest(given), digest(secret));
}

/** Refuses a caller without the gateway secret with 401 and a coded GraphQL error body, before its body is read. */
export function requireGatewaySecret(secret: string, logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    if (isGatewaySecret(req.header(GATEWAY_SECRET_HEADER), secret)) return next();
    // warn, not error: a probe is not our fault; nothing the caller sent is logged.
    logger.warn({ ip: req.ip }, 'refused a GraphQL call without the gateway secret');
    res.status(401).json({ errors: [{ message: 'This service answers only its gateway.', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}
