import { requireRole } from '../../../../common/identity';
import { OWNER_ADMIN_ROLES } from '../domain/contractAccess';
import type { MutationResolvers } from '../generated/resolvers';
import { closeIncident, linkContract, reissueIds, revokeLink, submitIncident } from '../store/supportCommands';
import { openProgramSupportCase } from '../store/programSupportCaseCommands';

/** Support users link contracts and submit and follow incidents; global admins may too. Analysts never mutate. */
const MAY_USE_SUPPORT = ['support_user', 'global_admin'] as const;
/** Closing: the same, plus the operator's support engineers, who alone close as non-decrement (SUP-6, checked in the command). */
const MAY_CLOSE = [...MAY_USE_SUPPORT, 'support_engineer'] as const;

export const Mutation: MutationResolvers = {
  linkSupportContract(_, args, ctx) {
    return linkContract(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
  },
  async submitSupportIncident(_, args, ctx) {
    const { incident, contract } = await submitIncident(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
    // The answer's contract as the committed deduction left it: no second read (still checked by visibleContract).
    if (contract) ctx.loaders.primeContract(contract);
    return incident;
  },
  closeSupportIncident(_, args, ctx) {
    return closeIncident(ctx, requireRole(ctx.viewer, ...MAY_CLOSE), args.input);
  },
  revokeSupportContractLink(_, args, ctx) {
    return revokeLink(ctx, requireRole(ctx.viewer, ...OWNER_ADMIN_ROLES), args.input);
  },
  reissueSupportContractIds(_, args, ctx) {
    return reissueIds(ctx, requireRole(ctx.viewer, ...OWNER_ADMIN_ROLES), args.supportContractId);
  },
  /** SUP-10: program admins only (the role counts in partner organisations alone, common/roles.ts). */
  openProgramSupportCase(_, args, ctx) {
    return openProgramSupportCase(ctx, requireRole(ctx.viewer, 'program_admin'), args.input);
  },
};
