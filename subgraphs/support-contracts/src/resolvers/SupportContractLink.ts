import type { ContractLinkRow } from '../store/entities';

/** A link as its contract's owner sees it (SUP-11). */
export const SupportContractLink = {
  supportContractId: (l: ContractLinkRow) => l.supportContractId,
  revoked: (l: ContractLinkRow) => l.revokedAt !== null,
};
