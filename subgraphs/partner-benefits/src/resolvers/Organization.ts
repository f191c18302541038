import type { OrganizationResolvers } from '../generated/resolvers';

export const Organization: OrganizationResolvers = {
  /** `null` for an organisation the caller may not read: the loader is scoped by the viewer. */
  partnerMembership: (org, _, ctx) => ctx.loaders.membershipByOrganizationId.load(org.id),
};
