import { In, type DataSource } from 'typeorm';
import { childrenLoader, compositeLoader, entityLoader } from '../../../../common/loaders';
import { SupportContractRow } from './entities';

export interface ContractIds {
  accessId: string;
  contractId: string;
}

/** Per-request loaders of the support-contracts subgraph. */
export function createSupportLoaders(db: DataSource) {
  const contracts = db.getRepository(SupportContractRow);
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
  };
}

export type SupportLoaders = ReturnType<typeof createSupportLoaders>;
