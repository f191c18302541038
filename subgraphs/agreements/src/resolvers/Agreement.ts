import { connectionFromArray } from '../../../../common/connection';
import { isoDate } from '../../../../common/clock';
import { canReadOrganization } from '../../../../common/identity';
import { currentStep } from '../domain/noticeContactFlow';
import { managementPortal } from '../domain/portal';
import { saCoveredLicenseCount, type SaServiceKind } from '../domain/saEntitlements';
import { saServiceViews } from '../domain/saServiceStatus';
import { registrationStatus } from '../domain/servicesAdministratorRegistration';
import type {
  AgreementResolvers,
  InvitationResolvers,
  LicenseLineResolvers,
  NoticeContactResolvers,
  SaServiceResolvers,
  ServicesAdministratorResolvers,
} from '../generated/resolvers';
import type { AgreementRow, OrganizationRow } from '../store/entities';
import type { AgreementsContext } from './context';

async function coveredCount(a: AgreementRow, ctx: AgreementsContext): Promise<number> {
  return saCoveredLicenseCount(await ctx.loaders.licenseLinesByAgreementId.load(a.id), isoDate(ctx.clock.now()));
}

export const Agreement: AgreementResolvers = {
  async __resolveReference(ref, ctx) {
    const row = 'id' in ref ? await ctx.loaders.agreementById.load(ref.id) : await ctx.loaders.agreementByNumber.load(ref.number);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
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
    const [count, activations] = await Promise.all([coveredCount(a, ctx), ctx.loaders.activationsByAgreementId.load(a.id)]);
    return saServiceViews(a.id, count, activations);
  },
};

export const LicenseLine: LicenseLineResolvers = {
  product: (line) => ({ id: line.productId }),
};

export const NoticeContact: NoticeContactResolvers = {
  step: (row) => currentStep(row),
};

export const ServicesAdministrator: ServicesAdministratorResolvers = {
  /** AGR-9: INVITED until the administrator accepted the invitation. */
  registrationStatus: (d) => registrationStatus(d),
  async rights(d, _, ctx) {
    if (d.status !== 'ACTIVE') return [];
    // Rights are written only after rightsInput checked each against SA_SERVICE_KINDS.
    return (await ctx.loaders.rightsByDesignationId.load(d.id)).map((r) => r.service as SaServiceKind);
  },
};

export const Invitation: InvitationResolvers = {
  servicesAdministrator: (i, _, ctx) =>
    i.designationId ? ctx.loaders.designationById.load(i.designationId) : null,
};

export const SaService: SaServiceResolvers = {
  /** AGR-8: only Problem Resolution Support creates a contract; PROVISIONING until the support store replied. */
  supportContractStatus(s) {
    if (s.kind !== 'PROBLEM_RESOLUTION_SUPPORT' || s.status !== 'ACTIVATED') return null;
    return s.supportContractId ? 'ACTIVE' : 'PROVISIONING';
  },
  supportContract: (s) => (s.supportContractId ? { id: s.supportContractId } : null),
  async assignments(s, args, ctx) {
    const all = await ctx.loaders.voucherAssignmentsByAgreementId.load(s.agreementId);
    return connectionFromArray(
      all.filter((x) => x.service === s.kind),
      args,
    );
  },
};
