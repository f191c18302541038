import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../../../../common/identity';
import { childrenLoader, compositeLoader, entityLoader } from '../../../../common/loaders';
import { SupportContractRow, SupportIncidentRow } from './entities';
import { contractsUsableBy } from './contractQueries';

export interface ContractIds {
  accessId: string;
  contractId: string;
}

/**
 * Per-request loaders of the support-contracts subgraph. The viewer is bound
 * here so the "my ..." loaders can never answer for somebody else.
 */
export function createSupportLoaders(db: DataSource, viewer: Viewer | null) {
  const contracts = db.getRepository(SupportContractRow);
  const incidents = db.getRepository(SupportIncidentRow);
  return {
    contractById: entityLoader((ids: readonly string[]) => contracts.findBy({ id: In([...ids]) }), (row) => row.id),
    // IDs are compared as exact strings: 0230242323 and 230242323 are different contracts (SUP-2).
    contractByIds: compositeLoader(
      (keys: readonly ContractIds[]) => contracts.find({ where: keys.map((k) => ({ accessId: k.accessId, contractId: k.contractId })) }),
      (row): ContractIds => ({ accessId: row.accessId, contractId: row.contractId }),
      (k) => `${k.accessId}/${k.contractId}`,
    ),
    contractsByOrganizationId: childrenLoader(
      (orgIds: readonly string[]) => contracts.find({ where: { organizationId: In([...orgIds]) }, order: { id: 'ASC' } }),
      (row) => row.organizationId,
    ),
    /** The viewer's usable contracts (own organisation's and linked), one statement per request however many products ask. */
    usableContracts: new DataLoader<string, SupportContractRow[]>(async (userIds) =>
      Promise.all(userIds.map((userId) => (viewer && viewer.userId === userId ? contractsUsableBy(db, viewer) : Promise.resolve([])))),
    ),
    incidentById: entityLoader((ids: readonly number[]) => incidents.findBy({ id: In([...ids]) }), (row) => row.id),
    /** The viewer's open incidents per product (MP-7), newest first. */
    myOpenIncidentsByProductId: childrenLoader(
      (productIds: readonly string[]) =>
        viewer
          ? incidents.find({
              where: { userId: viewer.userId, status: 'OPEN', productId: In([...productIds]) },
              order: { createdAt: 'DESC', id: 'DESC' },
            })
          : Promise.resolve([]),
      (row) => row.productId,
    ),
  };
}

export type SupportLoaders = ReturnType<typeof createSupportLoaders>;
