import type { DataSource } from 'typeorm';
import { DownloadLinkCopyRow, DownloadLinkRow, ProductKeyRow } from './entities';

/**
 * Single rows the key mutations start from. Unscoped: each mutation then asks
 * `entitlementAccess` whether the caller may handle the subscription behind it.
 */

export function findKey(db: DataSource, id: string): Promise<ProductKeyRow | null> {
  return db.getRepository(ProductKeyRow).findOneBy({ id });
}

export function findLink(db: DataSource, id: string): Promise<DownloadLinkRow | null> {
  return db.getRepository(DownloadLinkRow).findOneBy({ id });
}

/** CSP-9: a copy by the hash of its share token (the token itself is never stored). */
export function findCopyByTokenHash(db: DataSource, tokenHash: string): Promise<DownloadLinkCopyRow | null> {
  return db.getRepository(DownloadLinkCopyRow).findOneBy({ tokenHash });
}
