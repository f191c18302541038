import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { openStore } from '../../common/database';
import { createLogger } from '../../common/logger';
import { agreementsStore } from '../../subgraphs/agreements/src/store';
import { saServiceInsights } from '../../subgraphs/agreements/src/store/insightQueries';
import { benefitsStore } from '../../subgraphs/partner-benefits/src/store';
import { activationInsights } from '../../subgraphs/partner-benefits/src/store/insightQueries';
import { catalogStore } from '../../subgraphs/software-catalog/src/store';
import { licencesToRenew, mostDownloadedProducts, mostRegisteredProducts } from '../../subgraphs/software-catalog/src/store/insightQueries';
import { supportStore } from '../../subgraphs/support-contracts/src/store';
import { incidentInsights } from '../../subgraphs/support-contracts/src/store/insightQueries';
import { insertCatalogFacts, insertIncidents, insertPackages, insertSaActivations } from './fixtures';

/**
 * `npm start` runs on embedded SQLite: the insight statements spell months and
 * elapsed times per dialect (`common/insights.ts`). The gateway tests cover
 * MySQL; this runs the same store functions on SQLite files.
 */

const logger = createLogger('insights-sqlite-test');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lgt-ins-${crypto.randomBytes(4).toString('hex')}-`));
const opened: DataSource[] = [];
const open = async (name: string, store: Parameters<typeof openStore>[1]) => {
  const { dataSource } = await openStore({ kind: 'sqlite', file: path.join(dir, `${name}.sqlite`) }, store, logger);
  opened.push(dataSource);
  return dataSource;
};
afterAll(async () => {
  await Promise.all(opened.map((d) => d.destroy()));
  fs.rmSync(dir, { recursive: true, force: true });
});

const period = { from: new Date('2027-01-01T00:00:00Z'), until: new Date('2027-03-01T00:00:00Z') };

describe('insight statements on SQLite', () => {
  it('AGR-6 sums activated SA services per program and service', async () => {
    const db = await open('agreements', agreementsStore);
    await insertSaActivations(db, [
      { agreement: 'ins-a1', organization: 'ins-o1', program: 'SELECT', service: 'TRAINING_VOUCHERS', entitled: 10, assigned: 3, activatedAt: '2027-01-05T00:00:00Z' },
      { agreement: 'ins-a2', organization: 'ins-o2', program: 'SELECT', service: 'TRAINING_VOUCHERS', entitled: 5, assigned: 5, activatedAt: '2027-02-05T00:00:00Z' },
      { agreement: 'ins-a3', organization: 'ins-o2', program: 'SELECT', service: 'TRAINING_VOUCHERS', entitled: 5, assigned: 5, activatedAt: '2027-03-05T00:00:00Z' },
    ]);
    expect(await saServiceInsights(db, { period })).toEqual([
      { program: 'SELECT', service: 'TRAINING_VOUCHERS', activatedCount: 2, agreementCount: 2, organizationCount: 2, entitledQuantity: 15, assignedQuantity: 8 },
    ]);
  });

  it('SUP-6 groups incidents by month and contract kind', async () => {
    const db = await open('support', supportStore);
    await insertIncidents(db, [
      { contract: 'ins-c1', kind: 'PRODUCT_SUPPORT', organization: 'ins-o1', status: 'NON_DECREMENT', createdAt: '2027-01-31T23:00:00Z' },
      { contract: 'ins-c1', kind: 'PRODUCT_SUPPORT', organization: 'ins-o1', status: 'OPEN', createdAt: '2027-02-01T01:00:00Z' },
    ]);
    expect((await incidentInsights(db, { period })).map((r) => [r.month, r.submitted, r.creditedBack, r.open])).toEqual([
      ['2027-01', 1, 1, 0],
      ['2027-02', 1, 0, 1],
    ]);
  });

  it('PB-5/6 measures waiting time against the given instant', async () => {
    const db = await open('benefits', benefitsStore);
    await insertPackages(db, [
      { id: 'ins-p1', organization: 'ins-o1', program: 'GOLD', region: 'EMEA', channel: 'REGIONAL_SERVICE_CENTER', activatedAt: '2027-01-10T00:00:00Z', contractsRecorded: [false] },
      { id: 'ins-p2', organization: 'ins-o1', program: 'GOLD', region: 'EMEA', channel: 'REGIONAL_SERVICE_CENTER', activatedAt: '2027-01-12T00:00:00Z', contractsRecorded: [false] },
    ]);
    const now = new Date('2027-01-13T00:00:00Z');
    const rows = await activationInsights(db, { period, now, delayedIfActivatedBy: new Date('2027-01-10T00:00:00Z') });
    expect(rows).toEqual([{ region: 'EMEA', channel: 'REGIONAL_SERVICE_CENTER', waiting: 2, delayed: 1, oldestWaitingSeconds: 3 * 86400, averageWaitingSeconds: 2 * 86400 }]);
  });

  it('MP-5 ranks products and counts licences to renew', async () => {
    const db = await open('catalog', catalogStore);
    await insertCatalogFacts(db, {
      products: [{ id: 'ins-x', name: 'Insight X' }],
      registrations: [{ product: 'ins-x', user: 'u1', organization: 'ins-o1', via: 'PRODUCT_LIST', at: '2027-01-02T00:00:00Z' }],
      downloads: [{ product: 'ins-x', user: 'u1', organization: 'ins-o1', at: '2027-01-02T00:00:00Z' }],
      licences: [{ number: 'ins-l1', product: 'ins-x', organization: 'ins-o1', renewalDate: '2027-01-01' }],
    });
    expect(await mostRegisteredProducts(db, { period, top: 5 })).toEqual([expect.objectContaining({ productName: 'Insight X', count: 1 })]);
    expect(await mostDownloadedProducts(db, { period, top: 5 })).toEqual([expect.objectContaining({ productName: 'Insight X', count: 1 })]);
    expect((await licencesToRenew(db, { today: '2027-02-01', dueBy: '2027-05-01' })).find((r) => r.productName === 'Insight X')).toMatchObject({ expired: 1, dueSoon: 0 });
  });
});
