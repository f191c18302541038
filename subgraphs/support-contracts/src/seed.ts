import type { SubgraphDeps } from '../../../common/subgraphServer';
import { DEMO_ORGS } from '../../../common/demo/organizations';
import { DEMO_USERS } from '../../../common/demo/users';
import { contractExpiry } from './domain/expiry';
import { responseTimeMinutes } from './domain/responseTime';
import { ProductScopeRow, SupportContractRow, SupportIncidentRow } from './store/entities';
import { PARTNER_BENEFIT_CONTRACTS } from './seedPartnerContracts';

const start = new Date('2026-03-01T00:00:00.000Z');
const oneYearLater = contractExpiry(start);
const lastYear = new Date('2025-01-10T00:00:00.000Z');

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

/** Demo contracts. Note 0230242323 (Contoso) and 230242323 (Fabrikam): different contracts (SUP-2). */
export const DEMO_CONTRACTS: SupportContractRow[] = [
  { id: 'sc-contoso-20pack', accessId: '0230242323', contractId: '1000200030', organizationId: DEMO_ORGS.contoso.id, kind: 'PRODUCT_SUPPORT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 17, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-contoso-expired', accessId: '0230240001', contractId: '1000100020', organizationId: DEMO_ORGS.contoso.id, kind: 'PRODUCT_SUPPORT', scope: 'ON_PREMISES', label: '5Pack Professional Support', incidentsGranted: 5, incidentsRemaining: 2, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: lastYear, expiresAt: contractExpiry(lastYear) },
  { id: 'sc-fabrikam-5pack', accessId: '230242323', contractId: '1000200030', organizationId: DEMO_ORGS.fabrikam.id, kind: 'PRODUCT_SUPPORT', scope: 'ON_PREMISES', label: '5Pack Professional Support', incidentsGranted: 5, incidentsRemaining: 5, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-tailspin-prs', accessId: '0450001234', contractId: '2000300040', organizationId: DEMO_ORGS.tailspin.id, kind: 'SA_PROBLEM_RESOLUTION', scope: 'ALL', label: 'SA Problem Resolution Support', incidentsGranted: 10, incidentsRemaining: 10, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-northwind-scs', accessId: '0037451200', contractId: '4648141', organizationId: DEMO_ORGS.northwind.id, kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD', label: '15 SCS-4648141-unk (0037xxxxx)', incidentsGranted: 15, incidentsRemaining: 12, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
];

function demoIncident(
  id: number,
  productId: string,
  severity: SupportIncidentRow['severity'],
  title: string,
  createdAt: string,
  status: SupportIncidentRow['status'],
  closedAt: string | null,
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
    createdAt: new Date(createdAt),
    updatedAt: new Date(closedAt ?? createdAt),
    closedAt: closedAt ? new Date(closedAt) : null,
  };
}

/** The three incidents already used on Contoso's 20-pack (20 granted, 17 left). */
export const DEMO_INCIDENTS: SupportIncidentRow[] = [
  demoIncident(1, 'prod-windows-server', 'B', 'Cluster node fails to rejoin after patching', '2026-03-12T10:15:00.000Z', 'RESOLVED', '2026-03-13T16:00:00.000Z'),
  demoIncident(2, 'prod-exchange-server', 'C', 'Mail flow delays to one partner domain', '2026-04-02T08:30:00.000Z', 'RESOLVED', '2026-04-06T12:00:00.000Z'),
  demoIncident(3, 'prod-sql-server', 'A', 'Availability group failover loops', '2026-06-10T07:45:00.000Z', 'OPEN', null),
];

export async function seedSupport({ db, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(SupportContractRow).count()) > 0) return;
  await db.transaction(async (tx) => {
    await tx.getRepository(SupportContractRow).insert([...DEMO_CONTRACTS, ...PARTNER_BENEFIT_CONTRACTS]);
    await tx.getRepository(ProductScopeRow).insert(PRODUCT_SCOPES);
    await tx.getRepository(SupportIncidentRow).insert(DEMO_INCIDENTS);
  });
  logger.info('support-contracts demo data seeded');
}
