import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { canReadOrganization, type Viewer } from '../../../../common/identity';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { placeholders, selectRows } from '../../../../common/selectRows';
import { administersContract } from '../domain/contractAccess';
import { ContractLinkRow, SupportIncidentRow, type SupportContractRow } from './entities';
import { contractsUsableBy } from './contractQueries';
import { CONTRACT_COLUMNS, readContract, type ContractRecord } from './supportRecords';

/**
 * Per-request loaders of the support-contracts subgraph. The viewer is bound
 * here, and this is the one place reads are scoped by it: every accessor
 * answers only what the viewer may see (null or empty otherwise), so a
 * resolver cannot forget a check. Each batches its reads across the request.
 */
export function createSupportLoaders(db: DataSource, viewer: Viewer | null) {
  const incidents = db.getRepository(SupportIncidentRow);
  const links = db.getRepository(ContractLinkRow);
  const contractsWhere = async (column: 'c.id' | 'c.organization_id', keys: readonly string[]) =>
    (
      await selectRows<ContractRecord>(db, `SELECT ${CONTRACT_COLUMNS} FROM support_contract c WHERE ${column} IN (${placeholders(keys.length)}) ORDER BY c.id ASC`, keys)
    ).map(readContract);
  const contractById = entityLoader((ids: readonly string[]) => contractsWhere('c.id', ids), (row) => row.id);
  const contractsByOrganizationId = childrenLoader((orgIds: readonly string[]) => contractsWhere('c.organization_id', orgIds), (row) => row.organizationId);
  /** Usable contracts (own organisation's and linked) per user, one statement per request however many products ask; only the viewer's. */
  const usableContracts = new DataLoader<string, SupportContractRow[]>(async (userIds) =>
    Promise.all(userIds.map((userId) => (viewer && viewer.userId === userId ? contractsUsableBy(db, viewer) : Promise.resolve([])))),
  );
  /** SUP-11: links (revoked ones included) per contract, oldest first, one `IN (...)` for all contracts of a request. */
  const linksByContractId = childrenLoader(
    (contractIds: readonly string[]) =>
      links.find({ where: { supportContractId: In([...contractIds]) }, order: { linkedAt: 'ASC', userId: 'ASC' } }),
    (row) => row.supportContractId,
  );
  const incidentById = entityLoader((ids: readonly number[]) => incidents.findBy({ id: In([...ids]) }), (row) => row.id);
  const myUsableContracts = (): Promise<SupportContractRow[]> => (viewer ? usableContracts.load(viewer.userId) : Promise.resolve([]));

  return {
    /**
     * Hands the loader a contract row this request already read on the primary (a mutation's own
     * transaction, committed), so its answer does not read it again. Access is still checked on the way out.
     */
    primeContract(row: SupportContractRow): void {
      contractById.clear(row.id).prime(row.id, row);
    },
    /** The viewer's usable contracts: their organisation's and those they linked, not revoked (SUP-3, SUP-11); empty without a viewer. */
    myUsableContracts,
    /** A contract of an organisation the viewer may read (analysts: any); null otherwise, so `_entities` is no back door. */
    async readableContract(id: string): Promise<SupportContractRow | null> {
      const row = await contractById.load(id);
      return row && canReadOrganization(viewer, row.organizationId) ? row : null;
    },
    /** A contract the viewer may still read: their organisation's (or any, for analysts), or one they linked; null otherwise. */
    async visibleContract(id: string): Promise<SupportContractRow | null> {
      const row = await contractById.load(id);
      if (!row || !viewer) return null;
      if (canReadOrganization(viewer, row.organizationId)) return row;
      const usable = await myUsableContracts();
      return usable.some((c) => c.id === row.id) ? row : null;
    },
    /** An organisation's contracts; empty unless the viewer may read that organisation. */
    contractsOfOrganization(orgId: string): Promise<SupportContractRow[]> {
      return canReadOrganization(viewer, orgId) ? contractsByOrganizationId.load(orgId) : Promise.resolve([]);
    },
    /** SUP-11: who linked a contract, for its owning organisation's admins only; null for everyone else. */
    linksOf(contract: SupportContractRow): Promise<ContractLinkRow[]> | null {
      return administersContract(viewer, contract) ? linksByContractId.load(contract.id) : null;
    },
    /** An incident of an organisation the viewer may read (the submitter's; analysts: any); null otherwise. */
    async readableIncident(id: number): Promise<SupportIncidentRow | null> {
      const row = await incidentById.load(id);
      return row && canReadOrganization(viewer, row.organizationId) ? row : null;
    },
    /** The viewer's open incidents per product (MP-7), newest first; nothing without a viewer. */
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
