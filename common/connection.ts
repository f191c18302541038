import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

/**
 * Relay-style connections (`first`, `after`, `pageInfo`, `totalCount`).
 * Cursors are opaque offsets: the lists they page through are ordered by a
 * stable key, and clients never build cursors themselves.
 */

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Longest offset a cursor may carry: far past any list, short of what a SQL OFFSET or Number holds exactly. */
const MAX_CURSOR_OFFSET = 1_000_000_000;
/** Exactly what `encodeCursor` writes: `Number()` alone took `1e99`, `0x10` or an empty string, and `1e99` reached SQL (a 500). */
const CURSOR_PATTERN = /^offset:(0|[1-9][0-9]{0,9})$/;

export function decodeCursor(cursor: string): number {
  const text = cursor.length <= 64 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = CURSOR_PATTERN.exec(text);
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset <= MAX_CURSOR_OFFSET)) {
    throw badInput('The cursor is not one this graph issued.', 'after');
  }
  return offset;
}

/** Which rows a page covers; `first` is capped so a client cannot ask for everything at once. */
export function pageWindow(args: ConnectionArgs, defaultFirst = 20, maxFirst = 200): PageWindow {
  const first = args.first ?? defaultFirst;
  if (!Number.isInteger(first) || first < 0 || first > maxFirst) {
    throw badInput(`first must be between 0 and ${maxFirst}.`, 'first');
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export function toConnection<T>(rows: T[], totalCount: number, window: PageWindow): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages an in-memory list (for short lists already loaded through a loader). */
export function connectionFromArray<T>(all: T[], args: ConnectionArgs, defaultFirst = 20, maxFirst = 200): Connection<T> {
  const window = pageWindow(args, defaultFirst, maxFirst);
  return toConnection(all.slice(window.offset, window.offset + window.limit), all.length, window);
}

/**
 * One page of a query and its total: two statements (page and count) whatever
 * the page size. `order` applies to the page only (a count needs none) and must
 * end on a unique key, so that an offset cursor always means the same row.
 * The window is checked before any statement runs.
 */
export async function pageOfQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: (page: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const [rows, total] = await Promise.all([order(qb.clone()).offset(window.offset).limit(window.limit).getMany(), qb.getCount()]);
  return toConnection(rows, total, window);
}
