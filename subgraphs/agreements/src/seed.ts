import type { SubgraphDeps } from '../../../common/subgraphServer';
import { ALL_DEMO_ORGS, DEMO_ORGS } from '../../../common/demo/organizations';
import { AgreementRow, LicenseLineRow, OrganizationRow } from './store/entities';

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
  });
  logger.info('agreements demo data seeded');
}
