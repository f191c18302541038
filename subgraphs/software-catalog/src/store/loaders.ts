import { In, MoreThanOrEqual, type DataSource } from 'typeorm';
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
} from './entities';

/**
 * Per-request loaders of the software-catalog subgraph: one statement per
 * batch of keys. The My Products loaders are scoped to the requesting user
 * (the viewer is fixed for the request), so a key never reaches another
 * user's rows; without a viewer they load nothing.
 */
export function createCatalogLoaders(db: DataSource, viewer: Viewer | null, clock: Clock) {
  const userId = viewer?.userId ?? null;
  return {
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
