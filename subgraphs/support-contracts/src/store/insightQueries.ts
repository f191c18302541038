import type { DataSource } from 'typeorm';
import { monthOf, sqlNumber, type Period } from '../../../../common/insights';
import { SupportContractRow, SupportIncidentRow, type SupportContractKind } from './entities';

export interface IncidentInsightFilter {
  period: Period;
  kind?: SupportContractKind | null;
}

/** Incidents of one contract kind submitted in one month: counts only. */
export interface IncidentInsightRow {
  month: string;
  contractKind: SupportContractKind;
  submitted: number;
  creditedBack: number;
  open: number;
  contracts: number;
  organizations: number;
}

/**
 * SUP-5/SUP-6 for analysts: incidents submitted (each deducted one at once)
 * per contract kind and month of submission, and how many of them were
 * credited back (closed as non-decrement). One GROUP BY statement.
 */
export async function incidentInsights(db: DataSource, filter: IncidentInsightFilter): Promise<IncidentInsightRow[]> {
  const month = monthOf(db, 'i.created_at');
  const qb = db
    .getRepository(SupportIncidentRow)
    .createQueryBuilder('i')
    .innerJoin(SupportContractRow, 'c', 'c.id = i.contract_id')
    .select(month, 'month')
    .addSelect('c.kind', 'contractKind')
    .addSelect('COUNT(*)', 'submitted')
    .addSelect("SUM(CASE WHEN i.status = 'NON_DECREMENT' THEN 1 ELSE 0 END)", 'creditedBack')
    .addSelect("SUM(CASE WHEN i.status = 'OPEN' THEN 1 ELSE 0 END)", 'open')
    .addSelect('COUNT(DISTINCT i.contract_id)', 'contracts')
    .addSelect('COUNT(DISTINCT i.organization_id)', 'organizations')
    .groupBy(month)
    .addGroupBy('c.kind')
    .orderBy(month, 'ASC')
    .addOrderBy('c.kind', 'ASC');
  if (filter.period.from) qb.andWhere('i.created_at >= :from', { from: filter.period.from });
  if (filter.period.until) qb.andWhere('i.created_at < :until', { until: filter.period.until });
  if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map((r) => ({
    month: String(r.month),
    contractKind: r.contractKind as SupportContractKind,
    submitted: sqlNumber(r.submitted),
    creditedBack: sqlNumber(r.creditedBack),
    open: sqlNumber(r.open),
    contracts: sqlNumber(r.contracts),
    organizations: sqlNumber(r.organizations),
  }));
}
