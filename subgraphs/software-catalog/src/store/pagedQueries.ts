import { Brackets, type DataSource, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import type { Viewer } from '../../../../common/identity';
import { ActivationCodeRow, EntitlementRow, KeyRevealRow, MyProductRow } from './entities';

/** A page and its total: two statements whatever the page size. */
async function page<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const [rows, total] = await Promise.all([order(qb.clone()).offset(window.offset).limit(window.limit).getMany(), qb.getCount()]);
  return toConnection(rows, total, window);
}

/** Entitlements the viewer may see: bought or sold by its organisation; all for analysts. */
export function entitlementsVisibleTo(db: DataSource, viewer: Viewer, args: ConnectionArgs): Promise<Connection<EntitlementRow>> {
  const qb = db.getRepository(EntitlementRow).createQueryBuilder('e');
  if (!viewer.roles.has('analyst')) {
    qb.where(
      new Brackets((w) => w.where('e.customer_org_id = :org', { org: viewer.orgId }).orWhere('e.partner_org_id = :org', { org: viewer.orgId })),
    );
  }
  return page(qb, (q) => q.orderBy('e.granted_at', 'DESC').addOrderBy('e.subscription_id', 'ASC'), args);
}

/** Key reveals of one customer organisation's subscriptions, newest first (CSP-8). */
export function revealsOfCustomer(db: DataSource, customerOrgId: string, args: ConnectionArgs): Promise<Connection<KeyRevealRow>> {
  const qb = db.getRepository(KeyRevealRow).createQueryBuilder('r').where('r.customer_org_id = :customerOrgId', { customerOrgId });
  return page(qb, (q) => q.orderBy('r.revealed_at', 'DESC').addOrderBy('r.id', 'ASC'), args);
}

/** A user's My Products entries, newest registration first (MP-1). */
export function myProductsOf(db: DataSource, userId: string, orgId: string, args: ConnectionArgs): Promise<Connection<MyProductRow>> {
  const qb = db
    .getRepository(MyProductRow)
    .createQueryBuilder('m')
    .where('m.user_id = :userId AND m.org_id = :orgId', { userId, orgId });
  return page(qb, (q) => q.orderBy('m.registered_at', 'DESC').addOrderBy('m.id', 'ASC'), args);
}

/** An organisation's activation codes (CSP-7). */
export function activationCodesOf(db: DataSource, orgId: string, args: ConnectionArgs): Promise<Connection<ActivationCodeRow>> {
  const qb = db.getRepository(ActivationCodeRow).createQueryBuilder('c').where('c.org_id = :orgId', { orgId });
  return page(qb, (q) => q.orderBy('c.code', 'ASC'), args);
}
