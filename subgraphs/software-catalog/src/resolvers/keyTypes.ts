import { linkStatus } from '../domain/downloadLink';
import { maskProductKey } from '../domain/productKey';
import type { DownloadLinkCopyRow, DownloadLinkRow, KeyRevealRow, ProductKeyRow } from '../store/entities';
import type { CatalogContext } from './context';

/** The key value itself is never a field: only its mask, or a recorded reveal. */
export const ProductKey = {
  maskedValue: (key: ProductKeyRow): string => maskProductKey(key.keyValue),
};

export const DownloadLink = {
  status: (link: DownloadLinkRow, _: unknown, ctx: CatalogContext) => linkStatus(link, ctx.clock.now()),
};

export const KeyReveal = {
  key: (reveal: KeyRevealRow, _: unknown, ctx: CatalogContext) => ctx.loaders.keyById.load(reveal.keyId),
  revealedByOrganizationId: (reveal: KeyRevealRow): string => reveal.revealedByOrgId,
};


/** CSP-9: a recorded copy; the share token itself is never kept, so never shown again. */
export const DownloadLinkCopy = {
  link: (copy: DownloadLinkCopyRow, _: unknown, ctx: CatalogContext) => ctx.loaders.linkById.load(copy.linkId),
  copiedByOrganizationId: (copy: DownloadLinkCopyRow): string => copy.copiedByOrgId,
};
