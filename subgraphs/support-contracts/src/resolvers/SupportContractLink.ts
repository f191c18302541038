import type { SupportContractLinkResolvers } from '../generated/resolvers';

/** A link as its contract's owner sees it (SUP-11). */
export const SupportContractLink: SupportContractLinkResolvers = {
  supportContractId: (l) => l.supportContractId,
  revoked: (l) => l.revokedAt !== null,
};
