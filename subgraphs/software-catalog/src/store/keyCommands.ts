import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { downloadFileName, expiryAfterFirstDownload } from '../domain/downloadLink';
import { generateProductKey, type Bitness } from '../domain/productKey';
import { newShareToken, shareTokenHash, shareUrlOf } from '../domain/shareToken';
import { DownloadLinkCopyRow, DownloadLinkRow, KeyRevealRow, ProductKeyRow, SoftwareDownloadRow, type EntitlementRow, type ProductVersionRow } from './entities';
import { ensureMyProduct } from './myProductCommands';

/** Base of generated download URLs; the path carries an unguessable token. */
const DOWNLOAD_BASE_URL = 'https://downloads.licensing.example/files';

/** CSP-4: a new key and a new link for one version, language and bitness. Keys and URLs are secrets: nothing here logs. */
export async function createKeyAndLink(
  db: DataSource,
  entitlement: EntitlementRow,
  request: { version: string; language: string; bitness: Bitness },
  userId: string,
  now: Date,
): Promise<{ key: ProductKeyRow; link: DownloadLinkRow }> {
  return db.transaction(async (tx) => {
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
  });
}

/** CSP-8: records who saw a key and when. */
export async function recordReveal(
  db: DataSource,
  key: ProductKeyRow,
  entitlement: EntitlementRow,
  viewer: { userId: string; orgId: string },
  now: Date,
): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.getRepository(KeyRevealRow).insert({
      id: crypto.randomUUID(),
      keyId: key.id,
      subscriptionId: entitlement.subscriptionId,
      customerOrgId: entitlement.customerOrgId,
      revealedBy: viewer.userId,
      revealedByOrgId: viewer.orgId,
      revealedAt: now,
    });
  });
}

/**
 * CSP-9: a copy of a link, to send without downloading. A new random share
 * token per copy; only its hash is stored, and the copy is recorded (who,
 * which organisation, when) like a key reveal (CSP-8). The link's five days
 * do not start here.
 */
export async function recordCopy(
  db: DataSource,
  link: DownloadLinkRow,
  entitlement: EntitlementRow,
  viewer: { userId: string; orgId: string },
  now: Date,
): Promise<{ shareUrl: string; copy: DownloadLinkCopyRow }> {
  return db.transaction(async (tx) => {
    const token = newShareToken();
    const copy: DownloadLinkCopyRow = {
      id: crypto.randomUUID(),
      linkId: link.id,
      subscriptionId: link.subscriptionId,
      customerOrgId: entitlement.customerOrgId,
      tokenHash: shareTokenHash(token),
      copiedBy: viewer.userId,
      copiedByOrgId: viewer.orgId,
      copiedAt: now,
    };
    await tx.getRepository(DownloadLinkCopyRow).insert(copy);
    return { shareUrl: shareUrlOf(token), copy };
  });
}

/**
 * The first download, by anyone and through any path, starts the five days
 * (CSP-5, CSP-9): a conditional UPDATE sets the expiry only while none is
 * set, so two simultaneous first downloads cannot push it later.
 */
export async function startLinkClock(tx: EntityManager, link: DownloadLinkRow, now: Date): Promise<void> {
  if (link.firstDownloadedAt) return;
  await tx
    .createQueryBuilder()
    .update(DownloadLinkRow)
    .set({ firstDownloadedAt: now, expiresAt: expiryAfterFirstDownload(now) })
    .where('id = :id AND first_downloaded_at IS NULL', { id: link.id })
    .execute();
}

/**
 * A download through a link by a signed-in user: starts the five days
 * (CSP-5), is kept for "last downloads" (MP-8) and puts the product in My
 * Products (MP-1).
 */
export async function recordDownload(
  tx: EntityManager,
  link: DownloadLinkRow,
  version: ProductVersionRow | null,
  viewer: { userId: string; orgId: string },
  now: Date,
): Promise<DownloadLinkRow> {
  await startLinkClock(tx, link, now);
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

/** A download through a link by a signed-in party (CSP-5, MP-1, MP-8), in one transaction. */
export function downloadThroughLink(
  db: DataSource,
  link: DownloadLinkRow,
  version: ProductVersionRow | null,
  viewer: { userId: string; orgId: string },
  now: Date,
): Promise<DownloadLinkRow> {
  return db.transaction((tx) => recordDownload(tx, link, version, viewer, now));
}

/**
 * A download through a copied link (CSP-9): a party of the purchase gets it
 * recorded like any download; anyone else only starts the link's five days.
 */
export function downloadThroughCopy(
  db: DataSource,
  link: DownloadLinkRow,
  party: { viewer: { userId: string; orgId: string }; version: ProductVersionRow | null } | null,
  now: Date,
): Promise<DownloadLinkRow> {
  return db.transaction(async (tx) => {
    if (party) return recordDownload(tx, link, party.version, party.viewer, now);
    await startLinkClock(tx, link, now);
    return tx.getRepository(DownloadLinkRow).findOneByOrFail({ id: link.id });
  });
}
