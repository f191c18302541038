import { canReadOrganization, requireViewer } from '../../../../common/identity';
import type { PartnerMembershipRow } from '../store/entities';
import type { BenefitsContext } from './context';

export const Query = {
  myPartnerMembership(_: unknown, __: unknown, ctx: BenefitsContext): Promise<PartnerMembershipRow | null> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
  },
};

export const PartnerMembership = {
  async __resolveReference(ref: { id: string }, ctx: BenefitsContext): Promise<PartnerMembershipRow | null> {
    const row = await ctx.loaders.membershipById.load(ref.id);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  organization: (m: PartnerMembershipRow) => ({ id: m.organizationId }),
  competencies: (m: PartnerMembershipRow) => (m.competencies ? m.competencies.split(',') : []),
};

export const Organization = {
  partnerMembership(org: { id: string }, _: unknown, ctx: BenefitsContext): Promise<PartnerMembershipRow | null> | null {
    return canReadOrganization(ctx.viewer, org.id) ? ctx.loaders.membershipByOrganizationId.load(org.id) : null;
  },
};
