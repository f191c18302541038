import type { SubgraphDeps } from '../../../common/subgraphServer';
import { ALL_DEMO_ORGS, DEMO_ORGS } from '../../../common/demo/organizations';
import { seedCalendar } from '../../../common/demo/seedCalendar';
import { AgreementRow, LicenseLineRow, OrganizationRow, PartnerCustomerRow, SoftwareSubscriptionRow } from './store/entities';

/**
 * Deterministic demo data, loaded once into an empty store. Product ids
 * match the software catalog's seed. Dates are days from the seeding day
 * (common/demo/seedCalendar.ts); comments name them as the tests' 2026-06-15 sees them.
 */
export async function seedAgreements({ db, clock, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(OrganizationRow).count()) > 0) return;
  const cal = seedCalendar(clock.now());
  // Agreement ends, which are also the SA coverage of their lines.
  const eaEnds = cal.date(746); // 2028-06-30
  const fabrikamEnds = cal.date(564); // 2027-12-31
  const mpsaEnds = cal.date(685); // 2028-04-30
  await db.transaction(async (tx) => {
    await tx.getRepository(OrganizationRow).insert(ALL_DEMO_ORGS.map((o) => ({ ...o })));
    const agreements: Partial<AgreementRow>[] = [
      { id: 'agr-contoso-ea', number: '0065432101', organizationId: DEMO_ORGS.contoso.id, program: 'ENTERPRISE', status: 'ACTIVE', startDate: cal.date(-349), endDate: eaEnds },
      { id: 'agr-contoso-open', number: '0087654321', organizationId: DEMO_ORGS.contoso.id, program: 'OPEN', status: 'ACTIVE', startDate: cal.date(-836), endDate: cal.date(258) },
      { id: 'agr-contoso-csp', number: 'CSP-000123', organizationId: DEMO_ORGS.contoso.id, resellerPartnerId: DEMO_ORGS.northwind.id, program: 'CSP', status: 'ACTIVE', startDate: cal.date(-165), endDate: cal.date(199) },
      { id: 'agr-fabrikam-select', number: '0012345678', organizationId: DEMO_ORGS.fabrikam.id, program: 'SELECT', status: 'ACTIVE', startDate: cal.date(-530), endDate: fabrikamEnds },
      { id: 'agr-northwind-mpsa', number: '0099001122', organizationId: DEMO_ORGS.northwind.id, program: 'MPSA', status: 'ACTIVE', startDate: cal.date(-410), endDate: mpsaEnds },
    ];
    await tx.getRepository(AgreementRow).insert(agreements.map((a) => ({ resellerPartnerId: null, ...a })));
    const lines: LicenseLineRow[] = [
      { id: 'line-contoso-ea-1', agreementId: 'agr-contoso-ea', productId: 'prod-windows-server', quantity: 400, saCoveredUntil: eaEnds },
      { id: 'line-contoso-ea-2', agreementId: 'agr-contoso-ea', productId: 'prod-sql-server', quantity: 120, saCoveredUntil: eaEnds },
      { id: 'line-contoso-ea-3', agreementId: 'agr-contoso-ea', productId: 'prod-office', quantity: 2500, saCoveredUntil: eaEnds },
      { id: 'line-contoso-open-1', agreementId: 'agr-contoso-open', productId: 'prod-visio', quantity: 25, saCoveredUntil: null },
      { id: 'line-contoso-csp-1', agreementId: 'agr-contoso-csp', productId: 'prod-m365', quantity: 300, saCoveredUntil: null },
      { id: 'line-fabrikam-1', agreementId: 'agr-fabrikam-select', productId: 'prod-windows-server', quantity: 40, saCoveredUntil: fabrikamEnds },
      { id: 'line-northwind-1', agreementId: 'agr-northwind-mpsa', productId: 'prod-office', quantity: 60, saCoveredUntil: mpsaEnds },
    ];
    await tx.getRepository(LicenseLineRow).insert(lines);
    // CSP-1: Northwind may act for Contoso; Adatum has no relationship with Contoso (its purchases are refused).
    const relationships: PartnerCustomerRow[] = [
      { partnerId: DEMO_ORGS.northwind.id, customerId: DEMO_ORGS.contoso.id, since: cal.date(-226) },
      { partnerId: DEMO_ORGS.litware.id, customerId: DEMO_ORGS.fabrikam.id, since: cal.date(-791) },
    ];
    await tx.getRepository(PartnerCustomerRow).insert(relationships);
    // The software catalog seeds keys and entitlements for these two ids.
    const purchases: SoftwareSubscriptionRow[] = [
      {
        id: 'sub-contoso-office',
        customerId: DEMO_ORGS.contoso.id,
        partnerId: DEMO_ORGS.northwind.id,
        productId: 'prod-office',
        kind: 'PERPETUAL',
        quantity: 10,
        priceMinor: 439_990,
        currency: 'USD',
        purchasedAt: cal.at(-3, '10:00'), // within CSP-2's 7 days
        purchasedBy: 'user-ada',
        status: 'ACTIVE',
        cancelledAt: null,
        proratedCreditMinor: null,
      },
      {
        id: 'sub-contoso-m365',
        customerId: DEMO_ORGS.contoso.id,
        partnerId: DEMO_ORGS.northwind.id,
        productId: 'prod-m365',
        kind: 'SUBSCRIPTION',
        quantity: 300,
        priceMinor: 7_920_000,
        currency: 'USD',
        purchasedAt: cal.day(-165), // the CSP agreement's start
        purchasedBy: 'user-ada',
        status: 'ACTIVE',
        cancelledAt: null,
        proratedCreditMinor: null,
      },
    ];
    await tx.getRepository(SoftwareSubscriptionRow).insert(purchases);
  });
  logger.info('agreements demo data seeded');
}
