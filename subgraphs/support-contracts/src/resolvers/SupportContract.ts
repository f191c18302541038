import { seesFullIds } from '../domain/contractAccess';
import { maskId } from '../domain/contractCredentials';
import { displayName } from '../domain/displayName';
import { effectiveScope } from '../domain/eligibility';
import { isExpired } from '../domain/expiry';
import type { SupportContractResolvers } from '../generated/resolvers';

export const SupportContract: SupportContractResolvers = {
  /**
   * A contract of another organisation resolves to null: `_entities` is no
   * back door. Only `id` is a key: looking a contract up by its Access ID and
   * Contract ID would be a lookup by credential (SUP-11).
   */
  __resolveReference(ref, ctx) {
    return typeof ref.id === 'string' ? ctx.loaders.readableContract(ref.id) : null;
  },
  /** SUP-11: in full for the owning organisation; masked (`0230xxxxx`) for analysts and users who linked it. */
  accessId: (c, _, ctx) => (seesFullIds(ctx.viewer, c) ? c.accessId : maskId(c.accessId)),
  contractId: (c, _, ctx) => (seesFullIds(ctx.viewer, c) ? c.contractId : maskId(c.contractId)),
  displayName: (c, _, ctx) => displayName(seesFullIds(ctx.viewer, c) ? c : { ...c, accessId: maskId(c.accessId) }),
  scope: (c) => effectiveScope(c),
  expired: (c, _, ctx) => isExpired(c, ctx.clock.now()),
  /** SUP-11: who linked it, for the owning organisation's admins only; null for everyone else. Batched per request. */
  links: (c, _, ctx) => ctx.loaders.linksOf(c),
};
