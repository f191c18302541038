import { canReadOrganization, requireViewer } from '../../../../common/identity';
import { forbidden } from '../../../../common/errors';
import { agreementsOfOrganization, type AgreementFilter } from '../store/agreementQueries';
import type { AgreementRow, OrganizationRow } from '../store/entities';
import type { AgreementsContext } from './context';

export const Query = {
  async myOrganization(_: unknown, __: unknown, ctx: AgreementsContext): Promise<OrganizationRow | null> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.organizationById.load(viewer.orgId);
  },

  async organization(_: unknown, args: { id: string }, ctx: AgreementsContext): Promise<OrganizationRow | null> {
    requireViewer(ctx.viewer);
    if (!canReadOrganization(ctx.viewer, args.id)) throw forbidden('You can only read your own organisation.');
    return ctx.loaders.organizationById.load(args.id);
  },

  async agreementByNumber(_: unknown, args: { number: string }, ctx: AgreementsContext): Promise<AgreementRow | null> {
    requireViewer(ctx.viewer);
    const agreement = await ctx.loaders.agreementByNumber.load(args.number);
    return agreement && canReadOrganization(ctx.viewer, agreement.organizationId) ? agreement : null;
  },

  async myAgreements(_: unknown, args: AgreementFilter, ctx: AgreementsContext) {
    const viewer = requireViewer(ctx.viewer);
    return agreementsOfOrganization(ctx.db, viewer.orgId, args);
  },
};
