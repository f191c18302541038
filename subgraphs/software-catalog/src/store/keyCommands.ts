import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { downloadFileName, expiryAfterFirstDownload } from '../domain/downloadLink';
import { generateProductKey, type Bitness } from '../domain/productKey';
import { DownloadLinkRow, KeyRevealRow, ProductKeyRow, SoftwareDownloadRow, type EntitlementRow, type ProductVersionRow } from './entities';
import { ensureMyProduct } from './myProductCommands';

/** Base of generated download URLs; the path carries an unguessable token. */
const DOWNLOAD_BASE_URL = 'https://downloads.licensing.example/files';

/** CSP-4: a new key and a new link for one version, language and bitness. Keys and URLs are secrets: nothing here logs. */
export async function createKeyAndLink(
  tx: EntityManager,
  entitlement: EntitlementRow,
  request: { version: string; language: string; bitness: Bitness },
  userId: string,
  now: Date,
): Promise<{ key: ProductKeyRow; link: DownloadLinkRow }> {
  const key: ProductKeyRow = {
    id: crypto.randomUUID(),
    subscriptionId: entitlement.subscriptionId,
    ...request,
    keyValue: generateProductKey(),
    createdAt: now,
    createdBy: userId,
  };
  const linkId = crypto.randomUUID();
  const link: DownloadLinkRow = {
    id: linkId,
    subscriptionId: entitlement.subscriptionId,
    productId: entitlement.productId,
    ...request,
    fileName: downloadFileName(entitlement.productId, request.version, request.language, request.bitness),
    url: `${DOWNLOAD_BASE_URL}/${linkId}/${crypto.randomBytes(24).toString('base64url')}`,
    createdAt: now,
    firstDownloadedAt: null,
    expiresAt: null,
  };
  await tx.getRepository(ProductKeyRow).insert(key);
  await tx.getRepository(DownloadLinkRow).insert(link);
  return { key, link };
}

/** CSP-8: records who saw a key and when. */
export async function recordReveal(
  tx: EntityManager,
  key: ProductKeyRow,
  entitlement: EntitlementRow,
  viewer: { userId: string; orgId: string },
  now: Date,
): Promise<void> {
  await tx.getRepository(KeyRevealRow).insert({
    id: crypto.randomUUID(),
    keyId: key.id,
    subscriptionId: entitlement.subscriptionId,
    customerOrgId: entitlement.customerOrgId,
    revealedBy: viewer.userId,
    revealedByOrgId: viewer.orgId,
    revealedAt: now,
  });
}

/**
 * A download through a link. The first one starts the five days (CSP-5): a
 * conditional UPDATE sets the expiry only while none is set, so two
 * simultaneous first downloads cannot push it later. The download is kept
 * for "last downloads" (MP-8) and puts the product in My Products (MP-1).
 */
export async function recordDownload(
  tx: EntityManager,
  link: DownloadLinkRow,
  version: ProductVersionRow | null,
  viewer: { userId: string; orgId: string },
  now: Date,
): Promise<DownloadLinkRow> {
  if (!link.firstDownloadedAt) {
    await tx
      .createQueryBuilder()
      .update(DownloadLinkRow)
      .set({ firstDownloadedAt: now, expiresAt: expiryAfterFirstDownload(now) })
      .where('id = :id AND first_downloaded_at IS NULL', { id: link.id })
      .execute();
  }
  await tx.getRepository(SoftwareDownloadRow).insert({
    id: crypto.randomUUID(),
    userId: viewer.userId,
    orgId: viewer.orgId,
    productId: link.productId,
    version: link.version,
    fileName: link.fileName,
    fileDate: version?.releaseDate ?? now.toISOString().slice(0, 10),
    downloadedAt: now,
  });
  await ensureMyProduct(tx, { userId: viewer.userId, orgId: viewer.orgId, productId: link.productId, via: 'DOWNLOAD' }, now);
  return tx.getRepository(DownloadLinkRow).findOneByOrFail({ id: link.id });
}
