import type { OrganizationResolvers } from '../generated/resolvers';

/** An organisation (owned by agreements), extended with its support contracts. */
export const Organization: OrganizationResolvers = {
  /** Empty unless the caller may read the organisation (scoped by the loader). */
  supportContracts: (org, _, ctx) => ctx.loaders.contractsOfOrganization(org.id),
};
