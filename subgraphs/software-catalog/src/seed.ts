import type { SubgraphDeps } from '../../../common/subgraphServer';
import { ProductRow } from './store/entities';

/** Catalog products; ids are referenced by the agreements and support seeds. */
export const DEMO_PRODUCTS: ProductRow[] = [
  { id: 'prod-windows-server', name: 'Windows Server', family: 'Servers', deployment: 'ON_PREMISES' },
  { id: 'prod-sql-server', name: 'SQL Server', family: 'Servers', deployment: 'ON_PREMISES' },
  { id: 'prod-exchange-server', name: 'Exchange Server', family: 'Servers', deployment: 'ON_PREMISES' },
  { id: 'prod-rds-cal', name: 'Windows Server Remote Desktop Services CAL', family: 'Servers', deployment: 'ON_PREMISES' },
  { id: 'prod-office', name: 'Office Professional Plus', family: 'Applications', deployment: 'ON_PREMISES' },
  { id: 'prod-visio', name: 'Visio Professional', family: 'Applications', deployment: 'ON_PREMISES' },
  { id: 'prod-m365', name: 'Microsoft 365 E3', family: 'Online Services', deployment: 'CLOUD' },
  { id: 'prod-azure', name: 'Azure', family: 'Online Services', deployment: 'CLOUD' },
  { id: 'prod-dynamics365', name: 'Dynamics 365 Sales', family: 'Online Services', deployment: 'CLOUD' },
];

export async function seedCatalog({ db, logger }: SubgraphDeps): Promise<void> {
  if ((await db.getRepository(ProductRow).count()) > 0) return;
  await db.getRepository(ProductRow).insert(DEMO_PRODUCTS);
  logger.info('software-catalog demo data seeded');
}
