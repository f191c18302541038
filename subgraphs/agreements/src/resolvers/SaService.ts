import { connectionFromArray } from '../../../../common/connection';
import type { SaServiceResolvers } from '../generated/resolvers';

export const SaService: SaServiceResolvers = {
  /** AGR-8: only Problem Resolution Support creates a contract; PROVISIONING until the support store replied. */
  supportContractStatus(s) {
    if (s.kind !== 'PROBLEM_RESOLUTION_SUPPORT' || s.status !== 'ACTIVATED') return null;
    return s.supportContractId ? 'ACTIVE' : 'PROVISIONING';
  },
  supportContract: (s) => (s.supportContractId ? { id: s.supportContractId } : null),
  async assignments(s, args, ctx) {
    const all = await ctx.loaders.voucherAssignmentsByAgreementId.load(s.agreementId);
    return connectionFromArray(
      all.filter((x) => x.service === s.kind),
      args,
    );
  },
};
