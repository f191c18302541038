import type { SubgraphDeps } from '../../../common/subgraphServer';
import { DEMO_ORGS } from '../../../common/demo/organizations';
import { seedCalendar, type SeedCalendar } from '../../../common/demo/seedCalendar';
import {
  BenefitEntitlementRow,
  BenefitPackageRow,
  PartnerLocationRow,
  PartnerMembershipRow,
  type BenefitEntitlementKind,
} from './store/entities';

/**
 * Demo partners, one per tile status (acceptance 2), on any seeding day
 * (dates are days from it, common/demo/seedCalendar.ts; the dates below are
 * those of the test stack's 2026-06-15):
 * - northwind (GOLD): ACTIVE, HQ + 2 locations, a toolkit at Portland (PB-8);
 * - wingtip (SILVER, EMEA): NOT_ACTIVATED; enrolled 75 days before seeding, more than a month, so
 *   the proactive job leaves it (PB-3); its Manchester toolkit is for PB-9 requests;
 * - litware (NETWORK_MEMBER): NOT_ELIGIBLE (PB-7);
 * - proseware (GOLD, Taiwan): PROVISIONING, activated the day before seeding (2026-06-14), contract
 *   not yet recorded (it stays PROVISIONING however long the demo runs);
 * - adatum (ACTION_PACK, Australia): not activated, must request (PB-2);
 * - any user of an organisation without a membership (e.g. sue@contoso): USER_NOT_LINKED.
 */
export const demoMemberships = (cal: SeedCalendar): PartnerMembershipRow[] => [
  { id: 'pm-northwind', organizationId: DEMO_ORGS.northwind.id, program: 'GOLD', competencies: 'Cloud Platform,Data Analytics', membershipYear: cal.year, enrolledOn: cal.date(-156), partnerNumber: '4648141' },
  { id: 'pm-adatum', organizationId: DEMO_ORGS.adatum.id, program: 'ACTION_PACK', competencies: '', membershipYear: cal.year, enrolledOn: cal.date(-134), partnerNumber: '5100200' },
  { id: 'pm-litware', organizationId: DEMO_ORGS.litware.id, program: 'NETWORK_MEMBER', competencies: '', membershipYear: cal.year, enrolledOn: cal.date(-92), partnerNumber: '5200300' },
  { id: 'pm-wingtip', organizationId: DEMO_ORGS.wingtip.id, program: 'SILVER', competencies: 'Datacenter', membershipYear: cal.year, enrolledOn: cal.date(-75), partnerNumber: '5300400' },
  { id: 'pm-proseware', organizationId: DEMO_ORGS.proseware.id, program: 'GOLD', competencies: 'Cloud Productivity', membershipYear: cal.year, enrolledOn: cal.date(-26), partnerNumber: '5400500' },
];

type LocationSeed = Omit<PartnerLocationRow, 'isHeadquarters'> & { isHeadquarters?: boolean };
const loc = (l: LocationSeed): PartnerLocationRow => ({ isHeadquarters: false, ...l });

export const DEMO_LOCATIONS: PartnerLocationRow[] = [
  loc({ id: 'loc-northwind-hq', membershipId: 'pm-northwind', name: 'Northwind HQ', city: 'Seattle', country: 'US', region: 'NORTH_AMERICA', isHeadquarters: true, contactName: 'Ada Agent', contactEmail: 'ada@northwind.example' }),
  loc({ id: 'loc-northwind-portland', membershipId: 'pm-northwind', name: 'Northwind Portland', city: 'Portland', country: 'US', region: 'NORTH_AMERICA', contactName: 'Paul Porter', contactEmail: 'paul@northwind.example' }),
  loc({ id: 'loc-northwind-denver', membershipId: 'pm-northwind', name: 'Northwind Denver', city: 'Denver', country: 'US', region: 'NORTH_AMERICA', contactName: 'Dee Denton', contactEmail: 'dee@northwind.example' }),
  loc({ id: 'loc-adatum-hq', membershipId: 'pm-adatum', name: 'Adatum HQ', city: 'Sydney', country: 'AU', region: 'ASIA_PACIFIC', isHeadquarters: true, contactName: 'Pat Program', contactEmail: 'pat@adatum.example' }),
  loc({ id: 'loc-litware-hq', membershipId: 'pm-litware', name: 'Litware HQ', city: 'Berlin', country: 'DE', region: 'EMEA', isHeadquarters: true, contactName: 'Lea Program', contactEmail: 'lea@litware.example' }),
  loc({ id: 'loc-wingtip-hq', membershipId: 'pm-wingtip', name: 'Wingtip HQ', city: 'London', country: 'GB', region: 'EMEA', isHeadquarters: true, contactName: 'Will Program', contactEmail: 'will@wingtip.example' }),
  loc({ id: 'loc-wingtip-manchester', membershipId: 'pm-wingtip', name: 'Wingtip Manchester', city: 'Manchester', country: 'GB', region: 'EMEA', contactName: 'Mo Mancini', contactEmail: 'mo@wingtip.example' }),
  loc({ id: 'loc-proseware-hq', membershipId: 'pm-proseware', name: 'Proseware HQ', city: 'Taipei', country: 'TW', region: 'GREATER_CHINA', isHeadquarters: true, contactName: 'Pia Program', contactEmail: 'pia@proseware.example' }),
  loc({ id: 'loc-proseware-shanghai', membershipId: 'pm-proseware', name: 'Proseware Shanghai', city: 'Shanghai', country: 'CN', region: 'GREATER_CHINA', contactName: 'Shan Li', contactEmail: 'shan@proseware.example' }),
];

const notActivated = { activatedAt: null, activationMode: null, channel: null, activatedBy: null, recipientKind: null, recipientName: null, recipientEmail: null };

export const demoPackages = (cal: SeedCalendar): BenefitPackageRow[] => [
  { id: 'bp-northwind-core', membershipId: 'pm-northwind', kind: 'CORE', locationId: 'loc-northwind-hq', activatedAt: cal.at(-146, '10:00'), activationMode: 'PROACTIVE', channel: 'REGIONAL_SERVICE_CENTER', activatedBy: null, recipientKind: 'HEADQUARTERS_CONTACT', recipientName: 'Ada Agent', recipientEmail: 'ada@northwind.example' },
  { id: 'bp-northwind-abtk-portland', membershipId: 'pm-northwind', kind: 'ADDITIONAL_BUSINESS_TOOLKIT', locationId: 'loc-northwind-portland', activatedAt: cal.at(-133, '10:00'), activationMode: 'REQUESTED', channel: 'REGIONAL_SERVICE_CENTER', activatedBy: 'user-ada', recipientKind: 'LOCATION_CONTACT', recipientName: 'Paul Porter', recipientEmail: 'paul@northwind.example' },
  { id: 'bp-adatum-core', membershipId: 'pm-adatum', kind: 'CORE', locationId: 'loc-adatum-hq', ...notActivated },
  { id: 'bp-litware-core', membershipId: 'pm-litware', kind: 'CORE', locationId: 'loc-litware-hq', ...notActivated },
  { id: 'bp-wingtip-core', membershipId: 'pm-wingtip', kind: 'CORE', locationId: 'loc-wingtip-hq', ...notActivated },
  { id: 'bp-wingtip-abtk-manchester', membershipId: 'pm-wingtip', kind: 'ADDITIONAL_BUSINESS_TOOLKIT', locationId: 'loc-wingtip-manchester', ...notActivated },
  { id: 'bp-proseware-core', membershipId: 'pm-proseware', kind: 'CORE', locationId: 'loc-proseware-hq', activatedAt: cal.at(-1, '09:00'), activationMode: 'PROACTIVE', channel: 'REGIONAL_SERVICE_CENTER', activatedBy: null, recipientKind: 'HEADQUARTERS_CONTACT', recipientName: 'Pia Program', recipientEmail: 'pia@proseware.example' },
  { id: 'bp-proseware-abtk-shanghai', membershipId: 'pm-proseware', kind: 'ADDITIONAL_BUSINESS_TOOLKIT', locationId: 'loc-proseware-shanghai', ...notActivated },
];

/** The three dashboard entitlements of a package (PB-5/6), with the contract that backs each, if any. */
function entitlementsOf(packageId: string, contracts: Partial<Record<BenefitEntitlementKind, string>> = {}): BenefitEntitlementRow[] {
  const kinds: BenefitEntitlementKind[] = ['ADVISORY_HOURS', 'SIGNATURE_CLOUD_INCIDENTS', 'PRODUCT_SUPPORT_INCIDENTS'];
  const suffix: Record<BenefitEntitlementKind, string> = { ADVISORY_HOURS: 'adv', SIGNATURE_CLOUD_INCIDENTS: 'scs', PRODUCT_SUPPORT_INCIDENTS: 'ps' };
  return kinds.map((kind, position) => ({
    id: `ent-${packageId.slice(3)}-${suffix[kind]}`,
    packageId,
    kind,
    position,
    supportContractId: contracts[kind] ?? null,
  }));
}

export const DEMO_ENTITLEMENTS: BenefitEntitlementRow[] = [
  // Core: advisory hours and product support on one partner-benefit contract, Signature Cloud on its own pair of IDs (SUP-7).
  ...entitlementsOf('bp-northwind-core', { ADVISORY_HOURS: 'sc-pb-northwind-core', SIGNATURE_CLOUD_INCIDENTS: 'sc-northwind-scs', PRODUCT_SUPPORT_INCIDENTS: 'sc-pb-northwind-core' }),
  ...entitlementsOf('bp-northwind-abtk-portland', {
    ADVISORY_HOURS: 'sc-pb-northwind-portland',
    SIGNATURE_CLOUD_INCIDENTS: 'sc-pb-northwind-portland-scs',
    PRODUCT_SUPPORT_INCIDENTS: 'sc-pb-northwind-portland',
  }),
  ...entitlementsOf('bp-adatum-core'),
  ...entitlementsOf('bp-litware-core'),
  ...entitlementsOf('bp-wingtip-core'),
  ...entitlementsOf('bp-wingtip-abtk-manchester'),
  ...entitlementsOf('bp-proseware-core'),
  ...entitlementsOf('bp-proseware-abtk-shanghai'),
];

export async function seedBenefits({ db, clock, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(PartnerMembershipRow).count()) > 0) return;
  const cal = seedCalendar(clock.now());
  await db.transaction(async (tx) => {
    await tx.getRepository(PartnerMembershipRow).insert(demoMemberships(cal));
    await tx.getRepository(PartnerLocationRow).insert(DEMO_LOCATIONS);
    await tx.getRepository(BenefitPackageRow).insert(demoPackages(cal));
    await tx.getRepository(BenefitEntitlementRow).insert(DEMO_ENTITLEMENTS);
  });
  logger.info('partner-benefits demo data seeded');
}

