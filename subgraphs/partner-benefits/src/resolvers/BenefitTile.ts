import type { BenefitTileResolvers } from '../generated/resolvers';
import { supportContractRef } from './references';

export const BenefitTile: BenefitTileResolvers = {
  /** PB-7: only items that were evaluated and failed; NOT_CHECKED items are not failures. The checklist order puts the blocking one first. */
  failingChecks: (t) => t.checklist.filter((c) => c.state === 'FAILED').map((c) => c.item),
  supportContract: (t) => supportContractRef(t.supportContractId),
};
