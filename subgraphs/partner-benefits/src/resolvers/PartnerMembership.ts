import { connectionFromArray } from '../../../../common/connection';
import { canReadOrganization, requireViewer } from '../../../../common/identity';
import { isEligibleProgram } from '../domain/eligibility';
import { unlinkedTiles } from '../domain/tiles';
import type { OrganizationResolvers, PartnerMembershipResolvers, QueryResolvers } from '../generated/resolvers';
import { tilesOfMembership } from '../store/tileQueries';

export const Query: QueryResolvers = {
  myPartnerMembership(_, __, ctx) {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
  },

  /** PB-7: the JWT's organisation decides; no membership there means USER_NOT_LINKED tiles. */
  async myBenefitTiles(_, args, ctx) {
    const viewer = requireViewer(ctx.viewer);
    const membership = await ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
    const tiles = membership ? await tilesOfMembership(ctx.loaders, membership, ctx.clock.now()) : unlinkedTiles(viewer.orgId);
    return connectionFromArray(tiles, args);
  },
};

export const PartnerMembership: PartnerMembershipResolvers = {
  async __resolveReference(ref, ctx) {
    const row = await ctx.loaders.membershipById.load(ref.id);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
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
    return [...packages].sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'CORE' ? -1 : 1));
  },
  async benefitTiles(m, args, ctx) {
    return connectionFromArray(await tilesOfMembership(ctx.loaders, m, ctx.clock.now()), args);
  },
};

export const Organization: OrganizationResolvers = {
  partnerMembership(org, _, ctx) {
    return canReadOrganization(ctx.viewer, org.id) ? ctx.loaders.membershipByOrganizationId.load(org.id) : null;
  },
};
