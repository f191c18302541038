import { booleanOf, dateTimeOrNull, dayOf, integerOf, type SqlTemporal } from '../../../../common/selectRows';
import type { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';

/**
 * The columns the loaders select and the readers that turn a raw row into
 * the entity row the resolvers and the domain already use (the same values
 * TypeORM hydrated: dates as `YYYY-MM-DD`, datetimes as Date, booleans).
 * A statement that joins two tables gives each column a prefix (`m_`, `l_`,
 * `p_`, `e_`), so every reader takes the prefix its statement used.
 */

export interface MembershipRecord {
  m_id: string;
  m_organization_id: string;
  m_program: PartnerMembershipRow['program'];
  m_competencies: string;
  m_membership_year: number | string;
  m_enrolled_on: SqlTemporal;
  m_partner_number: string;
}

export const MEMBERSHIP_COLUMNS =
  'm.id AS m_id, m.organization_id AS m_organization_id, m.program AS m_program, m.competencies AS m_competencies, ' +
  'm.membership_year AS m_membership_year, m.enrolled_on AS m_enrolled_on, m.partner_number AS m_partner_number';

export function readMembership(r: MembershipRecord): PartnerMembershipRow {
  return {
    id: r.m_id,
    organizationId: r.m_organization_id,
    program: r.m_program,
    competencies: r.m_competencies,
    membershipYear: integerOf(r.m_membership_year),
    enrolledOn: dayOf(r.m_enrolled_on),
    partnerNumber: r.m_partner_number,
  };
}

/** A location's columns, null throughout when a LEFT JOIN found none. */
export interface LocationRecord {
  l_id: string | null;
  l_membership_id: string;
  l_name: string;
  l_city: string;
  l_country: string;
  l_region: PartnerLocationRow['region'];
  l_is_headquarters: number | string | boolean;
  l_contact_name: string;
  l_contact_email: string;
}

export const LOCATION_COLUMNS =
  'l.id AS l_id, l.membership_id AS l_membership_id, l.name AS l_name, l.city AS l_city, l.country AS l_country, l.region AS l_region, ' +
  'l.is_headquarters AS l_is_headquarters, l.contact_name AS l_contact_name, l.contact_email AS l_contact_email';

/** A membership's locations in the order every reader expects: the headquarters first, then by id. */
export const LOCATION_ORDER = 'l.is_headquarters DESC, l.id ASC';

/** True when the row carries a location (a LEFT JOIN row without one has only nulls). */
export function hasLocation<R extends LocationRecord>(r: R): r is R & { l_id: string } {
  return r.l_id !== null;
}

export function readLocation(r: LocationRecord & { l_id: string }): PartnerLocationRow {
  return {
    id: r.l_id,
    membershipId: r.l_membership_id,
    name: r.l_name,
    city: r.l_city,
    country: r.l_country,
    region: r.l_region,
    isHeadquarters: booleanOf(r.l_is_headquarters),
    contactName: r.l_contact_name,
    contactEmail: r.l_contact_email,
  };
}

export interface PackageRecord {
  p_id: string;
  p_membership_id: string;
  p_kind: BenefitPackageRow['kind'];
  p_location_id: string;
  p_activated_at: SqlTemporal | null;
  p_activation_mode: BenefitPackageRow['activationMode'];
  p_channel: BenefitPackageRow['channel'];
  p_activated_by: string | null;
  p_recipient_kind: BenefitPackageRow['recipientKind'];
  p_recipient_name: string | null;
  p_recipient_email: string | null;
  p_contracts_requested_at: SqlTemporal | null;
  p_contract_rerequests: number | string;
}

export const PACKAGE_COLUMNS =
  'p.id AS p_id, p.membership_id AS p_membership_id, p.kind AS p_kind, p.location_id AS p_location_id, p.activated_at AS p_activated_at, ' +
  'p.activation_mode AS p_activation_mode, p.channel AS p_channel, p.activated_by AS p_activated_by, p.recipient_kind AS p_recipient_kind, ' +
  'p.recipient_name AS p_recipient_name, p.recipient_email AS p_recipient_email, p.contracts_requested_at AS p_contracts_requested_at, ' +
  'p.contract_rerequests AS p_contract_rerequests';

export function readPackage(r: PackageRecord): BenefitPackageRow {
  return {
    id: r.p_id,
    membershipId: r.p_membership_id,
    kind: r.p_kind,
    locationId: r.p_location_id,
    activatedAt: dateTimeOrNull(r.p_activated_at),
    activationMode: r.p_activation_mode,
    channel: r.p_channel,
    activatedBy: r.p_activated_by,
    recipientKind: r.p_recipient_kind,
    recipientName: r.p_recipient_name,
    recipientEmail: r.p_recipient_email,
    contractsRequestedAt: dateTimeOrNull(r.p_contracts_requested_at),
    contractRerequests: integerOf(r.p_contract_rerequests),
  };
}

/** An entitlement's columns, null throughout when a LEFT JOIN found none. */
export interface EntitlementRecord {
  e_id: string | null;
  e_package_id: string;
  e_kind: BenefitEntitlementRow['kind'];
  e_position: number | string;
  e_support_contract_id: string | null;
}

export const ENTITLEMENT_COLUMNS =
  'e.id AS e_id, e.package_id AS e_package_id, e.kind AS e_kind, e.position AS e_position, e.support_contract_id AS e_support_contract_id';

/** A package's entitlements in tile order. */
export const ENTITLEMENT_ORDER = 'e.position ASC, e.id ASC';

/** True when the row carries an entitlement (a LEFT JOIN row without one has only nulls). */
export function hasEntitlement<R extends EntitlementRecord>(r: R): r is R & { e_id: string } {
  return r.e_id !== null;
}

export function readEntitlement(r: EntitlementRecord & { e_id: string }): BenefitEntitlementRow {
  return {
    id: r.e_id,
    packageId: r.e_package_id,
    kind: r.e_kind,
    position: integerOf(r.e_position),
    supportContractId: r.e_support_contract_id,
  };
}
