import type { Tile } from '../domain/tiles';
import { partnerTiles } from '../domain/tiles';
import type { PartnerMembershipRow } from './entities';
import type { BenefitsLoaders } from './loaders';

/**
 * Loads what the tiles of a membership need through the per-request loaders:
 * locations (read with the membership), packages with all their
 * entitlements. Two statements per request, membership included, whatever
 * the number of tiles or locations.
 */
export async function tilesOfMembership(loaders: BenefitsLoaders, membership: PartnerMembershipRow, now: Date): Promise<Tile[]> {
  const [locations, packages] = await Promise.all([
    loaders.locationsByMembershipId.load(membership.id),
    loaders.packagesByMembershipId.load(membership.id),
  ]);
  const entitlements = await loaders.entitlementsByPackageId.loadMany(packages.map((p) => p.id));
  const lists = entitlements.map((e) => {
    if (e instanceof Error) throw e;
    return e;
  });
  return partnerTiles(membership, locations, packages, lists, now);
}
