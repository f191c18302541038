import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger';
import { requestLoggerOf } from './requestScope';

/**
 * Every error code a client can see. Clients switch on `extensions.code`;
 * the README lists them. Domain codes sit beside the generic ones so there is
 * one place to look.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The service's database connection was lost mid-request: nothing was written; retry (with the same idempotency key). */
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  /** Free-form operation refused: the gateway runs with TRUSTED_DOCUMENTS_ONLY and the caller is no analyst. */
  TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED',
  // agreements
  OUT_OF_ORDER = 'OUT_OF_ORDER',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  SERVICE_NOT_ACTIVATED = 'SERVICE_NOT_ACTIVATED',
  CANCELLATION_WINDOW_CLOSED = 'CANCELLATION_WINDOW_CLOSED',
  /** A designated services administrator has not accepted the invitation yet (AGR-9); `extensions.designationId` says which. */
  REGISTRATION_REQUIRED = 'REGISTRATION_REQUIRED',
  // support-contracts
  INCIDENTS_EXHAUSTED = 'INCIDENTS_EXHAUSTED',
  CONTRACT_EXPIRED = 'CONTRACT_EXPIRED',
  CONTRACT_CANNOT_BE_USED = 'CONTRACT_CANNOT_BE_USED',
  /** Too many failed attempts in a window (support contract links, SUP-11); `extensions.retryAfterSeconds` and `retryAt` say when to try again. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A program support case for a contract that came with no partner-program benefit: nobody of record to re-send its IDs to (SUP-10). */
  NO_PROGRAM_CONTACT = 'NO_PROGRAM_CONTACT',
  // software-catalog
  LINK_EXPIRED = 'LINK_EXPIRED',
  CODE_ALREADY_REDEEMED = 'CODE_ALREADY_REDEEMED',
  // partner-benefits
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  MISSING_FIELDS = 'MISSING_FIELDS',
}

/** Codes a client may see verbatim; anything else is masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Codes Apollo Server and the gateway emit themselves.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'SUBGRAPH_UNAVAILABLE',
]);

export function domainError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, field?: string): GraphQLError =>
  domainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (message: string): GraphQLError => domainError(ErrorCode.NOT_FOUND, message);
export const forbidden = (message = 'You are not allowed to do this.'): GraphQLError =>
  domainError(ErrorCode.FORBIDDEN, message);
/**
 * `httpStatus: true` only for a request refused as a whole (a bad token). A private field asked for
 * without a token is a field error in an otherwise normal 200 response: a 401 from a subgraph would
 * make the gateway report the subgraph's HTTP failure (with its internal URL) instead.
 */
export const unauthenticated = (message = 'Sign in: this data needs a valid bearer token.', options: { httpStatus?: boolean } = {}): GraphQLError =>
  domainError(ErrorCode.UNAUTHENTICATED, message, options.httpStatus ? { http: { status: 401 } } : {});
export const conflict = (message: string): GraphQLError => domainError(ErrorCode.CONFLICT, message);

/**
 * Apollo `formatError`: coded errors pass through; anything else (a driver
 * error, a bug) is logged with its stack and replaced by a generic message,
 * so no SQL and no stack trace reaches a client.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    // Apollo labels any unknown thrown error INTERNAL_SERVER_ERROR before we see it: that label is
    // not ours, so such errors are masked below, never passed through with their raw message.
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR && PUBLIC_CODES.has(code)) {
      // Strip the stacktrace Apollo adds in development: clients never need it.
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    // The request's own logger when known (its lines carry the request id, common/requestScope.ts).
    const log = requestLoggerOf(error) ?? requestLoggerOf(original) ?? logger;
    if (isUncodedRequestRefusal(original)) {
      // Apollo's own refusals of a malformed request (a persisted-query hash that does not match, an
      // unsupported version) carry an HTTP 4xx but no code; their messages are Apollo's fixed texts.
      return { message: original.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (isLostStoreConnection(original)) {
      log.warn({ err: original, path: formatted.path }, 'store connection lost while resolving');
      return {
        message: 'The data store is briefly unavailable; nothing was changed. Retry the request.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.STORE_UNAVAILABLE },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A GraphQLError that Apollo raised to refuse the HTTP request with a 4xx, without a code of its own. */
function isUncodedRequestRefusal(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError) || error.path || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Driver codes of a connection that died or could not be opened (mysql2 and Node's sockets). */
const LOST_CONNECTION_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
]);

/**
 * A lost database connection is not a bug: the transaction rolled back, so the client may retry.
 * TypeORM wraps driver errors (QueryFailedError keeps `driverError`), so both layers are checked.
 */
export function isLostStoreConnection(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some((e) => {
    if (!e || typeof e !== 'object') return false;
    const code = (e as { code?: unknown }).code;
    const message = (e as { message?: unknown }).message;
    return (typeof code === 'string' && LOST_CONNECTION_CODES.has(code)) || (typeof message === 'string' && /Connection lost|Pool is closed|connection is in closed state/i.test(message));
  });
}
