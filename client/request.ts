import { getOperationAST } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PERSISTED_DOCUMENT_IDS } from './persistedDocumentIds';

/** A GraphQL error as the gateway answers it; `code` is `extensions.code` (README's errors table). */
export class GraphRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * The project's typed client call: runs one of client/operations/ by its
 * trusted-document id (never its text, so it works on a gateway with
 * TRUSTED_DOCUMENTS_ONLY=true), with variables and result typed by codegen
 * (client/generated/).
 */
export async function requestGraph<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string } = {},
): Promise<TResult> {
  const name = getOperationAST(document)?.name?.value;
  const id = name ? (PERSISTED_DOCUMENT_IDS as Record<string, string>)[name] : undefined;
  if (!name || !id) throw new Error(`${name ?? 'an unnamed operation'} is not a persisted document: add it to client/operations/ and run npm run documents`);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
  });
  const body = (await res.json()) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  if (first) throw new GraphRequestError(first.message, first.extensions?.code, res.status);
  if (!body.data) throw new GraphRequestError('empty answer', undefined, res.status);
  return body.data;
}
