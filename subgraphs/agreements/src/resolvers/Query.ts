import { canReadOrganization, requireViewer } from '../../../../common/identity';
import { forbidden, notFound } from '../../../../common/errors';
import { canReadSubscription } from '../domain/access';
import { agreementsOfOrganization, type AgreementFilter } from '../store/agreementQueries';
import type { AgreementRow, OrganizationRow, SoftwareSubscriptionRow } from '../store/entities';
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

  /** NOT_FOUND both when the number does not exist and when it is another organisation's: existence does not leak. */
  async agreementByNumber(_: unknown, args: { number: string }, ctx: AgreementsContext): Promise<AgreementRow> {
    requireViewer(ctx.viewer);
    const agreement = await ctx.loaders.agreementByNumber.load(args.number);
    if (!agreement || !canReadOrganization(ctx.viewer, agreement.organizationId)) {
      throw notFound(`No agreement ${args.number} in your organisation.`);
    }
    return agreement;
  },

  async myAgreements(_: unknown, args: AgreementFilter, ctx: AgreementsContext) {
    const viewer = requireViewer(ctx.viewer);
    return agreementsOfOrganization(ctx.db, viewer.orgId, args);
  },

  async softwareSubscription(_: unknown, args: { id: string }, ctx: AgreementsContext): Promise<SoftwareSubscriptionRow> {
    requireViewer(ctx.viewer);
    const row = await ctx.loaders.subscriptionById.load(args.id);
    if (!row || !canReadSubscription(ctx.viewer, row)) throw notFound(`No software subscription ${args.id} visible to you.`);
    return row;
  },
};
