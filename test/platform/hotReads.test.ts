import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { In, type DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { readSubgraphConfig } from '../../common/config';
import { openStore } from '../../common/database';
import type { Viewer } from '../../common/identity';
import { createLogger } from '../../common/logger';
import type { SubgraphName } from '../../common/services';
import { SUBGRAPH_DEFINITIONS } from '../../subgraphs/definitions';
import { agreementsOfOrganization } from '../../subgraphs/agreements/src/store/agreementQueries';
import { AgreementRow, LicenseLineRow, OrganizationRow, SaServiceActivationRow } from '../../subgraphs/agreements/src/store/entities';
import { createAgreementsLoaders } from '../../subgraphs/agreements/src/store/loaders';
import { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from '../../subgraphs/partner-benefits/src/store/entities';
import { createBenefitsLoaders } from '../../subgraphs/partner-benefits/src/store/loaders';
import { ProductRow, ProductVersionRow } from '../../subgraphs/software-catalog/src/store/entities';
import { createCatalogLoaders } from '../../subgraphs/software-catalog/src/store/loaders';
import { searchProducts } from '../../subgraphs/software-catalog/src/store/productQueries';
import { contractsUsableBy } from '../../subgraphs/support-contracts/src/store/contractQueries';
import { ContractLinkRow, SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import { createSupportLoaders } from '../../subgraphs/support-contracts/src/store/loaders';
import { dropDatabases, testDatabaseUrl } from '../harness/mysql';

/**
 * The hot read paths read plain SQL and map raw rows themselves (issue 19):
 * what they give must be exactly what TypeORM's repositories gave, on MySQL
 * and on the SQLite of `npm start` alike (dates as `YYYY-MM-DD`, datetimes
 * as Dates to the millisecond, booleans, integers, nulls, order). Each store
 * is seeded with the demo data, plus rows for the edges the seed lacks.
 */

const clock = new ManualClock('2026-06-15T09:00:00.000Z');
const logger = createLogger('hot-reads-test');
logger.level = 'warn';
const analyst: Viewer = { userId: 'user-ana', email: 'ana@ops.example', orgId: 'org-operator', orgKind: 'OPERATOR', roles: new Set(['analyst']) };
const ENV_PREFIX: Record<SubgraphName, string> = {
  agreements: 'AGREEMENTS',
  'support-contracts': 'SUPPORT_CONTRACTS',
  'software-catalog': 'SOFTWARE_CATALOG',
  'partner-benefits': 'PARTNER_BENEFITS',
};

/** Sorted copies, so a comparison does not depend on the order a loader is free to choose. */
const byId = <T extends { id: string | number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

async function openSeeded(name: SubgraphName, url: string): Promise<DataSource> {
  const config = readSubgraphConfig(name, { [`${ENV_PREFIX[name]}_DATABASE_URL`]: url, JWT_SECRET: 'x'.repeat(32), EVENT_SECRET: 'y'.repeat(32) });
  const { dataSource } = await openStore(config.database, SUBGRAPH_DEFINITIONS[name].store, logger);
  await SUBGRAPH_DEFINITIONS[name].seed?.({ db: dataSource, clock, logger, config });
  return dataSource;
}

/** Rows for the edges: milliseconds, nulls, a membership without locations, a package without entitlements, a product without versions. */
async function addEdgeRows(stores: Record<SubgraphName, DataSource>): Promise<void> {
  await stores['partner-benefits'].getRepository(PartnerMembershipRow).insert({
    id: 'pm-edge', organizationId: 'org-edge', program: 'GOLD', competencies: '', membershipYear: 2026, enrolledOn: '2026-02-28', partnerNumber: '',
  });
  await stores['partner-benefits'].getRepository(BenefitPackageRow).insert({
    id: 'bp-edge', membershipId: 'pm-edge', kind: 'CORE', locationId: 'loc-none', activatedAt: new Date('2026-03-01T10:20:30.456Z'), activationMode: 'PROACTIVE',
    channel: 'REGIONAL_SERVICE_CENTER', activatedBy: null, recipientKind: 'HEADQUARTERS_CONTACT', recipientName: 'E', recipientEmail: 'e@edge.example',
    contractsRequestedAt: new Date('2026-03-02T00:00:00.001Z'), contractRerequests: 2,
  });
  await stores.agreements.getRepository(SaServiceActivationRow).insert({
    agreementId: 'agr-fabrikam-select', service: 'EDGE_SERVICE', entitledQuantity: null, assignedQuantity: 3, activatedAt: new Date('2026-04-05T06:07:08.009Z'), activatedBy: 'user-edge',
  });
  await stores['support-contracts'].getRepository(SupportContractRow).insert({
    id: 'sc-edge', accessId: '0900000001', contractId: '0900000002', organizationId: 'org-edge', kind: 'PRODUCT_SUPPORT', scope: 'ALL', label: 'Edge',
    incidentsGranted: 3, incidentsRemaining: 1, advisoryHoursGranted: 0, advisoryHoursRemaining: 0,
    startsAt: new Date('2026-01-01T00:00:00.123Z'), expiresAt: new Date('2027-01-01T23:59:59.999Z'),
  });
  await stores['support-contracts'].getRepository(ContractLinkRow).insert([
    { userId: 'user-sue', supportContractId: 'sc-edge', organizationId: 'org-contoso', linkedAt: new Date('2026-02-01T00:00:00Z'), revokedAt: null, revokedBy: null },
  ]);
  await stores['software-catalog'].getRepository(ProductRow).insert({ id: 'prod-edge', name: 'Edge 100%_\\ Tool', family: 'Edge', deployment: 'CLOUD', downgradeDepth: null });
}

describe.each(['mysql', 'sqlite'] as const)('hot reads on %s give what TypeORM gave', (kind) => {
  const names = Object.keys(ENV_PREFIX) as SubgraphName[];
  const run = crypto.randomBytes(4).toString('hex');
  const dir = kind === 'sqlite' ? fs.mkdtempSync(path.join(os.tmpdir(), `lgt-hot-${run}-`)) : '';
  const databases = names.map((n) => `lgt_${run}_hot_${n.replace('-', '_')}`);
  let stores: Record<SubgraphName, DataSource>;

  beforeAll(async () => {
    const opened = await Promise.all(
      names.map((n, i) => openSeeded(n, kind === 'sqlite' ? `sqlite:${path.join(dir, `${n}.sqlite`)}` : testDatabaseUrl(databases[i]))),
    );
    stores = Object.fromEntries(names.map((n, i) => [n, opened[i]])) as Record<SubgraphName, DataSource>;
    await addEdgeRows(stores);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(Object.values(stores ?? {}).map((s) => s.destroy()));
    if (kind === 'sqlite') fs.rmSync(dir, { recursive: true, force: true });
    else await dropDatabases(databases);
  });

  it('PB-7 memberships come with their locations and packages with their entitlements, as the repositories read them', async () => {
    const db = stores['partner-benefits'];
    const memberships = await db.getRepository(PartnerMembershipRow).find();
    expect(memberships.length).toBeGreaterThan(3);
    const loaders = createBenefitsLoaders(db, analyst);
    const loaded = await loaders.membershipById.loadMany(memberships.map((m) => m.id));
    expect(loaded).toEqual(memberships);
    for (const m of memberships) {
      const locations = await db.getRepository(PartnerLocationRow).find({ where: { membershipId: m.id }, order: { isHeadquarters: 'DESC', id: 'ASC' } });
      expect(await loaders.locationsByMembershipId.load(m.id)).toEqual(locations);
      const packages = await db.getRepository(BenefitPackageRow).find({ where: { membershipId: m.id }, order: { id: 'ASC' } });
      expect(await loaders.packagesByMembershipId.load(m.id)).toEqual(packages);
      for (const p of packages) {
        const entitlements = await db.getRepository(BenefitEntitlementRow).find({ where: { packageId: p.id }, order: { position: 'ASC', id: 'ASC' } });
        expect(await loaders.entitlementsByPackageId.load(p.id)).toEqual(entitlements);
      }
    }
    expect(await loaders.locationsByMembershipId.load('pm-edge')).toEqual([]);
    expect(await loaders.entitlementsByPackageId.load('bp-edge')).toEqual([]);
    // Scoped as before: a partner reads its own membership only.
    const partner: Viewer = { userId: 'user-ada', email: 'ada@northwind.example', orgId: 'org-northwind', orgKind: 'PARTNER', roles: new Set(['program_admin']) };
    const own = createBenefitsLoaders(db, partner);
    expect(await own.membershipById.load('pm-edge')).toBeNull();
    expect((await own.membershipByOrganizationId.load('org-northwind'))?.id).toBe('pm-northwind');
    expect(await own.membershipByOrganizationId.load('org-edge')).toBeNull();
  });

  it('AGR-2 AGR-6 organisations, agreements, licence lines and SA activations, as the repositories read them', async () => {
    const db = stores.agreements;
    const loaders = createAgreementsLoaders(db);
    const organizations = await db.getRepository(OrganizationRow).find();
    expect(await loaders.organizationById.loadMany(organizations.map((o) => o.id))).toEqual(organizations);
    const agreements = await db.getRepository(AgreementRow).find();
    expect(await loaders.agreementById.loadMany(agreements.map((a) => a.id))).toEqual(agreements);
    expect(await loaders.agreementByNumber.loadMany(agreements.map((a) => a.number))).toEqual(agreements);
    const ids = agreements.map((a) => a.id);
    const lines = await loaders.licenseLinesByAgreementId.loadMany(ids);
    const activations = await loaders.activationsByAgreementId.loadMany(ids);
    for (const [i, id] of ids.entries()) {
      expect(lines[i]).toEqual(await db.getRepository(LicenseLineRow).find({ where: { agreementId: id }, order: { id: 'ASC' } }));
      expect(activations[i]).toEqual(await db.getRepository(SaServiceActivationRow).find({ where: { agreementId: id }, order: { service: 'ASC' } }));
    }
    expect(activations.flat()).toContainEqual(expect.objectContaining({ service: 'EDGE_SERVICE', entitledQuantity: null, activatedAt: new Date('2026-04-05T06:07:08.009Z') }));
  });

  it('AGR-2 a page of agreements carries the total of the organisation, past its end and at size 0 too', async () => {
    const db = stores.agreements;
    const org = 'org-contoso';
    const all = await db.getRepository(AgreementRow).find({ where: { organizationId: org }, order: { startDate: 'DESC', id: 'ASC' } });
    expect(all.length).toBeGreaterThan(2);
    const first = await agreementsOfOrganization(db, org, { first: 2 });
    expect(first.nodes).toEqual(all.slice(0, 2));
    expect(first.totalCount).toBe(all.length);
    const rest = await agreementsOfOrganization(db, org, { first: 50, after: first.pageInfo.endCursor });
    expect(rest.nodes).toEqual(all.slice(2));
    const past = await agreementsOfOrganization(db, org, { first: 5, after: rest.pageInfo.endCursor });
    expect([past.nodes, past.totalCount]).toEqual([[], all.length]);
    const none = await agreementsOfOrganization(db, org, { first: 0 });
    expect([none.nodes, none.totalCount]).toEqual([[], all.length]);
    const filtered = await agreementsOfOrganization(db, org, { first: 50, status: all[0].status, program: all[0].program });
    expect(filtered.nodes).toEqual(all.filter((a) => a.status === all[0].status && a.program === all[0].program));
    expect((await agreementsOfOrganization(db, 'org-nobody', { first: 5 })).totalCount).toBe(0);
  });

  it('SUP-2 SUP-3 contracts by id, by organisation and usable by a viewer, as the repositories read them', async () => {
    const db = stores['support-contracts'];
    const contracts = await db.getRepository(SupportContractRow).find();
    const loaders = createSupportLoaders(db, analyst);
    for (const c of contracts) expect(await loaders.readableContract(c.id)).toEqual(c);
    const orgs = [...new Set(contracts.map((c) => c.organizationId))];
    for (const org of orgs) {
      expect(await loaders.contractsOfOrganization(org)).toEqual(await db.getRepository(SupportContractRow).find({ where: { organizationId: org }, order: { id: 'ASC' } }));
    }
    const sue: Viewer = { userId: 'user-sue', email: 'sue@contoso.example', orgId: 'org-contoso', orgKind: 'CUSTOMER', roles: new Set(['support_user']) };
    const usable = await contractsUsableBy(db, sue);
    const linked = (await db.getRepository(ContractLinkRow).findBy({ userId: 'user-sue' })).filter((l) => l.revokedAt === null).map((l) => l.supportContractId);
    expect(usable).toEqual(
      await db.getRepository(SupportContractRow).find({ where: [{ organizationId: 'org-contoso' }, { id: In(linked) }], order: { id: 'ASC' } }),
    );
    expect(usable.map((c) => c.id)).toContain('sc-edge');
  });

  it('the catalog: products with their versions, and a search page with its total, as the repositories read them', async () => {
    const db = stores['software-catalog'];
    const products = await db.getRepository(ProductRow).find();
    const loaders = createCatalogLoaders(db, null, clock);
    expect(byId((await loaders.productById.loadMany(products.map((p) => p.id))) as ProductRow[])).toEqual(byId(products));
    for (const p of products) {
      expect(await loaders.versionsByProductId.load(p.id)).toEqual(await db.getRepository(ProductVersionRow).find({ where: { productId: p.id }, order: { ordinal: 'DESC' } }));
    }
    expect(await loaders.versionsByProductId.load('prod-edge')).toEqual([]);
    const sorted = [...products].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    const page = await searchProducts(db, { first: 3 });
    expect([page.nodes, page.totalCount]).toEqual([sorted.slice(0, 3), products.length]);
    const found = await searchProducts(db, { search: 'SERVER', first: 50 });
    expect(found.nodes).toEqual(sorted.filter((p) => p.name.toLowerCase().includes('server') || p.family.toLowerCase().includes('server')));
    expect(found.totalCount).toBe(found.nodes.length);
    // LIKE's wildcards in the search are searched for, not matched (MySQL's LIKE escapes with a backslash; SQLite's has no escape by default).
    if (kind === 'mysql') expect((await searchProducts(db, { search: '100%_', first: 5 })).nodes.map((p) => p.id)).toEqual(['prod-edge']);
  });
});
