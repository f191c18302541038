import type { DataSource } from 'typeorm';
import { canReadOrganization, type Viewer } from '../../../../common/identity';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { groupJoined, placeholders, selectRows } from '../../../../common/selectRows';
import {
  ENTITLEMENT_COLUMNS,
  ENTITLEMENT_ORDER,
  LOCATION_COLUMNS,
  LOCATION_ORDER,
  hasEntitlement,
  hasLocation,
  MEMBERSHIP_COLUMNS,
  PACKAGE_COLUMNS,
  readEntitlement,
  readLocation,
  readMembership,
  readPackage,
  type EntitlementRecord,
  type LocationRecord,
  type MembershipRecord,
  type PackageRecord,
} from './benefitRecords';
import type { BenefitPackageRow, PartnerMembershipRow } from './entities';

/**
 * Per-request loaders of the partner-benefits subgraph (one `IN (...)`
 * statement per batch), scoped by the caller: a membership is loaded only
 * for the viewer's own organisation or for an analyst (`canReadOrganization`),
 * otherwise it is `null`. Locations, packages and entitlements are reached
 * only through a membership loaded here.
 *
 * Every reader of a membership soon wants its locations, and every reader of
 * packages their entitlements (the tiles need all four): so a membership is
 * read with its locations, and packages with their entitlements, one joined
 * statement each, and the child loaders are primed with what came along.
 * The tiles cost two statements instead of four, whatever their number.
 */
export function createBenefitsLoaders(db: DataSource, viewer: Viewer | null) {
  const readable = (orgId: string) => canReadOrganization(viewer, orgId);

  const locationsByMembershipId = childrenLoader(
    async (ids: readonly string[]) =>
      (
        await selectRows<LocationRecord & { l_id: string }>(
          db,
          `SELECT ${LOCATION_COLUMNS} FROM partner_location l WHERE l.membership_id IN (${placeholders(ids.length)}) ORDER BY ${LOCATION_ORDER}`,
          ids,
        )
      ).map(readLocation),
    (row) => row.membershipId,
  );

  const entitlementsByPackageId = childrenLoader(
    async (ids: readonly string[]) =>
      (
        await selectRows<EntitlementRecord & { e_id: string }>(
          db,
          `SELECT ${ENTITLEMENT_COLUMNS} FROM benefit_entitlement e WHERE e.package_id IN (${placeholders(ids.length)}) ORDER BY ${ENTITLEMENT_ORDER}`,
          ids,
        )
      ).map(readEntitlement),
    (row) => row.packageId,
  );

  /** Readable memberships whose `key` column is one of `keys`, each with its locations (primed into `locationsByMembershipId`). */
  async function membershipsWithLocations(key: 'm.id' | 'm.organization_id', keys: readonly string[]): Promise<PartnerMembershipRow[]> {
    const records = await selectRows<MembershipRecord & LocationRecord>(
      db,
      `SELECT ${MEMBERSHIP_COLUMNS}, ${LOCATION_COLUMNS} FROM partner_membership m LEFT JOIN partner_location l ON l.membership_id = m.id ` +
        `WHERE ${key} IN (${placeholders(keys.length)}) ORDER BY m.id ASC, ${LOCATION_ORDER}`,
      keys,
    );
    const memberships: PartnerMembershipRow[] = [];
    for (const { parent: membership, children: locations } of groupJoined(records, (r) => r.m_id, readMembership, (r) => (hasLocation(r) ? readLocation(r) : null))) {
      // Another organisation's membership is dropped here, and its locations never reach a loader.
      if (!readable(membership.organizationId)) continue;
      locationsByMembershipId.prime(membership.id, locations);
      memberships.push(membership);
    }
    return memberships;
  }

  /** Packages of the memberships, each with its entitlements (primed into `entitlementsByPackageId`). */
  async function packagesWithEntitlements(membershipIds: readonly string[]): Promise<BenefitPackageRow[]> {
    const records = await selectRows<PackageRecord & EntitlementRecord>(
      db,
      `SELECT ${PACKAGE_COLUMNS}, ${ENTITLEMENT_COLUMNS} FROM benefit_package p LEFT JOIN benefit_entitlement e ON e.package_id = p.id ` +
        `WHERE p.membership_id IN (${placeholders(membershipIds.length)}) ORDER BY p.id ASC, ${ENTITLEMENT_ORDER}`,
      membershipIds,
    );
    return groupJoined(records, (r) => r.p_id, readPackage, (r) => (hasEntitlement(r) ? readEntitlement(r) : null)).map(({ parent, children }) => {
      entitlementsByPackageId.prime(parent.id, children);
      return parent;
    });
  }

  return {
    membershipById: entityLoader((ids: readonly string[]) => membershipsWithLocations('m.id', ids), (row) => row.id),
    membershipByOrganizationId: entityLoader(async (orgIds: readonly string[]) => {
      const allowed = orgIds.filter(readable);
      return allowed.length > 0 ? membershipsWithLocations('m.organization_id', allowed) : [];
    }, (row) => row.organizationId),
    locationsByMembershipId,
    packagesByMembershipId: childrenLoader(packagesWithEntitlements, (row) => row.membershipId),
    entitlementsByPackageId,
  };
}

export type BenefitsLoaders = ReturnType<typeof createBenefitsLoaders>;
