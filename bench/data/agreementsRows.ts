import { addDays, isoDate } from '../../common/clock';
import { saCoveredLicenseCount, saEntitlementFor, type SaServiceKind } from '../../subgraphs/agreements/src/domain/saEntitlements';
import {
  AgreementRow,
  InvitationRow,
  LicenseLineRow,
  NoticeContactRow,
  OrganizationRow,
  SaServiceActivationRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  type AgreementProgram,
} from '../../subgraphs/agreements/src/store/entities';
import { table, type TableRows } from './insertRows';
import { pad, PER_SCALE_UNIT, type BenchCustomer, type BenchOrg, type BenchProduct, type BenchWorld } from './world';

/** Non-CSP programs only: a CSP agreement would need a reseller and a purchase flow the workloads do not read. */
const PROGRAMS: readonly AgreementProgram[] = ['ENTERPRISE', 'SELECT', 'MPSA', 'OPEN'];

/**
 * Quantities of the three lines: the first two under SA, the third without.
 * 60 + 25 = 85 SA-covered licences: the 50–249 tier of the AGR-5 table, so
 * eight services are offered and training vouchers come in days.
 */
const LINE_QUANTITIES: readonly { quantity: number; sa: boolean }[] = [
  { quantity: 60, sa: true },
  { quantity: 25, sa: true },
  { quantity: 10, sa: false },
];

/** AGR-6: the services each agreement's services administrator holds rights for and has activated. */
const ACTIVATED: readonly SaServiceKind[] = ['ELEARNING', 'TRAINING_VOUCHERS'];

interface AgreementsTables {
  organizations: OrganizationRow[];
  agreements: AgreementRow[];
  lines: LicenseLineRow[];
  noticeContacts: NoticeContactRow[];
  invitations: InvitationRow[];
  designations: ServicesAdministratorRow[];
  rights: ServicesAdministratorRightRow[];
  activations: SaServiceActivationRow[];
}

function organizationRow(o: BenchOrg, kind: 'CUSTOMER' | 'PARTNER'): OrganizationRow {
  return { id: o.id, name: o.name, kind, country: o.country, region: o.region };
}

/**
 * One agreement and what the AGR-3/AGR-4/AGR-6 flow would have left behind:
 * an onboarded notice contact (invited by the global admin), a services
 * administrator it designated with rights, who registered (AGR-9), and the
 * services that administrator activated. Dates follow the flow, all before `now`.
 */
function addAgreement(t: AgreementsTables, c: BenchCustomer, unitProducts: readonly BenchProduct[], j: number, now: Date): void {
  const id = `bench-agr-${c.id.slice('bench-org-'.length)}-${pad(j + 1, 2)}`;
  // Distinct start dates, newest first by j, at least a month old: `myAgreements` pages by start date.
  const start = addDays(now, -(30 + j * 7));
  const end = addDays(start, 3 * 365);
  const agreement: AgreementRow = {
    id,
    number: `99${pad(c.index * PER_SCALE_UNIT.agreementsPerCustomer + j, 8)}`,
    organizationId: c.id,
    resellerPartnerId: null,
    program: PROGRAMS[j % PROGRAMS.length],
    status: 'ACTIVE',
    startDate: isoDate(start),
    endDate: isoDate(end),
  };
  t.agreements.push(agreement);
  // Lines walk through the products of the organisation's scale unit, so every unit's products are licensed.
  const lines = LINE_QUANTITIES.map(({ quantity, sa }, k) => ({
    id: `${id}-l${k + 1}`,
    agreementId: id,
    productId: unitProducts[(j * PER_SCALE_UNIT.linesPerAgreement + k) % unitProducts.length].id,
    quantity,
    saCoveredUntil: sa ? agreement.endDate : null,
  }));
  t.lines.push(...lines);

  const at = (days: number) => addDays(start, days);
  t.noticeContacts.push({
    agreementId: id,
    email: c.noticeContact.email,
    name: c.noticeContact.name,
    userId: c.noticeContact.sub,
    invitedAt: at(1),
    profileValidatedAt: at(2),
    termsAcceptedAt: at(3),
    registeredAt: at(4),
  });
  t.invitations.push({ id: `${id}-inv-nc`, agreementId: id, kind: 'NOTICE_CONTACT', email: c.noticeContact.email, designationId: null, invitedAt: at(1), invitedBy: c.admin.sub });

  const designationId = `${id}-sad`;
  t.designations.push({
    id: designationId,
    agreementId: id,
    email: c.servicesAdmin.email,
    name: c.servicesAdmin.name,
    status: 'ACTIVE',
    designatedAt: at(5),
    designatedBy: c.noticeContact.sub,
    revokedAt: null,
    // AGR-9: the administrator accepted the invitation before activating anything.
    registeredAt: at(6),
    registeredBy: c.servicesAdmin.sub,
  });
  t.invitations.push({ id: `${id}-inv-sa`, agreementId: id, kind: 'SERVICES_ADMINISTRATOR', email: c.servicesAdmin.email, designationId, invitedAt: at(5), invitedBy: c.noticeContact.sub });
  t.rights.push(...ACTIVATED.map((service) => ({ designationId, service })));

  // AGR-5/AGR-6: the entitled quantity is fixed at activation from the table, as activateSaService does.
  const covered = saCoveredLicenseCount(lines, isoDate(at(7)));
  for (const service of ACTIVATED) {
    const entitlement = saEntitlementFor(covered, service);
    if (!entitlement) throw new Error(`bench agreement ${id} is not entitled to ${service}: fix LINE_QUANTITIES`);
    t.activations.push({
      agreementId: id,
      service,
      entitledQuantity: entitlement.quantity,
      assignedQuantity: 0,
      activatedAt: at(7),
      activatedBy: c.servicesAdmin.sub,
      supportContractId: null,
    });
  }
}

/** Rows of the agreements store, in insertion order (parents before children: the store has foreign keys). */
export function agreementsRows(world: BenchWorld, now: Date): TableRows[] {
  const t: AgreementsTables = { organizations: [], agreements: [], lines: [], noticeContacts: [], invitations: [], designations: [], rights: [], activations: [] };
  t.organizations.push(...world.customers.map((c) => organizationRow(c, 'CUSTOMER')), ...world.partners.map((p) => organizationRow(p, 'PARTNER')));
  for (const c of world.customers) {
    const unitProducts = world.products.slice(c.unit * PER_SCALE_UNIT.products, (c.unit + 1) * PER_SCALE_UNIT.products);
    for (let j = 0; j < PER_SCALE_UNIT.agreementsPerCustomer; j++) addAgreement(t, c, unitProducts, j, now);
  }
  return [
    table(OrganizationRow, t.organizations),
    table(AgreementRow, t.agreements),
    table(LicenseLineRow, t.lines),
    table(NoticeContactRow, t.noticeContacts),
    table(ServicesAdministratorRow, t.designations),
    table(InvitationRow, t.invitations),
    table(ServicesAdministratorRightRow, t.rights),
    table(SaServiceActivationRow, t.activations),
  ];
}
