import type { SubgraphDeps } from '../../../common/subgraphServer';
import { DEMO_ORGS } from '../../../common/demo/organizations';
import { DEMO_USERS } from '../../../common/demo/users';
import { seedCalendar, type SeedCalendar } from '../../../common/demo/seedCalendar';
import { scsLabel } from './domain/contractCredentials';
import { contractExpiry } from './domain/expiry';
import { responseTimeMinutes } from './domain/responseTime';
import { ProductScopeRow, SupportContractRow, SupportIncidentRow } from './store/entities';
import { partnerBenefitContracts } from './seedPartnerContracts';

/**
 * Deployment of the catalog's demo products, by the same ids (the catalog owns
 * products; this reference table lets mutations check SUP-4 without calling it).
 */
export const PRODUCT_SCOPES: ProductScopeRow[] = [
  { productId: 'prod-windows-server', deployment: 'ON_PREMISES' },
  { productId: 'prod-sql-server', deployment: 'ON_PREMISES' },
  { productId: 'prod-exchange-server', deployment: 'ON_PREMISES' },
  { productId: 'prod-rds-cal', deployment: 'ON_PREMISES' },
  { productId: 'prod-office', deployment: 'ON_PREMISES' },
  { productId: 'prod-visio', deployment: 'ON_PREMISES' },
  { productId: 'prod-m365', deployment: 'CLOUD' },
  { productId: 'prod-azure', deployment: 'CLOUD' },
  { productId: 'prod-dynamics365', deployment: 'CLOUD' },
];

/**
 * Dates of the demo contracts, in days from the seeding day (common/demo/seedCalendar.ts): the
 * current ones started 106 days before it (2026-03-01 for the tests) and run a year (SUP-1); the
 * expired one started 521 days before (2025-01-10), so it expired months before any seeding day.
 */
function contractDates(cal: SeedCalendar): { start: Date; oneYearLater: Date; lastYear: Date } {
  const start = cal.day(-106);
  const lastYear = cal.day(-521);
  return { start, oneYearLater: contractExpiry(start), lastYear };
}

/**
 * Demo contracts. Note 0230242323 (Contoso) and 230242323 (Fabrikam): different contracts (SUP-2).
 * The SCS label is computed like a provisioned one's, so it names the year the contract started (SUP-8).
 */
export const demoContracts = ({ start, oneYearLater, lastYear }: ReturnType<typeof contractDates>): SupportContractRow[] => [
  { id: 'sc-contoso-20pack', accessId: '0230242323', contractId: '1000200030', organizationId: DEMO_ORGS.contoso.id, kind: 'PRODUCT_SUPPORT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 17, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-contoso-expired', accessId: '0230240001', contractId: '1000100020', organizationId: DEMO_ORGS.contoso.id, kind: 'PRODUCT_SUPPORT', scope: 'ON_PREMISES', label: '5Pack Professional Support', incidentsGranted: 5, incidentsRemaining: 2, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: lastYear, expiresAt: contractExpiry(lastYear) },
  { id: 'sc-fabrikam-5pack', accessId: '230242323', contractId: '1000200030', organizationId: DEMO_ORGS.fabrikam.id, kind: 'PRODUCT_SUPPORT', scope: 'ON_PREMISES', label: '5Pack Professional Support', incidentsGranted: 5, incidentsRemaining: 5, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-tailspin-prs', accessId: '0450001234', contractId: '2000300040', organizationId: DEMO_ORGS.tailspin.id, kind: 'SA_PROBLEM_RESOLUTION', scope: 'ALL', label: 'SA Problem Resolution Support', incidentsGranted: 10, incidentsRemaining: 10, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-northwind-scs', accessId: '0037451200', contractId: '4381907', organizationId: DEMO_ORGS.northwind.id, kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD', label: scsLabel(start, '4648141', '0037451200'), incidentsGranted: 15, incidentsRemaining: 12, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
];

function demoIncident(
  id: number,
  productId: string,
  severity: SupportIncidentRow['severity'],
  title: string,
  createdAt: Date,
  status: SupportIncidentRow['status'],
  closedAt: Date | null,
): SupportIncidentRow {
  return {
    id,
    supportContractId: 'sc-contoso-20pack',
    organizationId: DEMO_ORGS.contoso.id,
    userId: DEMO_USERS.sue.sub,
    productId,
    severity,
    title,
    description: title,
    status,
    responseTimeMinutes: responseTimeMinutes('PRODUCT_SUPPORT', severity),
    idempotencyKey: `seed-${id}`,
    createdAt,
    updatedAt: closedAt ?? createdAt,
    closedAt,
  };
}

/** The three incidents already used on Contoso's 20-pack (20 granted, 17 left): two resolved, one open since 5 days. */
export const demoIncidents = (cal: SeedCalendar): SupportIncidentRow[] => [
  demoIncident(1, 'prod-windows-server', 'B', 'Cluster node fails to rejoin after patching', cal.at(-95, '10:15'), 'RESOLVED', cal.at(-94, '16:00')),
  demoIncident(2, 'prod-exchange-server', 'C', 'Mail flow delays to one partner domain', cal.at(-74, '08:30'), 'RESOLVED', cal.at(-70, '12:00')),
  demoIncident(3, 'prod-sql-server', 'A', 'Availability group failover loops', cal.at(-5, '07:45'), 'OPEN', null),
];

export async function seedSupport({ db, clock, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(SupportContractRow).count()) > 0) return;
  const cal = seedCalendar(clock.now());
  await db.transaction(async (tx) => {
    await tx.getRepository(SupportContractRow).insert([...demoContracts(contractDates(cal)), ...partnerBenefitContracts(cal)]);
    await tx.getRepository(ProductScopeRow).insert(PRODUCT_SCOPES);
    await tx.getRepository(SupportIncidentRow).insert(demoIncidents(cal));
  });
  logger.info('support-contracts demo data seeded');
}
