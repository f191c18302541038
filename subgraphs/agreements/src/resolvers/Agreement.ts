import { connectionFromArray, type ConnectionArgs } from '../../../../common/connection';
import { isoDate } from '../../../../common/clock';
import { canReadOrganization } from '../../../../common/identity';
import { currentStep } from '../domain/noticeContactFlow';
import { managementPortal } from '../domain/portal';
import { saCoveredLicenseCount } from '../domain/saEntitlements';
import { saServiceViews, type SaServiceView } from '../domain/saServiceStatus';
import { registrationStatus } from '../domain/servicesAdministratorRegistration';
import type {
  AgreementRow,
  InvitationRow,
  LicenseLineRow,
  NoticeContactRow,
  OrganizationRow,
  ServicesAdministratorRow,
} from '../store/entities';
import type { AgreementsContext } from './context';

type AgreementReference = { id: string } | { number: string };

async function coveredCount(a: AgreementRow, ctx: AgreementsContext): Promise<number> {
  return saCoveredLicenseCount(await ctx.loaders.licenseLinesByAgreementId.load(a.id), isoDate(ctx.clock.now()));
}

export const Agreement = {
  async __resolveReference(ref: AgreementReference, ctx: AgreementsContext): Promise<AgreementRow | null> {
    const row = 'id' in ref ? await ctx.loaders.agreementById.load(ref.id) : await ctx.loaders.agreementByNumber.load(ref.number);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  portal: (a: AgreementRow) => managementPortal(a.program),
  organization: (a: AgreementRow, _: unknown, ctx: AgreementsContext): Promise<OrganizationRow | null> =>
    ctx.loaders.organizationById.load(a.organizationId),
  resellerPartner: (a: AgreementRow, _: unknown, ctx: AgreementsContext): Promise<OrganizationRow | null> | null =>
    a.resellerPartnerId ? ctx.loaders.organizationById.load(a.resellerPartnerId) : null,
  licenseLines: (a: AgreementRow, _: unknown, ctx: AgreementsContext): Promise<LicenseLineRow[]> =>
    ctx.loaders.licenseLinesByAgreementId.load(a.id),
  saCoveredLicenseCount: (a: AgreementRow, _: unknown, ctx: AgreementsContext): Promise<number> => coveredCount(a, ctx),
  noticeContact: (a: AgreementRow, _: unknown, ctx: AgreementsContext): Promise<NoticeContactRow | null> =>
    ctx.loaders.noticeContactByAgreementId.load(a.id),
  async servicesAdministrators(a: AgreementRow, args: ConnectionArgs, ctx: AgreementsContext) {
    return connectionFromArray(await ctx.loaders.designationsByAgreementId.load(a.id), args);
  },
  async invitations(a: AgreementRow, args: ConnectionArgs, ctx: AgreementsContext) {
    return connectionFromArray(await ctx.loaders.invitationsByAgreementId.load(a.id), args);
  },
  async saServices(a: AgreementRow, _: unknown, ctx: AgreementsContext): Promise<SaServiceView[]> {
    const [count, activations] = await Promise.all([coveredCount(a, ctx), ctx.loaders.activationsByAgreementId.load(a.id)]);
    return saServiceViews(a.id, count, activations);
  },
};

export const LicenseLine = {
  product: (line: LicenseLineRow) => ({ id: line.productId }),
};

export const NoticeContact = {
  step: (row: NoticeContactRow) => currentStep(row),
};

export const ServicesAdministrator = {
  /** AGR-9: INVITED until the administrator accepted the invitation. */
  registrationStatus: (d: ServicesAdministratorRow) => registrationStatus(d),
  async rights(d: ServicesAdministratorRow, _: unknown, ctx: AgreementsContext): Promise<string[]> {
    if (d.status !== 'ACTIVE') return [];
    return (await ctx.loaders.rightsByDesignationId.load(d.id)).map((r) => r.service);
  },
};

export const Invitation = {
  servicesAdministrator: (i: InvitationRow, _: unknown, ctx: AgreementsContext) =>
    i.designationId ? ctx.loaders.designationById.load(i.designationId) : null,
};

export const SaService = {
  /** AGR-8: only Problem Resolution Support creates a contract; PROVISIONING until the support store replied. */
  supportContractStatus(s: SaServiceView): 'PROVISIONING' | 'ACTIVE' | null {
    if (s.kind !== 'PROBLEM_RESOLUTION_SUPPORT' || s.status !== 'ACTIVATED') return null;
    return s.supportContractId ? 'ACTIVE' : 'PROVISIONING';
  },
  supportContract: (s: SaServiceView) => (s.supportContractId ? { id: s.supportContractId } : null),
  async assignments(s: SaServiceView, args: ConnectionArgs, ctx: AgreementsContext) {
    const all = await ctx.loaders.voucherAssignmentsByAgreementId.load(s.agreementId);
    return connectionFromArray(
      all.filter((x) => x.service === s.kind),
      args,
    );
  },
};
