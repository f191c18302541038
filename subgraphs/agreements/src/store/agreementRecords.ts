import { dateTimeOf, dayOf, dayOrNull, integerOf, type SqlTemporal } from '../../../../common/selectRows';
import type { AgreementRow, LicenseLineRow, OrganizationRow, SaServiceActivationRow } from './entities';

/**
 * The columns the hot read paths select and the readers that turn a raw row
 * into the entity row the resolvers and the domain already use, with the
 * values TypeORM hydrated (DATE columns as `YYYY-MM-DD`, DATETIME as Date).
 */

export interface OrganizationRecord {
  id: string;
  name: string;
  kind: OrganizationRow['kind'];
  country: string;
  region: OrganizationRow['region'];
}

export const ORGANIZATION_COLUMNS = 'o.id, o.name, o.kind, o.country, o.region';

export function readOrganization(r: OrganizationRecord): OrganizationRow {
  return { id: r.id, name: r.name, kind: r.kind, country: r.country, region: r.region };
}

export interface AgreementRecord {
  id: string;
  number: string;
  organization_id: string;
  reseller_partner_id: string | null;
  program: AgreementRow['program'];
  status: AgreementRow['status'];
  start_date: SqlTemporal;
  end_date: SqlTemporal;
}

export const AGREEMENT_COLUMNS = 'a.id, a.number, a.organization_id, a.reseller_partner_id, a.program, a.status, a.start_date, a.end_date';

export function readAgreement(r: AgreementRecord): AgreementRow {
  return {
    id: r.id,
    number: r.number,
    organizationId: r.organization_id,
    resellerPartnerId: r.reseller_partner_id,
    program: r.program,
    status: r.status,
    startDate: dayOf(r.start_date),
    endDate: dayOf(r.end_date),
  };
}

/**
 * One row of the statement that reads an agreement's licence lines and its
 * SA service activations together (`kind` says which; the other table's
 * columns are null), so the SA figures of a page cost one statement.
 */
export type AgreementChildRecord =
  | {
      kind: 'line';
      agreement_id: string;
      line_id: string;
      product_id: string;
      quantity: number | string;
      sa_covered_until: SqlTemporal | null;
    }
  | {
      kind: 'activation';
      agreement_id: string;
      service: string;
      entitled_quantity: number | string | null;
      assigned_quantity: number | string;
      activated_at: SqlTemporal;
      activated_by: string;
      support_contract_id: string | null;
    };

/** The licence lines (by id) and the activations (by service) of agreements; the keys are bound twice, once per table. */
export function agreementChildrenStatement(inList: string): string {
  return (
    `SELECT 'line' AS kind, l.agreement_id AS agreement_id, l.id AS line_id, l.product_id AS product_id, l.quantity AS quantity, ` +
    `l.sa_covered_until AS sa_covered_until, NULL AS service, NULL AS entitled_quantity, NULL AS assigned_quantity, NULL AS activated_at, ` +
    `NULL AS activated_by, NULL AS support_contract_id FROM license_line l WHERE l.agreement_id IN (${inList}) ` +
    `UNION ALL SELECT 'activation', s.agreement_id, NULL, NULL, NULL, NULL, s.service, s.entitled_quantity, s.assigned_quantity, ` +
    `s.activated_at, s.activated_by, s.support_contract_id FROM sa_service_activation s WHERE s.agreement_id IN (${inList}) ` +
    `ORDER BY kind, line_id, service`
  );
}

export function readLicenseLine(r: Extract<AgreementChildRecord, { kind: 'line' }>): LicenseLineRow {
  return {
    id: r.line_id,
    agreementId: r.agreement_id,
    productId: r.product_id,
    quantity: integerOf(r.quantity),
    saCoveredUntil: dayOrNull(r.sa_covered_until),
  };
}

export function readActivation(r: Extract<AgreementChildRecord, { kind: 'activation' }>): SaServiceActivationRow {
  return {
    agreementId: r.agreement_id,
    service: r.service,
    entitledQuantity: r.entitled_quantity === null ? null : integerOf(r.entitled_quantity),
    assignedQuantity: integerOf(r.assigned_quantity),
    activatedAt: dateTimeOf(r.activated_at),
    activatedBy: r.activated_by,
    supportContractId: r.support_contract_id,
  };
}
