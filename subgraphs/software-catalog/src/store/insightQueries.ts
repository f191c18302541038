import type { DataSource } from 'typeorm';
import { sqlNumber, type Period } from '../../../../common/insights';
import { LicenceRow, MyProductRow, ProductRow, SoftwareDownloadRow, type Deployment, type RegisteredVia } from './entities';

/** One product of a ranking: its public name and family with counts (no user, organisation or licence). */
export interface ProductCountRow {
  productName: string;
  family: string;
  count: number;
  users: number;
  organizations: number;
}

/** Licences of one product whose maintenance needs renewing (MP-4, MP-5). */
export interface RenewalCountRow {
  productName: string;
  family: string;
  expired: number;
  dueSoon: number;
  organizations: number;
}

export interface RankingFilter {
  period: Period;
  deployment?: Deployment | null;
  top: number;
}

const toProductCount = (r: Record<string, unknown>): ProductCountRow => ({
  productName: String(r.productName),
  family: String(r.family),
  count: sqlNumber(r.total),
  users: sqlNumber(r.users),
  organizations: sqlNumber(r.organizations),
});

/**
 * A ranking of products by rows of one table in the period (one statement):
 * `alias` is the table's alias, `at` its time column.
 */
function productRanking(db: DataSource, table: typeof MyProductRow | typeof SoftwareDownloadRow, alias: 'm' | 'd', at: string, filter: RankingFilter) {
  const qb = db
    .getRepository<MyProductRow | SoftwareDownloadRow>(table)
    .createQueryBuilder(alias)
    .innerJoin(ProductRow, 'p', `p.id = ${alias}.product_id`)
    .select('p.name', 'productName')
    .addSelect('p.family', 'family')
    .addSelect('COUNT(*)', 'total')
    .addSelect(`COUNT(DISTINCT ${alias}.user_id)`, 'users')
    .addSelect(`COUNT(DISTINCT ${alias}.org_id)`, 'organizations')
    .groupBy('p.id')
    .addGroupBy('p.name')
    .addGroupBy('p.family')
    .orderBy('total', 'DESC')
    .addOrderBy('p.name', 'ASC')
    .limit(filter.top);
  if (filter.period.from) qb.andWhere(`${alias}.${at} >= :from`, { from: filter.period.from });
  if (filter.period.until) qb.andWhere(`${alias}.${at} < :until`, { until: filter.period.until });
  if (filter.deployment) qb.andWhere('p.deployment = :deployment', { deployment: filter.deployment });
  return qb;
}

/** MP-1: products added to My Products most often in the period (by any way, or one), most first. One statement. */
export async function mostRegisteredProducts(db: DataSource, filter: RankingFilter & { via?: RegisteredVia | null }): Promise<ProductCountRow[]> {
  const qb = productRanking(db, MyProductRow, 'm', 'registered_at', filter);
  if (filter.via) qb.andWhere('m.registered_via = :via', { via: filter.via });
  return (await qb.getRawMany<Record<string, unknown>>()).map(toProductCount);
}

/** MP-8: products downloaded most often in the period, most first. One statement. */
export async function mostDownloadedProducts(db: DataSource, filter: RankingFilter): Promise<ProductCountRow[]> {
  return (await productRanking(db, SoftwareDownloadRow, 'd', 'downloaded_at', filter).getRawMany<Record<string, unknown>>()).map(toProductCount);
}

/**
 * MP-4/MP-5: licences whose maintenance expired before `today` (RENEW) or
 * ends within the window (`today` … `dueBy`, inclusive), per product. Dates
 * are ISO strings, compared as the `date` column holds them. One statement.
 */
export async function licencesToRenew(db: DataSource, filter: { today: string; dueBy: string; deployment?: Deployment | null }): Promise<RenewalCountRow[]> {
  const qb = db
    .getRepository(LicenceRow)
    .createQueryBuilder('l')
    .innerJoin(ProductRow, 'p', 'p.id = l.product_id')
    .select('p.name', 'productName')
    .addSelect('p.family', 'family')
    .addSelect('SUM(CASE WHEN l.renewal_date < :today THEN 1 ELSE 0 END)', 'expired')
    .addSelect('SUM(CASE WHEN l.renewal_date >= :today THEN 1 ELSE 0 END)', 'dueSoon')
    .addSelect('COUNT(DISTINCT l.org_id)', 'organizations')
    .where('l.renewal_date <= :dueBy', { today: filter.today, dueBy: filter.dueBy })
    .groupBy('p.id')
    .addGroupBy('p.name')
    .addGroupBy('p.family')
    .orderBy('p.name', 'ASC');
  if (filter.deployment) qb.andWhere('p.deployment = :deployment', { deployment: filter.deployment });
  return (await qb.getRawMany<Record<string, unknown>>()).map((r) => ({
    productName: String(r.productName),
    family: String(r.family),
    expired: sqlNumber(r.expired),
    dueSoon: sqlNumber(r.dueSoon),
    organizations: sqlNumber(r.organizations),
  }));
}
