import { startStack, type Stack } from '../harness/stack';
import { LicenceRegistrationRow, LicenceRow } from '../../subgraphs/software-catalog/src/store/entities';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const catalogStatements = () => stack.subgraphs['software-catalog'].sqlStatements();

interface Version {
  version: string;
  downgradeRights?: { version: string }[];
}

describe('catalog (CSP-6)', () => {
  it('CSP-6 a licence of version n covers n-1 and n-2 of a perpetual product, without a token', async () => {
    const res = await stack.queryGateway<{ product: { latestVersion: Version; downgradeDepth: number; versions: Version[] } }>(`{
      product(id: "prod-office") {
        downgradeDepth
        latestVersion { version }
        versions { version downgradeRights { version } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.product).toEqual({
      downgradeDepth: 2,
      latestVersion: { version: '2024' },
      versions: [
        { version: '2024', downgradeRights: [{ version: '2021' }, { version: '2019' }] },
        { version: '2021', downgradeRights: [{ version: '2019' }, { version: '2016' }] },
        { version: '2019', downgradeRights: [{ version: '2016' }] },
        { version: '2016', downgradeRights: [] },
      ],
    });
  });

  it('CSP-6 the catalog knows products with shorter or no downgrade rights', async () => {
    const res = await stack.queryGateway<{ exchange: { latestVersion: Version }; m365: { downgradeDepth: number; latestVersion: Version } }>(`{
      exchange: product(id: "prod-exchange-server") { latestVersion { version downgradeRights { version } } }
      m365: product(id: "prod-m365") { downgradeDepth latestVersion { version downgradeRights { version } } }
    }`);
    expect(res.data).toEqual({
      exchange: { latestVersion: { version: '2019', downgradeRights: [{ version: '2016' }] } },
      m365: { downgradeDepth: 0, latestVersion: { version: 'Current Channel', downgradeRights: [] } },
    });
  });

  it('lists release dates, languages and editions of each version', async () => {
    const res = await stack.queryGateway<{ product: { versions: Record<string, unknown>[] } }>(
      '{ product(id: "prod-windows-server") { versions { version releaseDate languages editions } } }',
    );
    expect(res.data?.product.versions[0]).toEqual({
      version: '2022',
      releaseDate: '2021-08-18',
      languages: ['en-US', 'fr-FR', 'de-DE', 'ja-JP', 'id-ID'],
      editions: ['Standard', 'Datacenter'],
    });
  });

  it('searches the catalog with versions and alerts in a constant number of statements', async () => {
    const query = `query($first: Int) { products(first: $first) { nodes { id latestVersion { version downgradeRights { version } } versions { version } alerts { totalCount } } } }`;
    const run = async (first: number) => {
      const before = catalogStatements();
      const res = await stack.queryGateway<{ products: { nodes: unknown[] } }>(query, { variables: { first } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.products.nodes).toHaveLength(first);
      return catalogStatements() - before;
    };
    const small = await run(1);
    const large = await run(9);
    expect(large).toBe(small);
    // The page with its total, one batch of versions, one of alerts.
    expect(small).toBe(3);
  });
});

const MY_PRODUCTS = `{
  myProducts {
    totalCount
    nodes {
      product { id latestVersion { version } }
      source
      supportStatus
      alertsOptIn
      newAlertCount
      licenseStatus { actionNeeded licenses { totalCount nodes { licenseNumber renewalDate supportStatus userGroup role } } }
      lastDownloads { fileName fileDate downloadedAt version newerVersionAvailable }
    }
  }
}`;

interface MyProductNode {
  product: { id: string };
  source: string;
  supportStatus: string;
  alertsOptIn: boolean;
  newAlertCount: number;
  licenseStatus: { actionNeeded: string; licenses: { totalCount: number; nodes: Record<string, unknown>[] } };
  lastDownloads: Record<string, unknown>[];
}

async function myProducts(as: 'alice' | 'sue' | 'bob'): Promise<Map<string, MyProductNode>> {
  const res = await stack.queryGateway<{ myProducts: { nodes: MyProductNode[] } }>(MY_PRODUCTS, { as });
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.myProducts.nodes.map((n) => [n.product.id, n]));
}

const REGISTER = `mutation($input: RegisterMyProductInput!) { registerMyProduct(input: $input) { product { id } source } }`;

describe('My Products (MP-1, MP-4, MP-5, MP-6, MP-8)', () => {
  beforeEach(() => stack.clock.set('2026-06-15T09:00:00.000Z'));

  it('MP-4 support status is the state of the maintenance behind the licences', async () => {
    const mine = await myProducts('alice');
    expect(mine.get('prod-office')?.supportStatus).toBe('ACTIVE');
    expect(mine.get('prod-windows-server')?.supportStatus).toBe('EXPIRED');
    expect(mine.get('prod-visio')?.supportStatus).toBe('NO_LICENSE');
  });

  it('MP-5 asks to renew when maintenance expired and lists every registered licence number', async () => {
    const mine = await myProducts('alice');
    expect(mine.get('prod-windows-server')?.licenseStatus).toEqual({
      actionNeeded: 'RENEW',
      licenses: {
        totalCount: 1,
        nodes: [{ licenseNumber: '00234567', renewalDate: '2025-12-31', supportStatus: 'EXPIRED', userGroup: 'IT Operations', role: 'ADMINISTRATOR' }],
      },
    });
    expect(mine.get('prod-office')?.licenseStatus).toEqual({
      actionNeeded: 'NONE',
      licenses: {
        totalCount: 2,
        nodes: [
          { licenseNumber: '00123456', renewalDate: '2027-03-31', supportStatus: 'ACTIVE', userGroup: 'Finance', role: 'ADMINISTRATOR' },
          { licenseNumber: '00123457', renewalDate: '2026-01-31', supportStatus: 'EXPIRED', userGroup: 'Sales', role: 'ADMINISTRATOR' },
        ],
      },
    });
    expect(mine.get('prod-visio')?.licenseStatus.actionNeeded).toBe('REGISTER_LICENSE');
  });

  it('MP-1 registers a product by licence number, with the licence and the user role', async () => {
    const res = await stack.queryGateway(REGISTER, { as: 'sue', variables: { input: { licenseNumber: '00123456' } } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ registerMyProduct: { product: { id: 'prod-office' }, source: 'LICENSE_NUMBER' } });
    const office = (await myProducts('sue')).get('prod-office');
    expect(office?.licenseStatus.licenses.nodes).toEqual([
      { licenseNumber: '00123456', renewalDate: '2027-03-31', supportStatus: 'ACTIVE', userGroup: 'Finance', role: 'USER' },
    ]);
  });

  it('MP-1 registers a product picked from the product list', async () => {
    const res = await stack.queryGateway(REGISTER, { as: 'sue', variables: { input: { productId: 'prod-exchange-server' } } });
    expect(res.data).toEqual({ registerMyProduct: { product: { id: 'prod-exchange-server' }, source: 'PRODUCT_LIST' } });
    expect((await myProducts('sue')).get('prod-exchange-server')?.supportStatus).toBe('NO_LICENSE');
  });

  it('MP-1 needs exactly one of licence number and product (BAD_USER_INPUT)', async () => {
    const both = await stack.queryGateway(REGISTER, { as: 'sue', variables: { input: { licenseNumber: '00123456', productId: 'prod-office' } } });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const none = await stack.queryGateway(REGISTER, { as: 'sue', variables: { input: {} } });
    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("MP-1 answers another organisation's licence number with NOT_FOUND", async () => {
    const res = await stack.queryGateway(REGISTER, { as: 'alice', variables: { input: { licenseNumber: '00999001' } } });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('MP-6 marks alerts newer than the last visit of an opted-in product, and the marker resets on a visit', async () => {
    expect((await myProducts('alice')).get('prod-office')).toMatchObject({ alertsOptIn: true, newAlertCount: 1 });
    const visit = await stack.queryGateway('mutation { markProductNewsVisited(productId: "prod-office") { lastVisitedAt newAlertCount } }', { as: 'alice' });
    expect(visit.data).toEqual({ markProductNewsVisited: { lastVisitedAt: '2026-06-15T09:00:00.000Z', newAlertCount: 0 } });
  });

  it('MP-6 shows no marker until the user opts in for the product', async () => {
    expect((await myProducts('alice')).get('prod-windows-server')).toMatchObject({ alertsOptIn: false, newAlertCount: 0 });
    const res = await stack.queryGateway(
      'mutation { setProductAlertsOptIn(productId: "prod-windows-server", optIn: true) { alertsOptIn newAlertCount product { alerts { nodes { title publishedAt } } } } }',
      { as: 'alice' },
    );
    expect(res.data).toEqual({
      setProductAlertsOptIn: {
        alertsOptIn: true,
        newAlertCount: 1,
        product: { alerts: { nodes: [{ title: 'Windows Server 2012 R2 extended support has ended', publishedAt: '2026-03-01T08:00:00.000Z' }] } },
      },
    });
  });

  it('MP-8 lists downloads of the last two years only, saying when a newer version exists', async () => {
    expect((await myProducts('alice')).get('prod-office')?.lastDownloads).toEqual([
      {
        fileName: 'prod-office_2019_en-US_x64.iso',
        fileDate: '2018-09-24',
        downloadedAt: '2025-03-01T12:00:00.000Z',
        version: '2019',
        newerVersionAvailable: true,
      },
    ]);
  });

  it('MP-1 MP-8 a download adds the product to My Products and to the last downloads', async () => {
    const gen = await stack.queryGateway<{ generateKeysAndDownloads: { downloadLink: { id: string } } }>(
      `mutation { generateKeysAndDownloads(input: { subscriptionId: "sub-contoso-m365", version: "Current Channel", language: "en-US" }) { downloadLink { id } } }`,
      { as: 'alice' },
    );
    const linkId = gen.data!.generateKeysAndDownloads.downloadLink.id;
    const dl = await stack.queryGateway(`mutation($id: ID!) { downloadSoftware(linkId: $id) { link { id } } }`, { as: 'alice', variables: { id: linkId } });
    expect(dl.errors).toBeUndefined();
    const m365 = (await myProducts('alice')).get('prod-m365');
    expect(m365?.source).toBe('DOWNLOAD');
    expect(m365?.lastDownloads).toEqual([
      {
        fileName: 'prod-m365_Current Channel_en-US_x64.iso',
        fileDate: '2026-01-13',
        downloadedAt: '2026-06-15T09:00:00.000Z',
        version: 'Current Channel',
        newerVersionAvailable: false,
      },
    ]);
  });

  it("isolation: another organisation's user sees none of Contoso's My Products; no token is UNAUTHENTICATED", async () => {
    const bob = await stack.queryGateway<{ myProducts: { totalCount: number } }>('{ myProducts { totalCount } }', { as: 'bob' });
    expect(bob.data?.myProducts.totalCount).toBe(0);
    const anonymous = await stack.queryGateway('{ myProducts { totalCount } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('MP-5 a My Products page for 300 registered licences costs the same statements as one for 3', async () => {
    const count = async () => {
      const before = catalogStatements();
      const mine = await myProducts('alice');
      const licences = [...mine.values()].reduce((sum, p) => sum + p.licenseStatus.licenses.totalCount, 0);
      return { statements: catalogStatements() - before, licences };
    };
    const small = await count();
    expect(small.licences).toBe(3);

    const db = stack.subgraphs['software-catalog'].service.store.dataSource;
    const products = ['prod-office', 'prod-windows-server', 'prod-visio'];
    const extra = Array.from({ length: 297 }, (_, i) => ({
      licenseNumber: `09${String(i).padStart(6, '0')}`,
      orgId: 'org-contoso',
      productId: products[i % 3],
      renewalDate: i % 2 === 0 ? '2027-01-31' : '2026-01-31',
      userGroup: `Group ${i % 7}`,
    }));
    await db.getRepository(LicenceRow).insert(extra);
    await db.getRepository(LicenceRegistrationRow).insert(
      extra.map((l) => ({
        id: `reg-bulk-${l.licenseNumber}`,
        userId: 'user-alice',
        orgId: 'org-contoso',
        licenseNumber: l.licenseNumber,
        productId: l.productId,
        role: 'USER' as const,
        registeredAt: new Date('2026-06-01T00:00:00.000Z'),
      })),
    );
    const large = await count();
    expect(large.licences).toBe(300);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(8);
  });
});
