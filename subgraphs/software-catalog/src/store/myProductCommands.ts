import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { LicenceRegistrationRow, LicenceRow, MyProductRow, type RegisteredVia, type UserGroupMemberRow } from './entities';

/**
 * Puts a product in a user's My Products unless it is there already (MP-1):
 * registration, a download, a registered licence, a service request. The
 * first source is kept. `INSERT IGNORE` against the (user, product) unique
 * index keeps concurrent calls from failing. One statement: nothing is read
 * back (a service request's event needs nothing more).
 */
export async function addToMyProducts(
  tx: EntityManager,
  entry: { userId: string; orgId: string; productId: string; via: RegisteredVia },
  now: Date,
): Promise<void> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(MyProductRow)
    .updateEntity(false)
    .values({
      id: crypto.randomUUID(),
      userId: entry.userId,
      orgId: entry.orgId,
      productId: entry.productId,
      registeredVia: entry.via,
      registeredAt: now,
      alertsOptIn: false,
      lastVisitedAt: null,
    })
    .orIgnore()
    .execute();
}

/** `addToMyProducts`, then the user's entry for the product as it stands (the first source's, when it was there already). */
export async function ensureMyProduct(
  tx: EntityManager,
  entry: { userId: string; orgId: string; productId: string; via: RegisteredVia },
  now: Date,
): Promise<MyProductRow> {
  await addToMyProducts(tx, entry, now);
  return tx.getRepository(MyProductRow).findOneByOrFail({ userId: entry.userId, productId: entry.productId });
}

/**
 * MP-1, MP-5: registers a licence of the viewer's organisation and puts its
 * product in My Products, in one transaction. Another organisation's licence
 * number is answered like an unknown one.
 */
export async function registerByLicence(db: DataSource, viewer: Viewer, licenseNumber: string, now: Date): Promise<MyProductRow> {
  const licence = await db.getRepository(LicenceRow).findOneBy({ licenseNumber });
  if (!licence || licence.orgId !== viewer.orgId) throw notFound('No licence with this number in your organisation.');
  return db.transaction(async (tx) => {
    const entry = await ensureMyProduct(tx, { userId: viewer.userId, orgId: viewer.orgId, productId: licence.productId, via: 'LICENSE_NUMBER' }, now);
    await tx
      .createQueryBuilder()
      .insert()
      .into(LicenceRegistrationRow)
      .values({
        id: crypto.randomUUID(),
        userId: viewer.userId,
        orgId: viewer.orgId,
        licenseNumber,
        productId: licence.productId,
        role: viewer.roles.has('global_admin') ? 'ADMINISTRATOR' : 'USER',
        registeredAt: now,
      })
      .orIgnore()
      .execute();
    return entry;
  });
}

/** MP-1: a catalog product picked from the list. */
export function registerFromProductList(db: DataSource, viewer: Viewer, productId: string, now: Date): Promise<MyProductRow> {
  return db.transaction((tx) => ensureMyProduct(tx, { userId: viewer.userId, orgId: viewer.orgId, productId, via: 'PRODUCT_LIST' }, now));
}

/**
 * MP-6: changes the viewer's own entry of a product. A product that is in My
 * Products only through a user group (MP-9, `viaGroup`) gets its own row on
 * the first change, dated by the group addition, so the change has somewhere
 * to live.
 */
export function updateMyProduct(
  db: DataSource,
  viewer: Viewer,
  productId: string,
  viaGroup: UserGroupMemberRow | undefined,
  change: Partial<Pick<MyProductRow, 'alertsOptIn' | 'lastVisitedAt'>>,
): Promise<MyProductRow> {
  const userId = viewer.userId;
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(MyProductRow);
    const entry =
      (await repo.findOneBy({ userId, productId })) ??
      (viaGroup ? await ensureMyProduct(tx, { userId, orgId: viewer.orgId, productId, via: 'USER_GROUP' }, viaGroup.addedAt) : null);
    if (!entry) throw notFound('This product is not in your My Products; register it first.');
    await repo.update({ id: entry.id }, change);
    return { ...entry, ...change };
  });
}
