import type { PartnerLocationResolvers } from '../generated/resolvers';

export const PartnerLocation: PartnerLocationResolvers = {
  programContact: (l) => ({ name: l.contactName, email: l.contactEmail }),
};
