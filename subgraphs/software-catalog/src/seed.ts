import type { SubgraphDeps } from '../../../common/subgraphServer';
import { DEMO_ORGS } from '../../../common/demo/organizations';
import { DEMO_USERS } from '../../../common/demo/users';
import { seedCalendar, type SeedCalendar } from '../../../common/demo/seedCalendar';
import { grantEntitlement, type EntitlementGrant } from './store/entitlementCommands';
import {
  ActivationCodeRow,
  LicenceRegistrationRow,
  LicenceRow,
  MyProductRow,
  ProductAlertRow,
  ProductRow,
  ProductVersionRow,
  SoftwareDownloadRow,
} from './store/entities';

/** Catalog products; ids are referenced by the agreements and support seeds. */
export const DEMO_PRODUCTS: ProductRow[] = [
  { id: 'prod-windows-server', name: 'Windows Server', family: 'Servers', deployment: 'ON_PREMISES', downgradeDepth: 2 },
  { id: 'prod-sql-server', name: 'SQL Server', family: 'Servers', deployment: 'ON_PREMISES', downgradeDepth: 2 },
  { id: 'prod-exchange-server', name: 'Exchange Server', family: 'Servers', deployment: 'ON_PREMISES', downgradeDepth: 1 },
  { id: 'prod-rds-cal', name: 'Windows Server Remote Desktop Services CAL', family: 'Servers', deployment: 'ON_PREMISES', downgradeDepth: null },
  { id: 'prod-office', name: 'Office Professional Plus', family: 'Applications', deployment: 'ON_PREMISES', downgradeDepth: 2 },
  { id: 'prod-visio', name: 'Visio Professional', family: 'Applications', deployment: 'ON_PREMISES', downgradeDepth: 2 },
  { id: 'prod-m365', name: 'Microsoft 365 E3', family: 'Online Services', deployment: 'CLOUD', downgradeDepth: null },
  { id: 'prod-azure', name: 'Azure', family: 'Online Services', deployment: 'CLOUD', downgradeDepth: null },
  { id: 'prod-dynamics365', name: 'Dynamics 365 Sales', family: 'Online Services', deployment: 'CLOUD', downgradeDepth: null },
];

const LANGS = 'en-US,fr-FR,de-DE,ja-JP,id-ID';

function versions(productId: string, editions: string, list: [string, string][]): ProductVersionRow[] {
  return list.map(([version, releaseDate], i) => ({
    id: `${productId}@${version}`,
    productId,
    version,
    ordinal: i + 1,
    releaseDate,
    languages: LANGS,
    editions,
  }));
}

/**
 * Released versions, oldest first (ordinal 1 is the oldest). Release dates are
 * the products' history and stay fixed; only Microsoft 365's Current Channel
 * is always recent (153 days before seeding, 2026-01-13 for the tests).
 */
export const demoVersions = (cal: SeedCalendar): ProductVersionRow[] => [
  ...versions('prod-windows-server', 'Standard,Datacenter', [['2012 R2', '2013-10-18'], ['2016', '2016-10-12'], ['2019', '2018-10-02'], ['2022', '2021-08-18']]),
  ...versions('prod-sql-server', 'Standard,Enterprise', [['2016', '2016-06-01'], ['2017', '2017-10-02'], ['2019', '2019-11-04'], ['2022', '2022-11-16']]),
  ...versions('prod-exchange-server', 'Standard,Enterprise', [['2013', '2012-12-03'], ['2016', '2015-10-01'], ['2019', '2018-10-22']]),
  ...versions('prod-rds-cal', 'User CAL,Device CAL', [['2016', '2016-10-12'], ['2019', '2018-10-02']]),
  ...versions('prod-office', 'Professional Plus,Standard', [['2016', '2015-09-22'], ['2019', '2018-09-24'], ['2021', '2021-10-05'], ['2024', '2024-10-01']]),
  ...versions('prod-visio', 'Professional,Standard', [['2019', '2018-09-24'], ['2021', '2021-10-05']]),
  ...versions('prod-m365', 'E3', [['Current Channel', cal.date(-153)]]),
];

/** News and alerts (MP-6), published days before seeding: Alice last visited Office between the two. */
export const demoAlerts = (cal: SeedCalendar): ProductAlertRow[] => [
  { id: 'alert-office-1', productId: 'prod-office', kind: 'NEWS', title: 'Office LTSC 2024 is available', publishedAt: cal.at(-74, '08:00') },
  { id: 'alert-office-2', productId: 'prod-office', kind: 'ALERT', title: 'Security update for Office 2019 click-to-run', publishedAt: cal.at(-5, '08:00') },
  { id: 'alert-ws-1', productId: 'prod-windows-server', kind: 'ALERT', title: 'Windows Server 2012 R2 extended support has ended', publishedAt: cal.at(-106, '08:00') },
];

/** The two CSP purchases the agreements seed records (Northwind resells to Contoso). */
export const DEMO_ENTITLEMENTS: EntitlementGrant[] = [
  { subscriptionId: 'sub-contoso-office', customerOrgId: DEMO_ORGS.contoso.id, partnerOrgId: DEMO_ORGS.northwind.id, productId: 'prod-office', purchaseKind: 'PERPETUAL' },
  { subscriptionId: 'sub-contoso-m365', customerOrgId: DEMO_ORGS.contoso.id, partnerOrgId: DEMO_ORGS.northwind.id, productId: 'prod-m365', purchaseKind: 'SUBSCRIPTION' },
];

const unredeemed = { redeemedAt: null, redeemedBy: null, licenseServerId: null };

/** RDS CAL 5x5 activation codes (CSP-7). */
export const DEMO_ACTIVATION_CODES: ActivationCodeRow[] = [
  { code: 'K7M2Q-8XR4T-6WPJ9-3HCVB-2DNFG', orgId: DEMO_ORGS.contoso.id, productId: 'prod-rds-cal', calVersion: '2016', calCount: 50, ...unredeemed },
  { code: 'Q4T8W-2BN6Y-7RJ3K-9MXPC-5HVDF', orgId: DEMO_ORGS.contoso.id, productId: 'prod-rds-cal', calVersion: '2019', calCount: 25, ...unredeemed },
  { code: 'P9D3F-6HK2M-4QW7R-8TVXB-3CJYG', orgId: DEMO_ORGS.contoso.id, productId: 'prod-rds-cal', calVersion: '2019', calCount: 10, ...unredeemed },
  { code: 'W3X9B-5CF7H-2KM4P-6QR8T-9VYJD', orgId: DEMO_ORGS.fabrikam.id, productId: 'prod-rds-cal', calVersion: '2019', calCount: 20, ...unredeemed },
];

/**
 * Licence numbers held by organisations (MP-5); leading zeros matter. Renewal
 * dates are days from seeding: 00123457 and 00234567 lapsed (RENEW), the others
 * run (in order: 2027-03-31, 2026-01-31, 2025-12-31, 2027-06-30, 2027-01-31 for the tests).
 */
export const demoLicences = (cal: SeedCalendar): LicenceRow[] => [
  { licenseNumber: '00123456', orgId: DEMO_ORGS.contoso.id, productId: 'prod-office', renewalDate: cal.date(289), userGroup: 'Finance' },
  { licenseNumber: '00123457', orgId: DEMO_ORGS.contoso.id, productId: 'prod-office', renewalDate: cal.date(-135), userGroup: 'Sales' },
  { licenseNumber: '00234567', orgId: DEMO_ORGS.contoso.id, productId: 'prod-windows-server', renewalDate: cal.date(-166), userGroup: 'IT Operations' },
  { licenseNumber: '00345678', orgId: DEMO_ORGS.contoso.id, productId: 'prod-sql-server', renewalDate: cal.date(380), userGroup: 'IT Operations' },
  { licenseNumber: '00999001', orgId: DEMO_ORGS.fabrikam.id, productId: 'prod-visio', renewalDate: cal.date(230), userGroup: 'Engineering' },
];

const alice = DEMO_USERS.alice;
const contoso = DEMO_ORGS.contoso.id;

/** Alice's My Products: Office and Windows Server by licence number, Visio from the list. */
export const demoMyProducts = (cal: SeedCalendar): MyProductRow[] => [
  { id: 'mp-alice-office', userId: alice.sub, orgId: contoso, productId: 'prod-office', registeredVia: 'LICENSE_NUMBER', registeredAt: cal.at(-134, '10:00'), alertsOptIn: true, lastVisitedAt: cal.at(-45, '10:00') },
  { id: 'mp-alice-ws', userId: alice.sub, orgId: contoso, productId: 'prod-windows-server', registeredVia: 'LICENSE_NUMBER', registeredAt: cal.at(-133, '10:00'), alertsOptIn: false, lastVisitedAt: null },
  { id: 'mp-alice-visio', userId: alice.sub, orgId: contoso, productId: 'prod-visio', registeredVia: 'PRODUCT_LIST', registeredAt: cal.at(-132, '10:00'), alertsOptIn: false, lastVisitedAt: null },
];

export const demoRegistrations = (cal: SeedCalendar): LicenceRegistrationRow[] => [
  { id: 'reg-alice-00123456', userId: alice.sub, orgId: contoso, licenseNumber: '00123456', productId: 'prod-office', role: 'ADMINISTRATOR', registeredAt: cal.at(-134, '10:00') },
  { id: 'reg-alice-00123457', userId: alice.sub, orgId: contoso, licenseNumber: '00123457', productId: 'prod-office', role: 'ADMINISTRATOR', registeredAt: cal.at(-134, '10:05') },
  { id: 'reg-alice-00234567', userId: alice.sub, orgId: contoso, licenseNumber: '00234567', productId: 'prod-windows-server', role: 'ADMINISTRATOR', registeredAt: cal.at(-133, '10:00') },
];

/** Alice's downloads: one within the last two years (471 days before seeding), one older (887 days) (MP-8). */
export const demoDownloads = (cal: SeedCalendar): SoftwareDownloadRow[] => [
  { id: 'dl-alice-office-2019', userId: alice.sub, orgId: contoso, productId: 'prod-office', version: '2019', fileName: 'prod-office_2019_en-US_x64.iso', fileDate: '2018-09-24', downloadedAt: cal.at(-471, '12:00') },
  { id: 'dl-alice-office-2016', userId: alice.sub, orgId: contoso, productId: 'prod-office', version: '2016', fileName: 'prod-office_2016_en-US_x64.iso', fileDate: '2015-09-22', downloadedAt: cal.at(-887, '12:00') },
];

/**
 * Deterministic demo data, dated in days from the seeding day (common/demo/seedCalendar.ts);
 * entitlements go through the same seam the purchase events will use.
 */
export async function seedCatalog({ db, clock, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(ProductRow).count()) > 0) return;
  const cal = seedCalendar(clock.now());
  await db.transaction(async (tx) => {
    await tx.getRepository(ProductRow).insert(DEMO_PRODUCTS);
    await tx.getRepository(ProductVersionRow).insert(demoVersions(cal));
    await tx.getRepository(ProductAlertRow).insert(demoAlerts(cal));
    for (const grant of DEMO_ENTITLEMENTS) await grantEntitlement(tx, grant, cal.at(-14, '09:00'));
    await tx.getRepository(ActivationCodeRow).insert(DEMO_ACTIVATION_CODES);
    await tx.getRepository(LicenceRow).insert(demoLicences(cal));
    await tx.getRepository(MyProductRow).insert(demoMyProducts(cal));
    await tx.getRepository(LicenceRegistrationRow).insert(demoRegistrations(cal));
    await tx.getRepository(SoftwareDownloadRow).insert(demoDownloads(cal));
  });
  logger.info('software-catalog demo data seeded');
}
