import crypto from 'node:crypto';
import type http from 'node:http';

/**
 * Revalidation of GraphQL GET answers, as Express's `res.send` offered it: a
 * weak ETag (Express's format) and 304 when the client already holds that
 * answer. Only GET is revalidated (browsers cache the catalog's public GET
 * answers); POST answers are never, so they are not hashed.
 */
export function weakEtag(body: string): string {
  const hash = crypto.createHash('sha1').update(body, 'utf8').digest('base64').slice(0, 27);
  return `W/"${Buffer.byteLength(body, 'utf8').toString(16)}-${hash}"`;
}

/** Whether the client's copy (`If-None-Match`) is still `etag`: the `fresh` package's rules, with no Last-Modified (never sent here). */
export function isFresh(headers: http.IncomingHttpHeaders, etag: string): boolean {
  const noneMatch = headers['if-none-match'];
  if (!noneMatch) return false; // If-Modified-Since alone cannot match: no Last-Modified is sent
  if (/(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(headers['cache-control'] ?? '')) return false;
  if (noneMatch === '*') return true;
  return noneMatch.split(',').some((token) => {
    const t = token.trim();
    return t === etag || `W/${t}` === etag;
  });
}
