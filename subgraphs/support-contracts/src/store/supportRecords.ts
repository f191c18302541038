import { dateTimeOf, dateTimeOrNull, integerOf, type SqlTemporal } from '../../../../common/selectRows';
import type { SupportContractRow, SupportIncidentRow } from './entities';

/**
 * The columns the hot paths select (the tiles' contract references, the
 * submission) and the readers that turn a raw row into the entity row the
 * resolvers and the domain already use, with the values TypeORM hydrated.
 */

export interface ContractRecord {
  id: string;
  access_id: string;
  contract_id: string;
  organization_id: string;
  kind: SupportContractRow['kind'];
  scope: SupportContractRow['scope'];
  label: string;
  incidents_granted: number | string;
  incidents_remaining: number | string;
  advisory_hours_granted: number | string;
  advisory_hours_remaining: number | string;
  starts_at: SqlTemporal;
  expires_at: SqlTemporal;
}

export const CONTRACT_COLUMNS =
  'c.id, c.access_id, c.contract_id, c.organization_id, c.kind, c.scope, c.label, c.incidents_granted, c.incidents_remaining, ' +
  'c.advisory_hours_granted, c.advisory_hours_remaining, c.starts_at, c.expires_at';

export function readContract(r: ContractRecord): SupportContractRow {
  return {
    id: r.id,
    accessId: r.access_id,
    contractId: r.contract_id,
    organizationId: r.organization_id,
    kind: r.kind,
    scope: r.scope,
    label: r.label,
    incidentsGranted: integerOf(r.incidents_granted),
    incidentsRemaining: integerOf(r.incidents_remaining),
    advisoryHoursGranted: integerOf(r.advisory_hours_granted),
    advisoryHoursRemaining: integerOf(r.advisory_hours_remaining),
    startsAt: dateTimeOf(r.starts_at),
    expiresAt: dateTimeOf(r.expires_at),
  };
}

export interface IncidentRecord {
  id: number | string;
  contract_id: string;
  organization_id: string;
  user_id: string;
  product_id: string;
  severity: SupportIncidentRow['severity'];
  title: string;
  description: string;
  status: SupportIncidentRow['status'];
  response_time_minutes: number | string;
  idempotency_key: string;
  created_at: SqlTemporal;
  updated_at: SqlTemporal;
  closed_at: SqlTemporal | null;
}

export const INCIDENT_COLUMNS =
  'i.id, i.contract_id, i.organization_id, i.user_id, i.product_id, i.severity, i.title, i.description, i.status, ' +
  'i.response_time_minutes, i.idempotency_key, i.created_at, i.updated_at, i.closed_at';

export function readIncident(r: IncidentRecord): SupportIncidentRow {
  return {
    id: integerOf(r.id),
    supportContractId: r.contract_id,
    organizationId: r.organization_id,
    userId: r.user_id,
    productId: r.product_id,
    severity: r.severity,
    title: r.title,
    description: r.description,
    status: r.status,
    responseTimeMinutes: integerOf(r.response_time_minutes),
    idempotencyKey: r.idempotency_key,
    createdAt: dateTimeOf(r.created_at),
    updatedAt: dateTimeOf(r.updated_at),
    closedAt: dateTimeOrNull(r.closed_at),
  };
}
