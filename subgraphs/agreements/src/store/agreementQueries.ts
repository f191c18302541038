import type { DataSource } from 'typeorm';
import { pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { selectPage, type SqlValue } from '../../../../common/selectRows';
import { AGREEMENT_COLUMNS, readAgreement, type AgreementRecord } from './agreementRecords';
import type { AgreementProgram, AgreementRow, AgreementStatus } from './entities';

export interface AgreementFilter extends ConnectionArgs {
  program?: AgreementProgram | null;
  status?: AgreementStatus | null;
}

/** One page of an organisation's agreements, newest first, with their total: one statement (the window is checked first). */
export async function agreementsOfOrganization(
  db: DataSource,
  organizationId: string,
  filter: AgreementFilter,
): Promise<Connection<AgreementRow>> {
  const window = pageWindow(filter);
  const conditions = ['a.organization_id = ?'];
  const params: SqlValue[] = [organizationId];
  if (filter.program) {
    conditions.push('a.program = ?');
    params.push(filter.program);
  }
  if (filter.status) {
    conditions.push('a.status = ?');
    params.push(filter.status);
  }
  const { rows, total } = await selectPage<AgreementRecord>(
    db,
    { columns: AGREEMENT_COLUMNS, from: `FROM agreement a WHERE ${conditions.join(' AND ')}`, params, orderBy: 'a.start_date DESC, a.id ASC' },
    window,
  );
  return toConnection(rows.map(readAgreement), total, window);
}
