import { In, type DataSource } from 'typeorm';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import { placeholders, selectRows } from '../../../../common/selectRows';
import {
  AGREEMENT_COLUMNS,
  agreementChildrenStatement,
  ORGANIZATION_COLUMNS,
  readActivation,
  readAgreement,
  readLicenseLine,
  readOrganization,
  type AgreementChildRecord,
  type AgreementRecord,
  type OrganizationRecord,
} from './agreementRecords';
import {
  InvitationRow,
  NoticeContactRow,
  PartnerCustomerRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  SaVoucherAssignmentRow,
  SoftwareSubscriptionRow,
  type LicenseLineRow,
  type SaServiceActivationRow,
} from './entities';

/**
 * Per-request loaders of the agreements subgraph: one statement per batch of
 * keys. The hot ones (organisations, agreements, licence lines, SA
 * activations) are plain SQL mapped by agreementRecords.ts; the others use
 * TypeORM's repositories.
 */
export function createAgreementsLoaders(db: DataSource) {
  const agreementsWhere = async (column: 'a.id' | 'a.number', keys: readonly string[]) =>
    (await selectRows<AgreementRecord>(db, `SELECT ${AGREEMENT_COLUMNS} FROM agreement a WHERE ${column} IN (${placeholders(keys.length)})`, keys)).map(readAgreement);
  const activationsByAgreementId = childrenLoader<string, SaServiceActivationRow>(
    async (ids) => (await agreementChildren(ids)).activations,
    (row) => row.agreementId,
  );
  /**
   * Licence lines and SA activations of agreements, one statement: whoever
   * reads an agreement's SA services needs both (the SA-covered count comes
   * from the lines), and the activations are few. The activations loader is
   * primed with what came along (an agreement without any gets an empty list).
   */
  async function agreementChildren(ids: readonly string[]): Promise<{ lines: LicenseLineRow[]; activations: SaServiceActivationRow[] }> {
    const inList = placeholders(ids.length);
    const records = await selectRows<AgreementChildRecord>(db, agreementChildrenStatement(inList), [...ids, ...ids]);
    const lines: LicenseLineRow[] = [];
    const activations: SaServiceActivationRow[] = [];
    for (const r of records) {
      if (r.kind === 'line') lines.push(readLicenseLine(r));
      else activations.push(readActivation(r));
    }
    return { lines, activations };
  }
  const licenseLinesByAgreementId = childrenLoader<string, LicenseLineRow>(
    async (ids) => {
      const { lines, activations } = await agreementChildren(ids);
      const byAgreement = new Map<string, SaServiceActivationRow[]>(ids.map((id) => [id, []]));
      for (const a of activations) byAgreement.get(a.agreementId)?.push(a);
      for (const [id, list] of byAgreement) activationsByAgreementId.prime(id, list);
      return lines;
    },
    (row) => row.agreementId,
  );
  return {
    organizationById: entityLoader(
      async (ids: readonly string[]) =>
        (await selectRows<OrganizationRecord>(db, `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.id IN (${placeholders(ids.length)})`, ids)).map(
          readOrganization,
        ),
      (row) => row.id,
    ),
    agreementById: entityLoader((ids: readonly string[]) => agreementsWhere('a.id', ids), (row) => row.id),
    agreementByNumber: entityLoader((numbers: readonly string[]) => agreementsWhere('a.number', numbers), (row) => row.number),
    /** Primes `activationsByAgreementId` (same statement): read an agreement's lines first and its activations cost nothing more. */
    licenseLinesByAgreementId,
    customerLinksByPartnerId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(PartnerCustomerRow).find({ where: { partnerId: In([...ids]) }, order: { customerId: 'ASC' } }),
      (row) => row.partnerId,
    ),
    partnerLinksByCustomerId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(PartnerCustomerRow).find({ where: { customerId: In([...ids]) }, order: { partnerId: 'ASC' } }),
      (row) => row.customerId,
    ),
    noticeContactByAgreementId: entityLoader(
      (ids: readonly string[]) => db.getRepository(NoticeContactRow).findBy({ agreementId: In([...ids]) }),
      (row) => row.agreementId,
    ),
    invitationsByAgreementId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(InvitationRow).find({ where: { agreementId: In([...ids]) }, order: { invitedAt: 'ASC', id: 'ASC' } }),
      (row) => row.agreementId,
    ),
    designationById: entityLoader(
      (ids: readonly string[]) => db.getRepository(ServicesAdministratorRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    designationsByAgreementId: childrenLoader(
      (ids: readonly string[]) =>
        db
          .getRepository(ServicesAdministratorRow)
          .find({ where: { agreementId: In([...ids]) }, order: { designatedAt: 'ASC', id: 'ASC' } }),
      (row) => row.agreementId,
    ),
    rightsByDesignationId: childrenLoader(
      (ids: readonly string[]) =>
        db.getRepository(ServicesAdministratorRightRow).find({ where: { designationId: In([...ids]) }, order: { service: 'ASC' } }),
      (row) => row.designationId,
    ),
    activationsByAgreementId,
    voucherAssignmentsByAgreementId: childrenLoader(
      (ids: readonly string[]) =>
        db
          .getRepository(SaVoucherAssignmentRow)
          .find({ where: { agreementId: In([...ids]) }, order: { assignedAt: 'ASC', id: 'ASC' } }),
      (row) => row.agreementId,
    ),
    subscriptionById: entityLoader(
      (ids: readonly string[]) => db.getRepository(SoftwareSubscriptionRow).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    /** Purchases where the organisation is the customer or the partner (a row may appear under two keys). */
    subscriptionsByOrganizationId: createSubscriptionsByOrganization(db),
  };
}

/**
 * Purchases per organisation, where it is the customer or the partner: one
 * statement for all keys; a row is handed to each requested key it names.
 */
function createSubscriptionsByOrganization(db: DataSource) {
  return childrenLoader<string, { key: string; row: SoftwareSubscriptionRow }>(
    async (keys) => {
      const wanted = new Set(keys);
      const rows = await db.getRepository(SoftwareSubscriptionRow).find({
        where: [{ customerId: In([...keys]) }, { partnerId: In([...keys]) }],
        order: { purchasedAt: 'DESC', id: 'DESC' },
      });
      return rows.flatMap((row) =>
        [...new Set([row.customerId, row.partnerId])].filter((k) => wanted.has(k)).map((key) => ({ key, row })),
      );
    },
    (pair) => pair.key,
  );
}

export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
