import { In, IsNull, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { Clock } from '../../../../common/clock';
import type { Viewer } from '../../../../common/identity';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { groupJoined, placeholders, selectRows } from '../../../../common/selectRows';
import { lastDownloadsSince } from '../domain/myProducts';
import {
  DownloadLinkRow,
  EntitlementRow,
  LicenceRegistrationRow,
  LicenceRow,
  ProductAlertRow,
  ProductKeyRow,
  SoftwareDownloadRow,
  UserGroupMemberRow,
  type ProductRow,
} from './entities';
import { hasVersion, PRODUCT_COLUMNS, readProduct, readVersion, VERSION_COLUMNS, VERSION_ORDER, type ProductRecord, type VersionRecord } from './productRecords';

/**
 * Per-request loaders of the software-catalog subgraph: one statement per
 * batch of keys. The My Products loaders are scoped to the requesting user
 * (the viewer is fixed for the request), so a key never reaches another
 * user's rows; without a viewer they load nothing.
 */
export function createCatalogLoaders(db: DataSource, viewer: Viewer | null, clock: Clock) {
  const userId = viewer?.userId ?? null;
  let myMemberships: Promise<UserGroupMemberRow[]> | null = null;
  const versionsByProductId = childrenLoader(
    async (ids: readonly string[]) =>
      (
        await selectRows<VersionRecord & { v_id: string }>(
          db,
          `SELECT ${VERSION_COLUMNS} FROM product_version v WHERE v.product_id IN (${placeholders(ids.length)}) ORDER BY ${VERSION_ORDER}`,
          ids,
        )
      ).map(readVersion),
    (row) => row.productId,
  );
  /**
   * Products with their versions, one statement: a product reached from
   * another subgraph (a licence line, a download) is nearly always shown
   * with its latest version, and a product has a handful of them.
   */
  async function productsWithVersions(ids: readonly string[]): Promise<ProductRow[]> {
    const records = await selectRows<ProductRecord & VersionRecord>(
      db,
      `SELECT ${PRODUCT_COLUMNS}, ${VERSION_COLUMNS} FROM product p LEFT JOIN product_version v ON v.product_id = p.id ` +
        `WHERE p.id IN (${placeholders(ids.length)}) ORDER BY p.id ASC, ${VERSION_ORDER}`,
      ids,
    );
    return groupJoined(records, (r) => r.id, readProduct, (r) => (hasVersion(r) ? readVersion(r) : null)).map(({ parent, children }) => {
      versionsByProductId.prime(parent.id, children);
      return parent;
    });
  }
  return {
    /**
     * The viewer's user group memberships in its organisation, removed ones
     * included (MP-9): one statement per request, shared by the My Products
     * page and every licence list on it. Matched by the token's `org` and
     * `email`, so a group of another organisation never reaches the viewer.
     */
    myGroupMemberships: (): Promise<UserGroupMemberRow[]> =>
      (myMemberships ??=
        viewer === null
          ? Promise.resolve([])
          : db.getRepository(UserGroupMemberRow).find({
              where: { orgId: viewer.orgId, email: viewer.email.trim().toLowerCase() },
              order: { addedAt: 'ASC', id: 'ASC' },
            })),
    /** Current members per group (MP-9). */
    activeMembersByGroupId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(UserGroupMemberRow).find({ where: { groupId: In([...ids]), removedAt: IsNull() }, order: { email: 'ASC' } }),
      (row) => row.groupId,
    ),
    linkById: entityLoader(
      (ids: readonly string[]) => db.getRepository(DownloadLinkRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    /** Primes `versionsByProductId` (same statement): products resolved for other subgraphs come with their latest version. */
    productById: entityLoader(productsWithVersions, (row) => row.id),
    versionsByProductId,
    alertsByProductId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(ProductAlertRow).find({ where: { productId: In([...ids]) }, order: { publishedAt: 'DESC', id: 'ASC' } }),
      (row) => row.productId,
    ),
    entitlementById: entityLoader(
      (ids: readonly string[]) => db.getRepository(EntitlementRow).findBy({ subscriptionId: In([...ids]) }),
      (row) => row.subscriptionId,
    ),
    keysBySubscriptionId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(ProductKeyRow).find({ where: { subscriptionId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (row) => row.subscriptionId,
    ),
    keyById: entityLoader(
      (ids: readonly string[]) => db.getRepository(ProductKeyRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    linksBySubscriptionId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(DownloadLinkRow).find({ where: { subscriptionId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (row) => row.subscriptionId,
    ),
    /** The viewer's registered licences per product (MP-5). */
    myRegistrationsByProductId: childrenLoader(
      async (ids: readonly string[]) =>
        userId === null
          ? []
          : db.getRepository(LicenceRegistrationRow).find({
              where: { userId, productId: In([...ids]) },
              order: { licenseNumber: 'ASC' },
            }),
      (row) => row.productId,
    ),
    licenceByNumber: entityLoader(
      (numbers: readonly string[]) => db.getRepository(LicenceRow).findBy({ licenseNumber: In([...numbers]) }),
      (row) => row.licenseNumber,
    ),
    /** The viewer's downloads per product in the last two years (MP-8). */
    myRecentDownloadsByProductId: childrenLoader(
      async (ids: readonly string[]) =>
        userId === null
          ? []
          : db.getRepository(SoftwareDownloadRow).find({
              where: { userId, productId: In([...ids]), downloadedAt: MoreThanOrEqual(lastDownloadsSince(clock.now())) },
              order: { downloadedAt: 'DESC', id: 'ASC' },
            }),
      (row) => row.productId,
    ),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

/**
 * A row its foreign key guarantees (a group's product, a reveal's key): for a
 * non-null field. Its absence means a broken store, reported as an internal
 * error like the null GraphQL would refuse.
 */
export async function existing<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (found === null) throw new Error(`${what} is missing from the store`);
  return found;
}
