import { connectionFromArray } from '../../../../common/connection';
import { isEligibleProgram } from '../domain/eligibility';
import { packageOrder } from '../domain/tiles';
import type { PartnerMembershipResolvers } from '../generated/resolvers';
import { tilesOfMembership } from '../store/tileQueries';

export const PartnerMembership: PartnerMembershipResolvers = {
  /** `null` for a membership the caller may not read: the loader is scoped by the viewer. */
  __resolveReference: (ref, ctx) => ctx.loaders.membershipById.load(ref.id),
  organization: (m) => ({ id: m.organizationId }),
  competencies: (m) => (m.competencies ? m.competencies.split(',') : []),
  eligible: (m) => isEligibleProgram(m.program),
  locations: (m, _, ctx) => ctx.loaders.locationsByMembershipId.load(m.id),
  async headquarters(m, _, ctx) {
    const locations = await ctx.loaders.locationsByMembershipId.load(m.id);
    return locations.find((l) => l.isHeadquarters) ?? null;
  },
  async benefitPackages(m, _, ctx) {
    const packages = await ctx.loaders.packagesByMembershipId.load(m.id);
    return [...packages].sort(packageOrder);
  },
  async benefitTiles(m, args, ctx) {
    return connectionFromArray(await tilesOfMembership(ctx.loaders, m, ctx.clock.now()), args);
  },
};
