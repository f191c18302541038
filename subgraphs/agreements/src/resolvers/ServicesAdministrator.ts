import type { SaServiceKind } from '../domain/saEntitlements';
import { registrationStatus } from '../domain/servicesAdministratorRegistration';
import type { ServicesAdministratorResolvers } from '../generated/resolvers';

export const ServicesAdministrator: ServicesAdministratorResolvers = {
  /** AGR-9: INVITED until the administrator accepted the invitation. */
  registrationStatus: (d) => registrationStatus(d),
  async rights(d, _, ctx) {
    if (d.status !== 'ACTIVE') return [];
    // Rights are written only after rightsInput checked each against SA_SERVICE_KINDS.
    return (await ctx.loaders.rightsByDesignationId.load(d.id)).map((r) => r.service as SaServiceKind);
  },
};
