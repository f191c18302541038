import { requireRole } from '../../../../common/identity';
import { closeIncident, linkContract, submitIncident, type CloseInput, type LinkInput, type SubmitInput } from '../store/supportCommands';
import type { SupportContractRow, SupportIncidentRow } from '../store/entities';
import type { SupportContext } from './context';

/** Support users link contracts and submit and follow incidents; global admins may too. Analysts never mutate. */
const MAY_USE_SUPPORT = ['support_user', 'global_admin'] as const;

export const Mutation = {
  linkSupportContract(_: unknown, args: { input: LinkInput }, ctx: SupportContext): Promise<SupportContractRow> {
    return linkContract(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
  },
  submitSupportIncident(_: unknown, args: { input: SubmitInput }, ctx: SupportContext): Promise<SupportIncidentRow> {
    return submitIncident(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
  },
  closeSupportIncident(_: unknown, args: { input: CloseInput }, ctx: SupportContext): Promise<SupportIncidentRow> {
    return closeIncident(ctx, requireRole(ctx.viewer, ...MAY_USE_SUPPORT), args.input);
  },
};
