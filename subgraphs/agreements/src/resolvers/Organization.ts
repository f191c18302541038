import { canReadOrganization } from '../../../../common/identity';
import { agreementsOfOrganization, type AgreementFilter } from '../store/agreementQueries';
import type { OrganizationRow } from '../store/entities';
import type { AgreementsContext } from './context';

export const Organization = {
  /** Another organisation's row resolves to null: `_entities` is no back door. */
  async __resolveReference(ref: { id: string }, ctx: AgreementsContext): Promise<OrganizationRow | null> {
    if (!canReadOrganization(ctx.viewer, ref.id)) return null;
    return ctx.loaders.organizationById.load(ref.id);
  },

  agreements(org: OrganizationRow, args: AgreementFilter, ctx: AgreementsContext) {
    return agreementsOfOrganization(ctx.db, org.id, args);
  },
};
