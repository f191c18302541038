import { requireRole } from '../../../../common/identity';
import { OWNER_ADMIN_ROLES } from '../domain/contractAccess';
import {
  closeIncident,
  linkContract,
  reissueIds,
  revokeLink,
  submitIncident,
  type CloseInput,
  type LinkInput,
  type RevokeLinkInput,
  type SubmitInput,
} from '../store/supportCommands';
import type { ContractLinkRow, SupportContractRow, SupportIncidentRow } from '../store/entities';
import { openProgramSupportCase, type OpenCaseInput } from '../store/programSupportCases';
import type { ProgramSupportCaseRow } from '../store/entities';
import type { SupportContext } from './context';

/** Support users link contracts and submit and follow incidents; global admins may too. Analysts never mutate. */
const MAY_USE_SUPPORT = ['support_user', 'global_admin'] as const;
/** Closing: the same, plus the operator's support engineers, who alone close as non-decrement (SUP-6, checked in the command). */
const MAY_CLOSE = [...MAY_USE_SUPPORT, 'support_engineer'] as const;

export const Mutation = {
  linkSupportContract(_: unknown, args: { input: LinkInput }, ctx: SupportContext): Promise<SupportContractRow> {
    return linkContract(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
  },
  submitSupportIncident(_: unknown, args: { input: SubmitInput }, ctx: SupportContext): Promise<SupportIncidentRow> {
    return submitIncident(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
  },
  closeSupportIncident(_: unknown, args: { input: CloseInput }, ctx: SupportContext): Promise<SupportIncidentRow> {
    return closeIncident(ctx, requireRole(ctx.viewer, ...MAY_CLOSE), args.input);
  },
  revokeSupportContractLink(_: unknown, args: { input: RevokeLinkInput }, ctx: SupportContext): Promise<ContractLinkRow> {
    return revokeLink(ctx, requireRole(ctx.viewer, ...OWNER_ADMIN_ROLES), args.input);
  },
  reissueSupportContractIds(_: unknown, args: { supportContractId: string }, ctx: SupportContext): Promise<SupportContractRow> {
    return reissueIds(ctx, requireRole(ctx.viewer, ...OWNER_ADMIN_ROLES), args.supportContractId);
  },
  /** SUP-10: program admins only (the role counts in partner organisations alone, common/roles.ts). */
  openProgramSupportCase(_: unknown, args: { input: OpenCaseInput }, ctx: SupportContext): Promise<ProgramSupportCaseRow> {
    return openProgramSupportCase(ctx, requireRole(ctx.viewer, 'program_admin'), args.input);
  },
};
