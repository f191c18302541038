import { Brackets, type DataSource } from 'typeorm';
import { connectionFromArray, pageOfQuery, type Connection, type ConnectionArgs } from '../../../../common/connection';
import type { Viewer } from '../../../../common/identity';
import { ActivationCodeRow, DownloadLinkCopyRow, EntitlementRow, KeyRevealRow, MyProductRow, type UserGroupMemberRow } from './entities';

/** Entitlements the viewer may see: bought or sold by its organisation; all for analysts. */
export function entitlementsVisibleTo(db: DataSource, viewer: Viewer, args: ConnectionArgs): Promise<Connection<EntitlementRow>> {
  const qb = db.getRepository(EntitlementRow).createQueryBuilder('e');
  if (!viewer.roles.has('analyst')) {
    qb.where(
      new Brackets((w) => w.where('e.customer_org_id = :org', { org: viewer.orgId }).orWhere('e.partner_org_id = :org', { org: viewer.orgId })),
    );
  }
  return pageOfQuery(qb, (q) => q.orderBy('e.granted_at', 'DESC').addOrderBy('e.subscription_id', 'ASC'), args);
}

/** Key reveals of one customer organisation's subscriptions, newest first (CSP-8). */
export function revealsOfCustomer(db: DataSource, customerOrgId: string, args: ConnectionArgs): Promise<Connection<KeyRevealRow>> {
  const qb = db.getRepository(KeyRevealRow).createQueryBuilder('r').where('r.customer_org_id = :customerOrgId', { customerOrgId });
  return pageOfQuery(qb, (q) => q.orderBy('r.revealed_at', 'DESC').addOrderBy('r.id', 'ASC'), args);
}

/** Copies of one customer organisation's download links, newest first (CSP-9). */
export function copiesOfCustomer(db: DataSource, customerOrgId: string, args: ConnectionArgs): Promise<Connection<DownloadLinkCopyRow>> {
  const qb = db.getRepository(DownloadLinkCopyRow).createQueryBuilder('c').where('c.customer_org_id = :customerOrgId', { customerOrgId });
  return pageOfQuery(qb, (q) => q.orderBy('c.copied_at', 'DESC').addOrderBy('c.id', 'ASC'), args);
}

/**
 * A user's My Products entries, newest first (MP-1): their own rows, and a
 * product of every user group they were ever added to (MP-9) that has no row
 * of its own, dated by the first addition. Merged in memory: a user's My
 * Products is bounded by the catalog, and the two sources live in different
 * tables keyed differently (user id, e-mail).
 */
export async function myProductsOf(
  db: DataSource,
  userId: string,
  orgId: string,
  memberships: readonly UserGroupMemberRow[],
  args: ConnectionArgs,
): Promise<Connection<MyProductRow>> {
  const own = await db.getRepository(MyProductRow).find({ where: { userId, orgId } });
  const products = new Set(own.map((e) => e.productId));
  const fromGroups: MyProductRow[] = [];
  for (const m of memberships) {
    if (products.has(m.productId)) continue;
    products.add(m.productId);
    fromGroups.push({ id: m.id, userId, orgId, productId: m.productId, registeredVia: 'USER_GROUP', registeredAt: m.addedAt, alertsOptIn: false, lastVisitedAt: null });
  }
  const all = [...own, ...fromGroups].sort(
    (a, b) => b.registeredAt.getTime() - a.registeredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return connectionFromArray(all, args);
}

/** An organisation's activation codes (CSP-7). */
export function activationCodesOf(db: DataSource, orgId: string, args: ConnectionArgs): Promise<Connection<ActivationCodeRow>> {
  const qb = db.getRepository(ActivationCodeRow).createQueryBuilder('c').where('c.org_id = :orgId', { orgId });
  return pageOfQuery(qb, (q) => q.orderBy('c.code', 'ASC'), args);
}
