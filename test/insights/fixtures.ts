import type { DataSource } from 'typeorm';
import { AgreementRow, OrganizationRow, SaServiceActivationRow, type AgreementProgram } from '../../subgraphs/agreements/src/store/entities';
import { SupportContractRow, SupportIncidentRow, type IncidentStatus, type SupportContractKind } from '../../subgraphs/support-contracts/src/store/entities';
import {
  BenefitEntitlementRow,
  BenefitPackageRow,
  PartnerLocationRow,
  PartnerMembershipRow,
  type ActivationChannel,
  type PartnerProgram,
  type Region,
} from '../../subgraphs/partner-benefits/src/store/entities';
import { LicenceRow, MyProductRow, ProductRow, SoftwareDownloadRow, type RegisteredVia } from '../../subgraphs/software-catalog/src/store/entities';

/**
 * Rows the insight tests insert (into a store's data source: the stack's, or a
 * SQLite store of their own), described as plain facts so each test can
 * compute its expected figures from them (in JS, independently of the SQL
 * under test). Every id starts with `ins-` so a test can assert none leaks.
 */

export interface SaActivationFact {
  agreement: string;
  organization: string;
  program: AgreementProgram;
  service: string;
  entitled: number | null;
  assigned: number;
  activatedAt: string;
}

export async function insertSaActivations(db: DataSource, facts: readonly SaActivationFact[]): Promise<void> {
  const orgs = [...new Set(facts.map((f) => f.organization))];
  await db.getRepository(OrganizationRow).save(orgs.map((id) => ({ id, name: `Insight ${id}`, kind: 'CUSTOMER' as const, country: 'DE', region: 'EMEA' as const })));
  const agreements = new Map(facts.map((f) => [f.agreement, f] as const));
  await db.getRepository(AgreementRow).save(
    [...agreements.values()].map((f, i) => ({
      id: f.agreement,
      number: `55${String(i).padStart(8, '0')}${f.agreement.length}`,
      organizationId: f.organization,
      resellerPartnerId: null,
      program: f.program,
      status: 'ACTIVE' as const,
      startDate: '2026-01-01',
      endDate: '2028-12-31',
    })),
  );
  await db.getRepository(SaServiceActivationRow).insert(
    facts.map((f) => ({
      agreementId: f.agreement,
      service: f.service,
      entitledQuantity: f.entitled,
      assignedQuantity: f.assigned,
      activatedAt: new Date(f.activatedAt),
      activatedBy: 'ins-user',
      supportContractId: null,
    })),
  );
}

export interface IncidentFact {
  contract: string;
  kind: SupportContractKind;
  organization: string;
  status: IncidentStatus;
  createdAt: string;
}

let accessSerial = 0;
export async function insertIncidents(db: DataSource, facts: readonly IncidentFact[]): Promise<void> {
  const contracts = new Map(facts.map((f) => [f.contract, f] as const));
  await db.getRepository(SupportContractRow).save(
    [...contracts.values()].map((f) => {
      accessSerial++;
      return {
        id: f.contract,
        accessId: `9${String(accessSerial).padStart(9, '0')}`,
        contractId: `8${String(accessSerial).padStart(9, '0')}`,
        organizationId: f.organization,
        kind: f.kind,
        scope: 'ALL' as const,
        label: 'Insight Pack',
        incidentsGranted: 50,
        incidentsRemaining: 50,
        advisoryHoursGranted: 0,
        advisoryHoursRemaining: 0,
        startsAt: new Date('2026-12-01T00:00:00.000Z'),
        expiresAt: new Date('2027-12-01T00:00:00.000Z'),
      };
    }),
  );
  await db.getRepository(SupportIncidentRow).insert(
    facts.map((f, i) => ({
      supportContractId: f.contract,
      organizationId: f.organization,
      userId: `ins-user-${i}`,
      productId: 'prod-sql-server',
      severity: 'C' as const,
      title: `Insight incident ${i}`,
      description: 'Inserted by the insight tests.',
      status: f.status,
      responseTimeMinutes: 480,
      idempotencyKey: `ins-${f.contract}-${i}`,
      createdAt: new Date(f.createdAt),
      updatedAt: new Date(f.createdAt),
      closedAt: f.status === 'OPEN' ? null : new Date(f.createdAt),
    })),
  );
}

export interface PackageFact {
  id: string;
  organization: string;
  program: PartnerProgram;
  region: Region;
  channel: ActivationChannel | null;
  activatedAt: string | null;
  /** One entitlement per entry: whether its support contract is recorded. */
  contractsRecorded: boolean[];
}

export async function insertPackages(db: DataSource, facts: readonly PackageFact[]): Promise<void> {
  const orgs = [...new Map(facts.map((f) => [f.organization, f] as const)).values()];
  await db.getRepository(PartnerMembershipRow).save(
    orgs.map((f) => ({ id: `ins-m-${f.organization}`, organizationId: f.organization, program: f.program, competencies: '', membershipYear: 2027, enrolledOn: '2026-01-01', partnerNumber: '' })),
  );
  await db.getRepository(PartnerLocationRow).save(
    facts.map((f) => ({
      id: `ins-l-${f.id}`,
      membershipId: `ins-m-${f.organization}`,
      name: 'Insight site',
      city: 'Somewhere',
      country: 'DE',
      region: f.region,
      isHeadquarters: false,
      contactName: 'Insight Contact',
      contactEmail: 'contact@insight.example',
    })),
  );
  await db.getRepository(BenefitPackageRow).insert(
    facts.map((f) => ({
      id: f.id,
      membershipId: `ins-m-${f.organization}`,
      kind: 'ADDITIONAL_BUSINESS_TOOLKIT' as const,
      locationId: `ins-l-${f.id}`,
      activatedAt: f.activatedAt ? new Date(f.activatedAt) : null,
      activationMode: f.activatedAt ? ('REQUESTED' as const) : null,
      channel: f.channel,
      activatedBy: null,
      recipientKind: null,
      recipientName: null,
      recipientEmail: null,
    })),
  );
  await db.getRepository(BenefitEntitlementRow).insert(
    facts.flatMap((f) =>
      f.contractsRecorded.map((recorded, i) => ({
        id: `ins-e-${f.id}-${i}`,
        packageId: f.id,
        kind: 'PRODUCT_SUPPORT_INCIDENTS' as const,
        position: i,
        supportContractId: recorded ? `ins-sc-${f.id}-${i}` : null,
      })),
    ),
  );
}

export interface CatalogFacts {
  products: { id: string; name: string }[];
  registrations: { product: string; user: string; organization: string; via: RegisteredVia; at: string }[];
  downloads: { product: string; user: string; organization: string; at: string }[];
  licences: { number: string; product: string; organization: string; renewalDate: string }[];
}

export async function insertCatalogFacts(db: DataSource, facts: CatalogFacts): Promise<void> {
  await db.getRepository(ProductRow).save(facts.products.map((p) => ({ id: p.id, name: p.name, family: 'Insight family', deployment: 'ON_PREMISES' as const, downgradeDepth: null })));
  await db.getRepository(MyProductRow).insert(
    facts.registrations.map((r, i) => ({
      id: `ins-mp-${i}-${r.product}-${r.user}`,
      userId: r.user,
      orgId: r.organization,
      productId: r.product,
      registeredVia: r.via,
      registeredAt: new Date(r.at),
      alertsOptIn: false,
      lastVisitedAt: null,
    })),
  );
  await db.getRepository(SoftwareDownloadRow).insert(
    facts.downloads.map((d, i) => ({
      id: `ins-dl-${i}-${d.product}-${d.user}`,
      userId: d.user,
      orgId: d.organization,
      productId: d.product,
      version: '2027',
      fileName: 'insight.iso',
      fileDate: '2027-01-01',
      downloadedAt: new Date(d.at),
    })),
  );
  await db.getRepository(LicenceRow).insert(
    facts.licences.map((l) => ({ licenseNumber: l.number, orgId: l.organization, productId: l.product, renewalDate: l.renewalDate, userGroup: 'Insight group' })),
  );
}

/** Whether an instant lies in [from, until). */
export const inPeriod = (at: string, from: string, until: string): boolean =>
  new Date(at).getTime() >= Date.parse(`${from}T00:00:00.000Z`) && new Date(at).getTime() < Date.parse(`${until}T00:00:00.000Z`);

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
