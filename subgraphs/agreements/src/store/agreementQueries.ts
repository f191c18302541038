import type { DataSource } from 'typeorm';
import { pageOfQuery, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { AgreementRow, type AgreementProgram, type AgreementStatus } from './entities';

export interface AgreementFilter extends ConnectionArgs {
  program?: AgreementProgram | null;
  status?: AgreementStatus | null;
}

/** One page of an organisation's agreements, newest first: two statements (page and count). */
export async function agreementsOfOrganization(
  db: DataSource,
  organizationId: string,
  filter: AgreementFilter,
): Promise<Connection<AgreementRow>> {
  const qb = db.getRepository(AgreementRow).createQueryBuilder('a').where('a.organization_id = :organizationId', { organizationId });
  if (filter.program) qb.andWhere('a.program = :program', { program: filter.program });
  if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
  return pageOfQuery(qb, (q) => q.orderBy('a.start_date', 'DESC').addOrderBy('a.id', 'ASC'), filter);
}
