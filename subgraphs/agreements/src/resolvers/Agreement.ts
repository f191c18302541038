import { canReadOrganization } from '../../../../common/identity';
import { managementPortal } from '../domain/portal';
import type { AgreementRow, LicenseLineRow, OrganizationRow } from '../store/entities';
import type { AgreementsContext } from './context';

type AgreementReference = { id: string } | { number: string };

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
};

export const LicenseLine = {
  product: (line: LicenseLineRow) => ({ id: line.productId }),
};
