import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { IdentityConfig } from './config';
import { forbidden, unauthenticated } from './errors';

/** Roles from the table in `shared/domain.md` ("Who may do what"). */
export const ROLES = [
  'global_admin',
  'notice_contact',
  'services_admin',
  'support_user',
  'admin_agent',
  'program_admin',
  'analyst',
  'support_engineer',
] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in caller, as proven by a verified token. */
export interface Viewer {
  /** `sub` claim: the user's id. */
  readonly userId: string;
  readonly email: string;
  /** `org` claim: the organisation every query is scoped to. */
  readonly orgId: string;
  readonly roles: ReadonlySet<Role>;
}

export interface TokenClaims {
  sub: string;
  email: string;
  org: string;
  roles: Role[];
}

function secretKey(identity: IdentityConfig): Uint8Array {
  return new TextEncoder().encode(identity.jwtSecret);
}

/** Issues an HS256 token (dev and demo; production tokens come from the identity provider). */
export async function signToken(claims: TokenClaims, identity: IdentityConfig, expiresIn: string | number = '8h'): Promise<string> {
  return new SignJWT({ email: claims.email, org: claims.org, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(identity.jwtIssuer)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secretKey(identity));
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Verifies a token's signature, issuer and expiry and returns its viewer; throws `UNAUTHENTICATED`. */
/**
 * Verified tokens per identity configuration, until they expire: every service
 * on a request's path verifies the same token, and a dashboard sends it with
 * every request, so the signature check (HMAC, JSON, claims) runs once per
 * token instead of once per request. Bounded; the oldest entry goes first.
 */
const verifiedTokens = new WeakMap<IdentityConfig, Map<string, { viewer: Viewer; expiresAtMs: number }>>();
const VERIFIED_TOKENS_KEPT = 10_000;

export async function verifyToken(token: string, identity: IdentityConfig): Promise<Viewer> {
  let cache = verifiedTokens.get(identity);
  if (!cache) {
    cache = new Map();
    verifiedTokens.set(identity, cache);
  }
  const known = cache.get(token);
  if (known && Date.now() < known.expiresAtMs) return known.viewer;
  if (known) cache.delete(token);
  const { viewer, expiresAtMs } = await verifySignedToken(token, identity);
  if (cache.size >= VERIFIED_TOKENS_KEPT) cache.delete(cache.keys().next().value as string);
  cache.set(token, { viewer, expiresAtMs });
  return viewer;
}

async function verifySignedToken(token: string, identity: IdentityConfig): Promise<{ viewer: Viewer; expiresAtMs: number }> {
  try {
    const { payload } = await jwtVerify(token, secretKey(identity), {
      algorithms: ['HS256'],
      issuer: identity.jwtIssuer,
    });
    const { sub, email, org, roles } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || typeof org !== 'string' || typeof email !== 'string' || !Array.isArray(roles)) {
      throw unauthenticated('The token lacks one of the claims sub, email, org, roles.', { httpStatus: true });
    }
    // No `exp` (a token for life) is not something our issuer signs; such a token is re-verified every minute.
    const expiresAtMs = typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now() + 60_000;
    return { viewer: { userId: sub, email, orgId: org, roles: new Set(roles.filter(isRole)) }, expiresAtMs };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired.', { httpStatus: true });
    if (err instanceof joseErrors.JOSEError) throw unauthenticated('The token is not valid.', { httpStatus: true });
    throw err;
  }
}

/**
 * Reads `Authorization: Bearer <jwt>`. No header means an anonymous caller
 * (public data only); a header that is present but wrong is an error, never
 * silently anonymous.
 */
export async function viewerFromAuthorization(header: string | undefined, identity: IdentityConfig): Promise<Viewer | null> {
  if (header === undefined || header === '') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".', { httpStatus: true });
  return verifyToken(match[1], identity);
}

/** The caller, or `UNAUTHENTICATED` when there is none. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function hasAnyRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && roles.some((r) => viewer.roles.has(r));
}

/** The one check resolvers call before private work: signed in and holding one of the roles. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!hasAnyRole(v, ...roles)) {
    throw forbidden(`This needs one of the roles: ${roles.join(', ')}.`);
  }
  return v;
}

/**
 * Whether the viewer may read an organisation's data: its own members, and
 * the operator's analysts (read-only). Partner-for-customer access is decided
 * by the rules that allow it (CSP-1, CSP-3), not here.
 */
export function canReadOrganization(viewer: Viewer | null, orgId: string): boolean {
  return !!viewer && (viewer.orgId === orgId || viewer.roles.has('analyst'));
}
