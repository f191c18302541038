import { In, type DataSource } from 'typeorm';
import { childrenLoader, entityLoader } from '../../../../common/loaders';
import {
  AgreementRow,
  InvitationRow,
  LicenseLineRow,
  NoticeContactRow,
  OrganizationRow,
  PartnerCustomerRow,
  SaServiceActivationRow,
  SaVoucherAssignmentRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  SoftwareSubscriptionRow,
} from './entities';

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
    activationsByAgreementId: childrenLoader(
      (ids: readonly string[]) => db.getRepository(SaServiceActivationRow).findBy({ agreementId: In([...ids]) }),
      (row) => row.agreementId,
    ),
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
