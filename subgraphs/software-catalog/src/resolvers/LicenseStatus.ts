import { connectionFromArray } from '../../../../common/connection';
import { licenceSupportStatus, licenseActionFor } from '../domain/myProducts';
import type { LicenseStatusResolvers } from '../generated/resolvers';
import { registeredLicences, supportStatusOf } from '../store/registeredLicences';
import type { RegisteredLicenseView } from '../store/views';

/** MP-4, MP-5: the licence part of a My Products entry, resolved from the entry. */
export const LicenseStatus: LicenseStatusResolvers = {
  async actionNeeded(entry, _, ctx) {
    return licenseActionFor(await supportStatusOf(ctx.loaders, entry, ctx.clock.now()));
  },
  async licenses(entry, args, ctx) {
    const now = ctx.clock.now();
    const rows = (await registeredLicences(ctx.loaders, entry)).map(({ licence, userGroup, role }): RegisteredLicenseView => ({
      licenseNumber: licence.licenseNumber,
      renewalDate: licence.renewalDate,
      supportStatus: licenceSupportStatus(licence.renewalDate, now),
      userGroup,
      role,
    }));
    return connectionFromArray(rows, args, 50, 500);
  },
};
