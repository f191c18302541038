import { In, IsNull, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { Clock } from '../../../../common/clock';
import type { Viewer } from '../../../../common/identity';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { lastDownloadsSince } from '../domain/myProducts';
import {
  DownloadLinkRow,
  EntitlementRow,
  LicenceRegistrationRow,
  LicenceRow,
  ProductAlertRow,
  ProductKeyRow,
  ProductRow,
  ProductVersionRow,
  SoftwareDownloadRow,
  UserGroupMemberRow,
} from './entities';

/**
 * Per-request loaders of the software-catalog subgraph: one statement per
 * batch of keys. The My Products loaders are scoped to the requesting user
 * (the viewer is fixed for the request), so a key never reaches another
 * user's rows; without a viewer they load nothing.
 */
export function createCatalogLoaders(db: DataSource, viewer: Viewer | null, clock: Clock) {
  const userId = viewer?.userId ?? null;
  let myMemberships: Promise<UserGroupMemberRow[]> | null = null;
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
    productById: entityLoader(
      (ids: readonly string[]) => db.getRepository(ProductRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    versionsByProductId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(ProductVersionRow).find({ where: { productId: In([...ids]) }, order: { ordinal: 'DESC' } }),
      (row) => row.productId,
    ),
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
