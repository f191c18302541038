import { linkStatus } from '../domain/downloadLink';
import { maskProductKey } from '../domain/productKey';
import type { DownloadLinkRow, KeyRevealRow, ProductKeyRow } from '../store/entities';
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

