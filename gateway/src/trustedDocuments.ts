import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { GraphQLHttpRefusal } from '../../common/graphqlHandler';
import { ErrorCode } from '../../common/errors';
import type { IdentityConfig } from '../../common/config';
import { viewerFromAuthorization } from '../../common/identity';

/**
 * Trusted documents: the operations the project ships (the tiles component,
 * the playground examples, the typed client) are listed by
 * `npm run documents` in a manifest of persisted documents. A client sends
 * `extensions.persistedQuery.sha256Hash` instead of the text; the gateway
 * fills the text in from the manifest before Apollo sees the request, so
 * Apollo's own APQ (in memory or in the shared Redis cache) checks the hash
 * and runs it as usual, whichever cache is configured and even when that
 * cache was just emptied.
 *
 * With `TRUSTED_DOCUMENTS_ONLY=true`, anything not in the manifest is
 * refused except from analysts, who explore the graph in the playground.
 */

/** Where the manifest lives: beside the static files, so the build copies it along (scripts/build.ts). */
export const PERSISTED_DOCUMENTS_PATH = path.resolve(__dirname, '..', 'public', 'persisted-documents.json');

/** One persisted operation, in Apollo's persisted query manifest format. */
export interface PersistedOperation {
  /** sha256 (hex) of `body`: what clients send as `extensions.persistedQuery.sha256Hash`. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface PersistedDocumentManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

export const sha256Hex = (text: string): string => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** The manifest's operations; refuses a manifest whose ids are not the hashes of their bodies. */
export function readPersistedOperations(file: string = PERSISTED_DOCUMENTS_PATH): PersistedOperation[] {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as PersistedDocumentManifest;
  for (const op of manifest.operations) {
    if (sha256Hex(op.body) !== op.id) throw new Error(`${file}: operation ${op.name} has id ${op.id}, not the sha256 of its body`);
  }
  return manifest.operations;
}

/** Hash → document text. */
export function persistedDocuments(operations: readonly PersistedOperation[]): Map<string, string> {
  return new Map(operations.map((op) => [op.id, op.body]));
}

/** Hash → operation name: what the gateway's metrics label a trusted document by. */
export function persistedOperationNames(operations: readonly PersistedOperation[]): Map<string, string> {
  return new Map(operations.map((op) => [op.id, op.name]));
}

/** Hash → document text of the manifest in `file`. */
export function loadPersistedDocuments(file: string = PERSISTED_DOCUMENTS_PATH): Map<string, string> {
  return persistedDocuments(readPersistedOperations(file));
}

/** Codes of this module's refusals (also in common/errors.ts and the README's errors table). */
const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

interface RequestParts {
  query: unknown;
  hash: unknown;
}

function partsOf(request: HTTPGraphQLRequest): RequestParts {
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search);
    let extensions: unknown;
    try {
      extensions = JSON.parse(search.get('extensions') ?? 'null');
    } catch {
      extensions = null; // Apollo answers the malformed parameter itself
    }
    return { query: search.get('query') ?? undefined, hash: hashOf(extensions) };
  }
  const body: unknown = request.body;
  if (!body || typeof body !== 'object') return { query: undefined, hash: undefined };
  const { query, extensions } = body as { query?: unknown; extensions?: unknown };
  return { query, hash: hashOf(extensions) };
}

function hashOf(extensions: unknown): unknown {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (!persisted || typeof persisted !== 'object') return undefined;
  return (persisted as { sha256Hash?: unknown }).sha256Hash;
}

/** Puts the manifest's text into the request, where Apollo reads it (the body, or the query string for GET). */
function fillIn(request: HTTPGraphQLRequest, text: string): void {
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search);
    search.set('query', text);
    request.search = `?${search}`;
  } else {
    (request.body as { query?: string }).query = text;
  }
}

function refusal(status: number, code: string, message: string): GraphQLHttpRefusal {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

export interface TrustedDocumentOptions {
  documents: ReadonlyMap<string, string>;
  only: boolean;
  identity: IdentityConfig;
}

/**
 * Screens a GraphQL request read by the gateway (common/graphqlHandler.ts):
 * fills in the text of a listed hash, and with `only` refuses what is not
 * listed (undefined: run it).
 */
export function trustedDocumentsScreen(options: TrustedDocumentOptions): (request: HTTPGraphQLRequest, authorization: string | undefined) => Promise<GraphQLHttpRefusal | undefined> {
  const { documents, only, identity } = options;
  /** Whether the caller is an analyst (the one role that may send free text when only trusted documents run). */
  const analyst = async (authorization: string | undefined): Promise<boolean | GraphQLError> => {
    try {
      const viewer = await viewerFromAuthorization(authorization, identity);
      return !!viewer && viewer.roles.has('analyst');
    } catch (err) {
      return err as GraphQLError;
    }
  };
  return async (request, authorization) => {
    if (request.method !== 'GET' && request.method !== 'POST') return undefined;
    const { query, hash } = partsOf(request);
    if (typeof query !== 'string' && typeof hash === 'string') {
      const known = documents.get(hash);
      if (known !== undefined) {
        fillIn(request, known);
        return undefined;
      }
      if (!only) return undefined; // ordinary APQ: Apollo answers from its cache or PERSISTED_QUERY_NOT_FOUND
    } else if (typeof query === 'string' && (!only || documents.has(sha256Hex(query)))) {
      return undefined; // free text allowed, or the text of a trusted document
    } else if (!only || typeof query !== 'string') {
      return undefined; // neither text nor hash: Apollo's own 400
    }
    // Only trusted documents, and this is not one: free text, or a hash the manifest lacks
    // (which an analyst may have registered through APQ: it still is not trusted for anyone else).
    const result = await analyst(authorization);
    if (result === true) return undefined;
    if (result !== false) return refusal(401, ErrorCode.UNAUTHENTICATED, result.message);
    if (typeof query !== 'string') return refusal(200, PERSISTED_QUERY_NOT_FOUND, 'PersistedQueryNotFound: this gateway runs only the documents of its manifest.');
    return refusal(400, ErrorCode.TRUSTED_DOCUMENT_REQUIRED, 'This gateway runs only trusted documents: send extensions.persistedQuery.sha256Hash of a listed operation.');
  };
}
