import type { DataSource } from 'typeorm';
import { pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { sqlNumber, type Period } from '../../../../common/insights';
import { AgreementRow, OrganizationRow, SaServiceActivationRow, type AgreementProgram } from './entities';

export interface OrganizationSearch extends ConnectionArgs {
  search?: string | null;
  kind?: OrganizationRow['kind'] | null;
}

/** One page of every organisation, by name, for analysts: two statements (page and count), whatever the page size. */
export async function searchOrganizations(db: DataSource, args: OrganizationSearch): Promise<Connection<OrganizationRow>> {
  const window = pageWindow(args);
  const qb = db.getRepository(OrganizationRow).createQueryBuilder('o');
  if (args.search) {
    // The store collates exactly (ids must not match case-insensitively), so search lowers both sides.
    const pattern = `%${args.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where('LOWER(o.name) LIKE :pattern', { pattern });
  }
  if (args.kind) qb.andWhere('o.kind = :kind', { kind: args.kind });
  const [rows, total] = await Promise.all([
    qb.clone().orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').offset(window.offset).limit(window.limit).getMany(),
    qb.getCount(),
  ]);
  return toConnection(rows, total, window);
}

export interface SaServiceInsightFilter {
  period: Period;
  program?: AgreementProgram | null;
  service?: string | null;
}

/** One group of activated SA services: a program and a service, with counts and sums only. */
export interface SaServiceInsightRow {
  program: AgreementProgram;
  service: string;
  activatedCount: number;
  agreementCount: number;
  organizationCount: number;
  entitledQuantity: number;
  assignedQuantity: number;
}

/**
 * AGR-5/AGR-6 for analysts: activated SA services per program and service, and
 * how much of their balance is assigned. One GROUP BY statement; the period
 * filters on the activation time. Services without a quantity (Home Use…)
 * count as activated and sum to 0.
 */
export async function saServiceInsights(db: DataSource, filter: SaServiceInsightFilter): Promise<SaServiceInsightRow[]> {
  const qb = db
    .getRepository(SaServiceActivationRow)
    .createQueryBuilder('s')
    .innerJoin(AgreementRow, 'a', 'a.id = s.agreement_id')
    .select('a.program', 'program')
    .addSelect('s.service', 'service')
    .addSelect('COUNT(*)', 'activatedCount')
    .addSelect('COUNT(DISTINCT s.agreement_id)', 'agreementCount')
    .addSelect('COUNT(DISTINCT a.organization_id)', 'organizationCount')
    .addSelect('COALESCE(SUM(s.entitled_quantity), 0)', 'entitledQuantity')
    .addSelect('COALESCE(SUM(CASE WHEN s.entitled_quantity IS NULL THEN 0 ELSE s.assigned_quantity END), 0)', 'assignedQuantity')
    .groupBy('a.program')
    .addGroupBy('s.service')
    .orderBy('a.program', 'ASC')
    .addOrderBy('s.service', 'ASC');
  if (filter.period.from) qb.andWhere('s.activated_at >= :from', { from: filter.period.from });
  if (filter.period.until) qb.andWhere('s.activated_at < :until', { until: filter.period.until });
  if (filter.program) qb.andWhere('a.program = :program', { program: filter.program });
  if (filter.service) qb.andWhere('s.service = :service', { service: filter.service });
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map((r) => ({
    program: r.program as AgreementProgram,
    service: String(r.service),
    activatedCount: sqlNumber(r.activatedCount),
    agreementCount: sqlNumber(r.agreementCount),
    organizationCount: sqlNumber(r.organizationCount),
    entitledQuantity: sqlNumber(r.entitledQuantity),
    assignedQuantity: sqlNumber(r.assignedQuantity),
  }));
}
