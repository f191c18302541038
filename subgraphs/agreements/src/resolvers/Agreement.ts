import { connectionFromArray } from '../../../../common/connection';
import { isoDate } from '../../../../common/clock';
import { managementPortal } from '../domain/portal';
import { saCoveredLicenseCount } from '../domain/saEntitlements';
import { saServiceViews } from '../domain/saServiceStatus';
import type { AgreementResolvers } from '../generated/resolvers';
import { readableAgreement } from '../store/access';
import type { AgreementRow, OrganizationRow } from '../store/entities';
import type { AgreementsContext } from './context';

async function coveredCount(a: AgreementRow, ctx: AgreementsContext): Promise<number> {
  return saCoveredLicenseCount(await ctx.loaders.licenseLinesByAgreementId.load(a.id), isoDate(ctx.clock.now()));
}

export const Agreement: AgreementResolvers = {
  /** Another organisation's agreement resolves to null, by either key. */
  __resolveReference: (ref, ctx) => readableAgreement(ctx, ref),
  portal: (a) => managementPortal(a.program),
  // The foreign key guarantees the row; were it missing, GraphQL's non-null error is the answer.
  organization: (a, _, ctx) => ctx.loaders.organizationById.load(a.organizationId) as Promise<OrganizationRow>,
  resellerPartner: (a, _, ctx) => (a.resellerPartnerId ? ctx.loaders.organizationById.load(a.resellerPartnerId) : null),
  licenseLines: (a, _, ctx) => ctx.loaders.licenseLinesByAgreementId.load(a.id),
  saCoveredLicenseCount: (a, _, ctx) => coveredCount(a, ctx),
  noticeContact: (a, _, ctx) => ctx.loaders.noticeContactByAgreementId.load(a.id),
  async servicesAdministrators(a, args, ctx) {
    return connectionFromArray(await ctx.loaders.designationsByAgreementId.load(a.id), args);
  },
  async invitations(a, args, ctx) {
    return connectionFromArray(await ctx.loaders.invitationsByAgreementId.load(a.id), args);
  },
  async saServices(a, _, ctx) {
    // The lines first: their statement brings the activations along (store/loaders.ts); asking for both at once would cost a second one.
    const count = await coveredCount(a, ctx);
    return saServiceViews(a.id, count, await ctx.loaders.activationsByAgreementId.load(a.id));
  },
};
