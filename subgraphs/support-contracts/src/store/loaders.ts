import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../../../../common/identity';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { ContractLinkRow, SupportContractRow, SupportIncidentRow } from './entities';
import { contractsUsableBy } from './contractQueries';

/**
 * Per-request loaders of the support-contracts subgraph. The viewer is bound
 * here so the "my ..." loaders can never answer for somebody else.
 */
export function createSupportLoaders(db: DataSource, viewer: Viewer | null) {
  const contracts = db.getRepository(SupportContractRow);
  const incidents = db.getRepository(SupportIncidentRow);
  const links = db.getRepository(ContractLinkRow);
  return {
    contractById: entityLoader((ids: readonly string[]) => contracts.findBy({ id: In([...ids]) }), (row) => row.id),
    contractsByOrganizationId: childrenLoader(
      (orgIds: readonly string[]) => contracts.find({ where: { organizationId: In([...orgIds]) }, order: { id: 'ASC' } }),
      (row) => row.organizationId,
    ),
    /** The viewer's usable contracts (own organisation's and linked), one statement per request however many products ask. */
    usableContracts: new DataLoader<string, SupportContractRow[]>(async (userIds) =>
      Promise.all(userIds.map((userId) => (viewer && viewer.userId === userId ? contractsUsableBy(db, viewer) : Promise.resolve([])))),
    ),
    /**
     * SUP-11: links (revoked ones included) per contract, oldest first, one
     * `IN (...)` for all contracts of a request. The resolver asks only for
     * contracts the viewer administers.
     */
    linksByContractId: childrenLoader(
      (contractIds: readonly string[]) =>
        links.find({ where: { supportContractId: In([...contractIds]) }, order: { linkedAt: 'ASC', userId: 'ASC' } }),
      (row) => row.supportContractId,
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
