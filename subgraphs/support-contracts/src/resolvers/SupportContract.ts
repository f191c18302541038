import { canReadOrganization } from '../../../../common/identity';
import { displayName } from '../domain/displayName';
import { effectiveScope } from '../domain/eligibility';
import { isExpired } from '../domain/expiry';
import type { SupportContractRow } from '../store/entities';
import type { ContractIds } from '../store/loaders';
import type { SupportContext } from './context';

export const SupportContract = {
  /** A contract of another organisation resolves to null: `_entities` is no back door. */
  async __resolveReference(ref: { id: string } | ContractIds, ctx: SupportContext): Promise<SupportContractRow | null> {
    const row = 'id' in ref ? await ctx.loaders.contractById.load(ref.id) : await ctx.loaders.contractByIds.load(ref);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  displayName: (c: SupportContractRow) => displayName(c),
  scope: (c: SupportContractRow) => effectiveScope(c),
  expired: (c: SupportContractRow, _: unknown, ctx: SupportContext) => isExpired(c, ctx.clock.now()),
};

export const Organization = {
  supportContracts(org: { id: string }, _: unknown, ctx: SupportContext): Promise<SupportContractRow[]> | [] {
    return canReadOrganization(ctx.viewer, org.id) ? ctx.loaders.contractsByOrganizationId.load(org.id) : [];
  },
};
