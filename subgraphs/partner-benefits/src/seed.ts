import type { SubgraphDeps } from '../../../common/subgraphServer';
import { DEMO_ORGS } from '../../../common/demo/organizations';
import { PartnerMembershipRow } from './store/entities';

export const DEMO_MEMBERSHIPS: PartnerMembershipRow[] = [
  { id: 'pm-northwind', organizationId: DEMO_ORGS.northwind.id, program: 'GOLD', competencies: 'Cloud Platform,Data Analytics', membershipYear: 2026, enrolledOn: '2026-01-10' },
  { id: 'pm-adatum', organizationId: DEMO_ORGS.adatum.id, program: 'ACTION_PACK', competencies: '', membershipYear: 2026, enrolledOn: '2026-02-01' },
  { id: 'pm-litware', organizationId: DEMO_ORGS.litware.id, program: 'NETWORK_MEMBER', competencies: '', membershipYear: 2026, enrolledOn: '2026-03-15' },
  { id: 'pm-wingtip', organizationId: DEMO_ORGS.wingtip.id, program: 'SILVER', competencies: 'Datacenter', membershipYear: 2026, enrolledOn: '2026-04-01' },
  { id: 'pm-proseware', organizationId: DEMO_ORGS.proseware.id, program: 'GOLD', competencies: 'Cloud Productivity', membershipYear: 2026, enrolledOn: '2026-05-20' },
];

export async function seedBenefits({ db, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(PartnerMembershipRow).count()) > 0) return;
  await db.getRepository(PartnerMembershipRow).insert(DEMO_MEMBERSHIPS);
  logger.info('partner-benefits demo data seeded');
}
