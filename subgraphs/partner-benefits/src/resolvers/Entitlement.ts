import type { EntitlementResolvers } from '../generated/resolvers';
import { supportContractRef } from './references';

export const Entitlement: EntitlementResolvers = {
  supportContract: (e) => supportContractRef(e.supportContractId),
};
