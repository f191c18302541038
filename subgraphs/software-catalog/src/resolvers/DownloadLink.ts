import { linkStatus } from '../domain/downloadLink';
import type { DownloadLinkResolvers } from '../generated/resolvers';

export const DownloadLink: DownloadLinkResolvers = {
  status: (link, _, ctx) => linkStatus(link, ctx.clock.now()),
};
