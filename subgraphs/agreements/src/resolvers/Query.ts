import { canReadOrganization, requireViewer } from '../../../../common/identity';
import { forbidden, notFound } from '../../../../common/errors';
import { canReadSubscription } from '../domain/access';
import { agreementsOfOrganization } from '../store/agreementQueries';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  async myOrganization(_, __, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.organizationById.load(viewer.orgId);
  },

  async organization(_, args, ctx) {
    requireViewer(ctx.viewer);
    if (!canReadOrganization(ctx.viewer, args.id)) throw forbidden('You can only read your own organisation.');
    return ctx.loaders.organizationById.load(args.id);
  },

  /** NOT_FOUND both when the number does not exist and when it is another organisation's: existence does not leak. */
  async agreementByNumber(_, args, ctx) {
    requireViewer(ctx.viewer);
    const agreement = await ctx.loaders.agreementByNumber.load(args.number);
    if (!agreement || !canReadOrganization(ctx.viewer, agreement.organizationId)) {
      throw notFound(`No agreement ${args.number} in your organisation.`);
    }
    return agreement;
  },

  async myAgreements(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return agreementsOfOrganization(ctx.db, viewer.orgId, args);
  },

  async softwareSubscription(_, args, ctx) {
    requireViewer(ctx.viewer);
    const row = await ctx.loaders.subscriptionById.load(args.id);
    if (!row || !canReadSubscription(ctx.viewer, row)) throw notFound(`No software subscription ${args.id} visible to you.`);
    return row;
  },
};
