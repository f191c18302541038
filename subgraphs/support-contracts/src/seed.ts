import type { SubgraphDeps } from '../../../common/subgraphServer';
import { DEMO_ORGS } from '../../../common/demo/organizations';
import { SupportContractRow } from './store/entities';
import { PARTNER_BENEFIT_CONTRACTS } from './seedPartnerContracts';

const start = new Date('2026-03-01T00:00:00.000Z');
const oneYearLater = new Date('2027-03-01T00:00:00.000Z');

/** Demo contracts. Note 0230242323 (Contoso) and 230242323 (Fabrikam): different contracts (SUP-2). */
export const DEMO_CONTRACTS: SupportContractRow[] = [
  { id: 'sc-contoso-20pack', accessId: '0230242323', contractId: '1000200030', organizationId: DEMO_ORGS.contoso.id, kind: 'PRODUCT_SUPPORT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 17, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-fabrikam-5pack', accessId: '230242323', contractId: '1000200030', organizationId: DEMO_ORGS.fabrikam.id, kind: 'PRODUCT_SUPPORT', scope: 'ON_PREMISES', label: '5Pack Professional Support', incidentsGranted: 5, incidentsRemaining: 5, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
  { id: 'sc-northwind-scs', accessId: '0037451200', contractId: '4648141', organizationId: DEMO_ORGS.northwind.id, kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD', label: '15 SCS-4648141-unk (0037xxxxx)', incidentsGranted: 15, incidentsRemaining: 12, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: oneYearLater },
];

export async function seedSupport({ db, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(SupportContractRow).count()) > 0) return;
  await db.getRepository(SupportContractRow).insert([...DEMO_CONTRACTS, ...PARTNER_BENEFIT_CONTRACTS]);
  logger.info('support-contracts demo data seeded');
}
