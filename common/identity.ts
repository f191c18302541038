import { SignJWT, decodeJwt, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';
import type { IdentityConfig } from './config';
import { forbidden, unauthenticated } from './errors';
import { isOrganizationKind, rolesThatCount, type OrganizationKind, type Role } from './roles';

/** Roles and where they count (the role table of `shared/domain.md`) live in `roles.ts`. */
export { ROLES, ROLE_ORGANIZATION_KIND, type OrganizationKind, type Role } from './roles';

/** The signed-in caller, as proven by a verified token. */
export interface Viewer {
  /** `sub` claim: the user's id. */
  readonly userId: string;
  readonly email: string;
  /** `org` claim: the organisation every query is scoped to. */
  readonly orgId: string;
  /**
   * `org_kind` claim, as the identity provider labels the organisation.
   * Decide on `roles`, not on this: operator roles are also bound to
   * `OPERATOR_ORG_ID`, a label alone is not.
   */
  readonly orgKind: OrganizationKind;
  /** The token's roles that count in this organisation (`rolesThatCount`); others are dropped. */
  readonly roles: ReadonlySet<Role>;
}

/** What a token says about its user; signed as `sub`, `email`, `org`, `org_kind`, `roles`. */
export interface TokenClaims {
  sub: string;
  email: string;
  org: string;
  /** Signed as `org_kind`. */
  orgKind: OrganizationKind;
  roles: Role[];
}

/**
 * Clock difference tolerated between the issuer and us, for `iat` only: a
 * token issued "in the future" by more than this is refused. `exp` gets no
 * tolerance, so no token is accepted after its expiry.
 */
const CLOCK_SKEW_SECONDS = 30;

/** Longest `sub` and `org` accepted: the stores' id columns hold 64 characters. */
const MAX_ID_CLAIM_LENGTH = 64;
/** Longest e-mail address (RFC 5321 path limit). */
const MAX_EMAIL_LENGTH = 254;

function secretKey(identity: IdentityConfig): Uint8Array {
  return new TextEncoder().encode(identity.jwtSecret);
}

/**
 * Issues an HS256 token (dev and demo; production tokens come from the
 * identity provider). `expiresIn` is a lifetime ('8h', as jose reads it) or an
 * absolute `exp` in epoch seconds (tests sign expired tokens that way). A
 * lifetime over `TOKEN_MAX_LIFETIME_SECONDS` is refused: the services would
 * refuse the token anyway.
 */
export async function signToken(claims: TokenClaims, identity: IdentityConfig, expiresIn: string | number = '8h'): Promise<string> {
  const token = await new SignJWT({ email: claims.email, org: claims.org, org_kind: claims.orgKind, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(identity.jwtIssuer)
    .setAudience(identity.jwtAudience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secretKey(identity));
  // jose resolves '8h' against the same `iat` it wrote, so read the lifetime back rather than parse it twice.
  const { iat, exp } = decodeJwt(token);
  if (iat !== undefined && exp !== undefined && exp - iat > identity.maxTokenLifetimeSeconds) {
    throw new Error(`A token may live at most ${identity.maxTokenLifetimeSeconds} s (TOKEN_MAX_LIFETIME_SECONDS); asked for ${exp - iat} s.`);
  }
  return token;
}

/**
 * Verified tokens per identity configuration: every service on a request's
 * path verifies the same token, and a dashboard sends it with every request,
 * so the signature check (HMAC, JSON, claims) runs once per token and
 * process instead of once per request. Keyed by the exact token string, so a
 * token differing in one character (a tampered payload or signature) is
 * verified afresh. Least recently used entries go first past
 * `VERIFIED_TOKENS_KEPT`. An entry is reused until the token's `exp`
 * (checked on every use, against the same clock as a fresh verification),
 * and never longer than `VERIFIED_TOKEN_REUSE_MS`: a decision that depended
 * on the key or settings of the moment is taken again within minutes.
 * Refusals are never remembered.
 */
const verifiedTokens = new WeakMap<IdentityConfig, LRUCache<string, { viewer: Viewer; reuseUntilMs: number }>>();
export const VERIFIED_TOKENS_KEPT = 10_000;
export const VERIFIED_TOKEN_REUSE_MS = 5 * 60_000;

/** How many verified tokens are held for a configuration (tests: the cache is bounded, refusals are not held). */
export function verifiedTokensHeld(identity: IdentityConfig): number {
  return verifiedTokens.get(identity)?.size ?? 0;
}

/** Verifies a token's signature, issuer, audience, lifetime and claims and returns its viewer; throws `UNAUTHENTICATED`. */
export async function verifyToken(token: string, identity: IdentityConfig): Promise<Viewer> {
  let cache = verifiedTokens.get(identity);
  if (!cache) {
    cache = new LRUCache({ max: VERIFIED_TOKENS_KEPT });
    verifiedTokens.set(identity, cache);
  }
  const known = cache.get(token);
  if (known && Date.now() < known.reuseUntilMs) return known.viewer;
  if (known) cache.delete(token);
  const { viewer, expiresAtMs } = await verifySignedToken(token, identity);
  cache.set(token, { viewer, reuseUntilMs: Math.min(expiresAtMs, Date.now() + VERIFIED_TOKEN_REUSE_MS) });
  return viewer;
}

async function verifySignedToken(token: string, identity: IdentityConfig): Promise<{ viewer: Viewer; expiresAtMs: number }> {
  try {
    // jose checks presence of every claim we rely on, `iss`, `aud`, `exp`, and with maxTokenAge that `iat`
    // is a number, not older than the cap and not in the future beyond the skew.
    const { payload } = await jwtVerify(token, secretKey(identity), {
      algorithms: ['HS256'],
      issuer: identity.jwtIssuer,
      audience: identity.jwtAudience,
      maxTokenAge: identity.maxTokenLifetimeSeconds,
      requiredClaims: ['exp', 'iat', 'sub', 'email', 'org', 'org_kind', 'roles'],
      clockTolerance: CLOCK_SKEW_SECONDS,
    });
    const { sub, email, org, org_kind: orgKind, roles } = payload as Record<string, unknown>;
    const exp = payload.exp as number; // required above, and jose refuses a non-numeric exp
    const iat = payload.iat as number; // required above, and maxTokenAge refuses a non-numeric iat
    if (typeof sub !== 'string' || typeof org !== 'string' || typeof email !== 'string' || !isOrganizationKind(orgKind) || !Array.isArray(roles)) {
      throw unauthenticated('The token lacks one of the claims sub, email, org, org_kind, roles.', { httpStatus: true });
    }
    // Stores key rows by these ids (64 characters): a longer one is not an identity we issue, and would
    // otherwise fail deep in a write as an internal error.
    if (!sub || sub.length > MAX_ID_CLAIM_LENGTH || !org || org.length > MAX_ID_CLAIM_LENGTH || email.length > MAX_EMAIL_LENGTH) {
      throw unauthenticated('The token names a user, organisation or e-mail longer than an identity may be.', { httpStatus: true });
    }
    // The skew is for `iat` only (jose applies it to `exp` too): never accept a token after its expiry.
    if (exp * 1000 <= Date.now()) throw unauthenticated('The token has expired.', { httpStatus: true });
    // jose caps the age (now − iat); a token that *declares* a longer life is refused now, not in 12 hours,
    // so an issuer minting over-long tokens is noticed at once.
    if (exp - iat > identity.maxTokenLifetimeSeconds) {
      throw unauthenticated(`The token lives longer than ${identity.maxTokenLifetimeSeconds} s.`, { httpStatus: true });
    }
    const viewer: Viewer = { userId: sub, email, orgId: org, orgKind, roles: rolesThatCount(roles, orgKind, org, identity.operatorOrgId) };
    return { viewer, expiresAtMs: exp * 1000 };
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
