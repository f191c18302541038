import { In, type DataSource } from 'typeorm';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { AgreementRow, LicenseLineRow, OrganizationRow } from './entities';

/** Per-request loaders of the agreements subgraph: one statement per batch of keys. */
export function createAgreementsLoaders(db: DataSource) {
  return {
    organizationById: entityLoader(
      (ids: readonly string[]) => db.getRepository(OrganizationRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    agreementById: entityLoader(
      (ids: readonly string[]) => db.getRepository(AgreementRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    agreementByNumber: entityLoader(
      (numbers: readonly string[]) => db.getRepository(AgreementRow).findBy({ number: In([...numbers]) }),
      (row) => row.number,
    ),
    licenseLinesByAgreementId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(LicenseLineRow).find({ where: { agreementId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.agreementId,
    ),
  };
}

export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
