import { linkStatus } from '../domain/downloadLink';
import { maskProductKey } from '../domain/productKey';
import type { DownloadLinkCopyResolvers, DownloadLinkResolvers, KeyRevealResolvers, ProductKeyResolvers } from '../generated/resolvers';
import { existing } from '../store/loaders';

/** The key value itself is never a field: only its mask, or a recorded reveal. */
export const ProductKey: ProductKeyResolvers = {
  maskedValue: (key) => maskProductKey(key.keyValue),
};

export const DownloadLink: DownloadLinkResolvers = {
  status: (link, _, ctx) => linkStatus(link, ctx.clock.now()),
};

export const KeyReveal: KeyRevealResolvers = {
  key: (reveal, _, ctx) => existing(ctx.loaders.keyById.load(reveal.keyId), `key ${reveal.keyId}`),
  revealedByOrganizationId: (reveal) => reveal.revealedByOrgId,
};


/** CSP-9: a recorded copy; the share token itself is never kept, so never shown again. */
export const DownloadLinkCopy: DownloadLinkCopyResolvers = {
  link: (copy, _, ctx) => existing(ctx.loaders.linkById.load(copy.linkId), `download link ${copy.linkId}`),
  copiedByOrganizationId: (copy) => copy.copiedByOrgId,
};
