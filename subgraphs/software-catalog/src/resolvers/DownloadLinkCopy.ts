import type { DownloadLinkCopyResolvers } from '../generated/resolvers';
import { existing } from '../store/loaders';

/** CSP-9: a recorded copy; the share token itself is never kept, so never shown again. */
export const DownloadLinkCopy: DownloadLinkCopyResolvers = {
  link: (copy, _, ctx) => existing(ctx.loaders.linkById.load(copy.linkId), `download link ${copy.linkId}`),
  copiedByOrganizationId: (copy) => copy.copiedByOrgId,
};
