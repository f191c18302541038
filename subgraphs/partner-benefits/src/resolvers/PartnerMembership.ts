import { connectionFromArray, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { canReadOrganization, requireViewer } from '../../../../common/identity';
import { isEligibleProgram } from '../domain/eligibility';
import { unlinkedTiles, type Tile } from '../domain/tiles';
import type { BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from '../store/entities';
import { tilesOfMembership } from '../store/tileQueries';
import type { BenefitsContext } from './context';

export const Query = {
  myPartnerMembership(_: unknown, __: unknown, ctx: BenefitsContext): Promise<PartnerMembershipRow | null> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
  },

  /** PB-7: the JWT's organisation decides; no membership there means USER_NOT_LINKED tiles. */
  async myBenefitTiles(_: unknown, args: ConnectionArgs, ctx: BenefitsContext): Promise<Connection<Tile>> {
    const viewer = requireViewer(ctx.viewer);
    const membership = await ctx.loaders.membershipByOrganizationId.load(viewer.orgId);
    const tiles = membership ? await tilesOfMembership(ctx.loaders, membership, ctx.clock.now()) : unlinkedTiles(viewer.orgId);
    return connectionFromArray(tiles, args);
  },
};

export const PartnerMembership = {
  async __resolveReference(ref: { id: string }, ctx: BenefitsContext): Promise<PartnerMembershipRow | null> {
    const row = await ctx.loaders.membershipById.load(ref.id);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  organization: (m: PartnerMembershipRow) => ({ id: m.organizationId }),
  competencies: (m: PartnerMembershipRow) => (m.competencies ? m.competencies.split(',') : []),
  eligible: (m: PartnerMembershipRow) => isEligibleProgram(m.program),
  locations: (m: PartnerMembershipRow, _: unknown, ctx: BenefitsContext) => ctx.loaders.locationsByMembershipId.load(m.id),
  async headquarters(m: PartnerMembershipRow, _: unknown, ctx: BenefitsContext): Promise<PartnerLocationRow | null> {
    const locations = await ctx.loaders.locationsByMembershipId.load(m.id);
    return locations.find((l) => l.isHeadquarters) ?? null;
  },
  async benefitPackages(m: PartnerMembershipRow, _: unknown, ctx: BenefitsContext): Promise<BenefitPackageRow[]> {
    const packages = await ctx.loaders.packagesByMembershipId.load(m.id);
    return [...packages].sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'CORE' ? -1 : 1));
  },
  async benefitTiles(m: PartnerMembershipRow, args: ConnectionArgs, ctx: BenefitsContext): Promise<Connection<Tile>> {
    return connectionFromArray(await tilesOfMembership(ctx.loaders, m, ctx.clock.now()), args);
  },
};

export const Organization = {
  partnerMembership(org: { id: string }, _: unknown, ctx: BenefitsContext): Promise<PartnerMembershipRow | null> | null {
    return canReadOrganization(ctx.viewer, org.id) ? ctx.loaders.membershipByOrganizationId.load(org.id) : null;
  },
};
