import type { DataSource } from 'typeorm';
import { selectRows } from '../../../../common/selectRows';
import type { Viewer } from '../../../../common/identity';
import { pageOfQuery, pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { ProgramSupportCaseRow, SupportContractRow, SupportIncidentRow, type IncidentStatus } from './entities';
import { CONTRACT_COLUMNS, readContract, type ContractRecord } from './supportRecords';

/**
 * Contracts a viewer may use: their organisation's, and those they linked by
 * both IDs (SUP-3) and whose link the owner has not revoked (SUP-11). One statement.
 */
export async function contractsUsableBy(db: DataSource, viewer: Viewer): Promise<SupportContractRow[]> {
  const records = await selectRows<ContractRecord>(
    db,
    `SELECT ${CONTRACT_COLUMNS} FROM support_contract c WHERE c.organization_id = ? ` +
      'OR c.id IN (SELECT l.contract_id FROM contract_link l WHERE l.user_id = ? AND l.revoked_at IS NULL) ORDER BY c.id ASC',
    [viewer.orgId, viewer.userId],
  );
  return records.map(readContract);
}

/** Contracts the viewer linked (SUP-3), revoked links left out (SUP-11). One statement. */
export function contractsLinkedBy(db: DataSource, viewer: Viewer): Promise<SupportContractRow[]> {
  return db
    .getRepository(SupportContractRow)
    .createQueryBuilder('c')
    .innerJoin('contract_link', 'l', 'l.contract_id = c.id')
    .where('l.user_id = :userId AND l.revoked_at IS NULL', { userId: viewer.userId })
    .orderBy('c.id', 'ASC')
    .getMany();
}

export interface ActivityFilter extends ConnectionArgs {
  status?: IncidentStatus | null;
}

/** SUP-9 "my activity": the viewer's incidents, newest first; two statements (page and count). */
export async function activityOf(db: DataSource, viewer: Viewer, filter: ActivityFilter): Promise<Connection<SupportIncidentRow>> {
  const qb = db.getRepository(SupportIncidentRow).createQueryBuilder('i').where('i.user_id = :userId', { userId: viewer.userId });
  if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
  return pageOfQuery(qb, (q) => q.orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC'), filter);
}

/** SUP-10: the organisation's cases, newest first; two statements (page and count). */
export async function casesOf(db: DataSource, organizationId: string, args: ConnectionArgs): Promise<Connection<ProgramSupportCaseRow>> {
  const window = pageWindow(args);
  const repo = db.getRepository(ProgramSupportCaseRow);
  const [rows, total] = await Promise.all([
    repo.find({ where: { organizationId }, order: { openedAt: 'DESC', id: 'DESC' }, skip: window.offset, take: window.limit }),
    repo.countBy({ organizationId }),
  ]);
  return toConnection(rows, total, window);
}
