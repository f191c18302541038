import type { SubgraphDeps } from '../../../common/subgraphServer';
import { ALL_DEMO_ORGS, DEMO_ORGS } from '../../../common/demo/organizations';
import { AgreementRow, LicenseLineRow, OrganizationRow, PartnerCustomerRow, SoftwareSubscriptionRow } from './store/entities';

/**
 * Deterministic demo data, loaded once into an empty store. Product ids
 * match the software catalog's seed.
 */
export async function seedAgreements({ db, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(OrganizationRow).count()) > 0) return;
  await db.transaction(async (tx) => {
    await tx.getRepository(OrganizationRow).insert(ALL_DEMO_ORGS.map((o) => ({ ...o })));
    const agreements: Partial<AgreementRow>[] = [
      { id: 'agr-contoso-ea', number: '0065432101', organizationId: DEMO_ORGS.contoso.id, program: 'ENTERPRISE', status: 'ACTIVE', startDate: '2025-07-01', endDate: '2028-06-30' },
      { id: 'agr-contoso-open', number: '0087654321', organizationId: DEMO_ORGS.contoso.id, program: 'OPEN', status: 'ACTIVE', startDate: '2024-03-01', endDate: '2027-02-28' },
      { id: 'agr-contoso-csp', number: 'CSP-000123', organizationId: DEMO_ORGS.contoso.id, resellerPartnerId: DEMO_ORGS.northwind.id, program: 'CSP', status: 'ACTIVE', startDate: '2026-01-01', endDate: '2026-12-31' },
      { id: 'agr-fabrikam-select', number: '0012345678', organizationId: DEMO_ORGS.fabrikam.id, program: 'SELECT', status: 'ACTIVE', startDate: '2025-01-01', endDate: '2027-12-31' },
      { id: 'agr-northwind-mpsa', number: '0099001122', organizationId: DEMO_ORGS.northwind.id, program: 'MPSA', status: 'ACTIVE', startDate: '2025-05-01', endDate: '2028-04-30' },
    ];
    await tx.getRepository(AgreementRow).insert(agreements.map((a) => ({ resellerPartnerId: null, ...a })));
    const lines: LicenseLineRow[] = [
      { id: 'line-contoso-ea-1', agreementId: 'agr-contoso-ea', productId: 'prod-windows-server', quantity: 400, saCoveredUntil: '2028-06-30' },
      { id: 'line-contoso-ea-2', agreementId: 'agr-contoso-ea', productId: 'prod-sql-server', quantity: 120, saCoveredUntil: '2028-06-30' },
      { id: 'line-contoso-ea-3', agreementId: 'agr-contoso-ea', productId: 'prod-office', quantity: 2500, saCoveredUntil: '2028-06-30' },
      { id: 'line-contoso-open-1', agreementId: 'agr-contoso-open', productId: 'prod-visio', quantity: 25, saCoveredUntil: null },
      { id: 'line-contoso-csp-1', agreementId: 'agr-contoso-csp', productId: 'prod-m365', quantity: 300, saCoveredUntil: null },
      { id: 'line-fabrikam-1', agreementId: 'agr-fabrikam-select', productId: 'prod-windows-server', quantity: 40, saCoveredUntil: '2027-12-31' },
      { id: 'line-northwind-1', agreementId: 'agr-northwind-mpsa', productId: 'prod-office', quantity: 60, saCoveredUntil: '2028-04-30' },
    ];
    await tx.getRepository(LicenseLineRow).insert(lines);
    // CSP-1: Northwind may act for Contoso; Adatum has no relationship with Contoso (its purchases are refused).
    const relationships: PartnerCustomerRow[] = [
      { partnerId: DEMO_ORGS.northwind.id, customerId: DEMO_ORGS.contoso.id, since: '2025-11-01' },
      { partnerId: DEMO_ORGS.litware.id, customerId: DEMO_ORGS.fabrikam.id, since: '2024-04-15' },
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
        purchasedAt: new Date('2026-06-12T10:00:00.000Z'),
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
        purchasedAt: new Date('2026-01-01T00:00:00.000Z'),
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
