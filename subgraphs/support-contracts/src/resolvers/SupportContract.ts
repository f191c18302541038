import { canReadOrganization } from '../../../../common/identity';
import { administersContract, seesFullIds } from '../domain/contractAccess';
import { maskId } from '../domain/contractCredentials';
import { displayName } from '../domain/displayName';
import { effectiveScope } from '../domain/eligibility';
import { isExpired } from '../domain/expiry';
import type { ContractLinkRow, SupportContractRow } from '../store/entities';
import type { SupportContext } from './context';

export const SupportContract = {
  /**
   * A contract of another organisation resolves to null: `_entities` is no
   * back door. Only `id` is a key: looking a contract up by its Access ID and
   * Contract ID would be a lookup by credential (SUP-11).
   */
  async __resolveReference(ref: { id?: string }, ctx: SupportContext): Promise<SupportContractRow | null> {
    if (typeof ref.id !== 'string') return null;
    const row = await ctx.loaders.contractById.load(ref.id);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  /** SUP-11: in full for the owning organisation; masked (`0230xxxxx`) for analysts and users who linked it. */
  accessId: (c: SupportContractRow, _: unknown, ctx: SupportContext) => (seesFullIds(ctx.viewer, c) ? c.accessId : maskId(c.accessId)),
  contractId: (c: SupportContractRow, _: unknown, ctx: SupportContext) => (seesFullIds(ctx.viewer, c) ? c.contractId : maskId(c.contractId)),
  displayName: (c: SupportContractRow, _: unknown, ctx: SupportContext) =>
    displayName(seesFullIds(ctx.viewer, c) ? c : { ...c, accessId: maskId(c.accessId) }),
  scope: (c: SupportContractRow) => effectiveScope(c),
  expired: (c: SupportContractRow, _: unknown, ctx: SupportContext) => isExpired(c, ctx.clock.now()),
  /** SUP-11: who linked it, for the owning organisation's admins only; null for everyone else. Batched per request. */
  links: (c: SupportContractRow, _: unknown, ctx: SupportContext): Promise<ContractLinkRow[]> | null =>
    administersContract(ctx.viewer, c) ? ctx.loaders.linksByContractId.load(c.id) : null,
};

export const Organization = {
  supportContracts(org: { id: string }, _: unknown, ctx: SupportContext): Promise<SupportContractRow[]> | [] {
    return canReadOrganization(ctx.viewer, org.id) ? ctx.loaders.contractsByOrganizationId.load(org.id) : [];
  },
};
