import type { InvitationResolvers } from '../generated/resolvers';

export const Invitation: InvitationResolvers = {
  servicesAdministrator: (i, _, ctx) => (i.designationId ? ctx.loaders.designationById.load(i.designationId) : null),
};
