import { startStack, type Stack } from '../harness/stack';
import {
  groupBy,
  inPeriod,
  insertCatalogFacts,
  insertIncidents,
  insertPackages,
  insertSaActivations,
  type CatalogFacts,
  type IncidentFact,
  type PackageFact,
  type SaActivationFact,
} from './fixtures';

/**
 * Issue 17, analysts: every insight on seeded data plus rows inserted here,
 * in 2027 (the demo data is dated around the stack clock's start, 2026-06-15,
 * so a 2027 period holds only these rows). Expected figures are computed in
 * JS from the inserted facts, never by the SQL under test.
 */

const NOW = '2027-03-10T12:00:00.000Z';
const FROM = '2027-01-01';
const UNTIL = '2027-03-01';
const EMPTY = { from: '2028-01-01', until: '2028-02-01' };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  stack.clock.set(NOW);
  await insertSaActivations(stack.subgraphs.agreements.service.store.dataSource, SA);
  await insertIncidents(stack.subgraphs['support-contracts'].service.store.dataSource, INCIDENTS);
  await insertPackages(stack.subgraphs['partner-benefits'].service.store.dataSource, PACKAGES);
  await insertCatalogFacts(stack.subgraphs['software-catalog'].service.store.dataSource, CATALOG);
});
afterAll(async () => {
  await stack?.stop();
});

const SA: SaActivationFact[] = [
  { agreement: 'ins-agr-1', organization: 'ins-org-1', program: 'ENTERPRISE', service: 'TRAINING_VOUCHERS', entitled: 10, assigned: 4, activatedAt: '2027-01-10T10:00:00Z' },
  { agreement: 'ins-agr-1', organization: 'ins-org-1', program: 'ENTERPRISE', service: 'HOME_USE_PROGRAM', entitled: null, assigned: 0, activatedAt: '2027-01-12T10:00:00Z' },
  { agreement: 'ins-agr-2', organization: 'ins-org-2', program: 'ENTERPRISE', service: 'TRAINING_VOUCHERS', entitled: 6, assigned: 6, activatedAt: '2027-02-03T10:00:00Z' },
  { agreement: 'ins-agr-3', organization: 'ins-org-2', program: 'ENTERPRISE', service: 'TRAINING_VOUCHERS', entitled: 4, assigned: 0, activatedAt: '2027-02-28T23:59:00Z' },
  { agreement: 'ins-agr-4', organization: 'ins-org-3', program: 'SELECT', service: 'TRAINING_VOUCHERS', entitled: 3, assigned: 1, activatedAt: '2027-02-20T10:00:00Z' },
  { agreement: 'ins-agr-4', organization: 'ins-org-3', program: 'SELECT', service: 'PROBLEM_RESOLUTION_SUPPORT', entitled: 5, assigned: 2, activatedAt: '2027-02-21T10:00:00Z' },
  // Outside the period (the first day after it): never counted.
  { agreement: 'ins-agr-5', organization: 'ins-org-3', program: 'SELECT', service: 'TRAINING_VOUCHERS', entitled: 9, assigned: 9, activatedAt: '2027-03-01T00:00:00Z' },
];

const INCIDENTS: IncidentFact[] = [
  ...(['OPEN', 'RESOLVED', 'NON_DECREMENT', 'RESOLVED'] as const).map((status, i) => ({ contract: 'ins-sc-1', kind: 'PRODUCT_SUPPORT' as const, organization: 'ins-org-1', status, createdAt: `2027-01-0${i + 1}T08:00:00Z` })),
  { contract: 'ins-sc-2', kind: 'PRODUCT_SUPPORT', organization: 'ins-org-2', status: 'NON_DECREMENT', createdAt: '2027-01-31T23:59:59Z' },
  { contract: 'ins-sc-2', kind: 'PRODUCT_SUPPORT', organization: 'ins-org-2', status: 'RESOLVED', createdAt: '2027-02-01T00:00:00Z' },
  { contract: 'ins-sc-3', kind: 'SIGNATURE_CLOUD_SUPPORT', organization: 'ins-org-3', status: 'NON_DECREMENT', createdAt: '2027-02-14T08:00:00Z' },
  { contract: 'ins-sc-3', kind: 'SIGNATURE_CLOUD_SUPPORT', organization: 'ins-org-3', status: 'OPEN', createdAt: '2027-02-15T08:00:00Z' },
  { contract: 'ins-sc-4', kind: 'SA_PROBLEM_RESOLUTION', organization: 'ins-org-1', status: 'RESOLVED', createdAt: '2027-02-16T08:00:00Z' },
  // Outside the period.
  { contract: 'ins-sc-4', kind: 'SA_PROBLEM_RESOLUTION', organization: 'ins-org-1', status: 'RESOLVED', createdAt: '2027-03-02T08:00:00Z' },
];

const PACKAGES: PackageFact[] = [
  // Waiting inside the propagation window (one day).
  { id: 'ins-p-1', organization: 'ins-partner-1', program: 'GOLD', region: 'EMEA', channel: 'REGIONAL_SERVICE_CENTER', activatedAt: '2027-03-09T12:00:00Z', contractsRecorded: [false, true] },
  // Waiting past it: PROVISIONING_DELAYED (nine days).
  { id: 'ins-p-2', organization: 'ins-partner-1', program: 'GOLD', region: 'EMEA', channel: 'REGIONAL_SERVICE_CENTER', activatedAt: '2027-03-01T12:00:00Z', contractsRecorded: [false, false] },
  // Exactly three days: delayed (the tile's rule is "at least 3 days").
  { id: 'ins-p-3', organization: 'ins-partner-2', program: 'ACTION_PACK', region: 'ASIA_PACIFIC', channel: 'TECHNICAL_SUPPORT', activatedAt: '2027-03-07T12:00:00Z', contractsRecorded: [false] },
  { id: 'ins-p-4', organization: 'ins-partner-2', program: 'ACTION_PACK', region: 'ASIA_PACIFIC', channel: 'TECHNICAL_SUPPORT', activatedAt: '2027-03-09T00:00:00Z', contractsRecorded: [false] },
  // Not waiting: every contract recorded, or not activated at all.
  { id: 'ins-p-5', organization: 'ins-partner-2', program: 'ACTION_PACK', region: 'ASIA_PACIFIC', channel: 'TECHNICAL_SUPPORT', activatedAt: '2027-03-08T00:00:00Z', contractsRecorded: [true, true] },
  { id: 'ins-p-6', organization: 'ins-partner-3', program: 'SILVER', region: 'NORTH_AMERICA', channel: null, activatedAt: null, contractsRecorded: [false] },
  // Waiting, but activated before the period asked for below.
  { id: 'ins-p-7', organization: 'ins-partner-3', program: 'SILVER', region: 'NORTH_AMERICA', channel: 'REGIONAL_SERVICE_CENTER', activatedAt: '2026-12-20T00:00:00Z', contractsRecorded: [false] },
];

const CATALOG: CatalogFacts = {
  products: [
    { id: 'ins-prod-a', name: 'Insight Alpha' },
    { id: 'ins-prod-b', name: 'Insight Beta' },
    { id: 'ins-prod-c', name: 'Insight Gamma' },
  ],
  registrations: [
    { product: 'ins-prod-a', user: 'ins-u1', organization: 'ins-org-1', via: 'LICENSE_NUMBER', at: '2027-01-05T10:00:00Z' },
    { product: 'ins-prod-a', user: 'ins-u2', organization: 'ins-org-1', via: 'PRODUCT_LIST', at: '2027-01-06T10:00:00Z' },
    { product: 'ins-prod-a', user: 'ins-u3', organization: 'ins-org-2', via: 'DOWNLOAD', at: '2027-02-06T10:00:00Z' },
    { product: 'ins-prod-b', user: 'ins-u1', organization: 'ins-org-1', via: 'LICENSE_NUMBER', at: '2027-02-07T10:00:00Z' },
    { product: 'ins-prod-c', user: 'ins-u1', organization: 'ins-org-1', via: 'LICENSE_NUMBER', at: '2027-03-07T10:00:00Z' },
  ],
  downloads: [
    ...[1, 2, 3, 4].map((d) => ({ product: 'ins-prod-b', user: `ins-u${d}`, organization: d < 3 ? 'ins-org-1' : 'ins-org-3', at: `2027-02-0${d}T10:00:00Z` })),
    { product: 'ins-prod-a', user: 'ins-u1', organization: 'ins-org-1', at: '2027-01-20T10:00:00Z' },
    { product: 'ins-prod-a', user: 'ins-u1', organization: 'ins-org-1', at: '2027-01-21T10:00:00Z' },
    { product: 'ins-prod-c', user: 'ins-u1', organization: 'ins-org-1', at: '2026-12-31T23:59:59Z' },
  ],
  licences: [
    { number: 'ins-lic-1', product: 'ins-prod-a', organization: 'ins-org-1', renewalDate: '2027-03-09' },
    { number: 'ins-lic-2', product: 'ins-prod-a', organization: 'ins-org-2', renewalDate: '2027-03-10' },
    { number: 'ins-lic-3', product: 'ins-prod-a', organization: 'ins-org-2', renewalDate: '2027-06-08' },
    { number: 'ins-lic-4', product: 'ins-prod-a', organization: 'ins-org-2', renewalDate: '2027-06-09' },
    { number: 'ins-lic-5', product: 'ins-prod-b', organization: 'ins-org-3', renewalDate: '2026-12-01' },
    { number: 'ins-lic-6', product: 'ins-prod-c', organization: 'ins-org-3', renewalDate: '2028-01-01' },
  ],
};

/** No inserted id, licence number, access id or contact reaches an analyst: counts and names only. */
function expectNoSecrets(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/ins-(agr|org|sc|p|m|l|e|prod|lic|mp|dl|u|partner)-?/);
  expect(text).not.toMatch(/contact@insight/);
}

const SA_QUERY = `query($from: Date, $until: Date, $program: AgreementProgram, $kind: SaServiceKind) {
  saServiceInsights(from: $from, until: $until, program: $program, kind: $kind) {
    program kind unit activatedCount agreementCount organizationCount entitledQuantity assignedQuantity remainingQuantity usedShare
  }
}`;

describe('saServiceInsights (agreements)', () => {
  it('AGR-6 counts activated SA services per program and service and sums their balance, from the inserted rows', async () => {
    const facts = SA.filter((f) => inPeriod(f.activatedAt, FROM, UNTIL));
    const expected = [...groupBy(facts, (f) => `${f.program}|${f.service}`).values()]
      .map((g) => {
        const counted = g[0].entitled !== null;
        const entitled = g.reduce((s, f) => s + (f.entitled ?? 0), 0);
        const assigned = g.reduce((s, f) => s + f.assigned, 0);
        return {
          program: g[0].program,
          kind: g[0].service,
          activatedCount: g.length,
          agreementCount: new Set(g.map((f) => f.agreement)).size,
          organizationCount: new Set(g.map((f) => f.organization)).size,
          entitledQuantity: counted ? entitled : null,
          assignedQuantity: counted ? assigned : null,
          remainingQuantity: counted ? entitled - assigned : null,
          usedShare: counted && entitled > 0 ? assigned / entitled : null,
        };
      })
      .sort((a, b) => a.program.localeCompare(b.program) || a.kind.localeCompare(b.kind));
    const res = await stack.queryGateway<{ saServiceInsights: Record<string, unknown>[] }>(SA_QUERY, { as: 'ana', variables: { from: FROM, until: UNTIL } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saServiceInsights.map(({ unit: _unit, ...rest }) => rest)).toEqual(expected);
    expect(res.data!.saServiceInsights.find((r) => r.kind === 'TRAINING_VOUCHERS')?.unit).toBe('DAYS');
    expectNoSecrets(res);
  });

  it('AGR-6 filters by program and service, and answers an empty period with an empty list', async () => {
    const filtered = await stack.queryGateway<{ saServiceInsights: { program: string; kind: string; activatedCount: number }[] }>(SA_QUERY, {
      as: 'ana',
      variables: { from: FROM, until: UNTIL, program: 'SELECT', kind: 'TRAINING_VOUCHERS' },
    });
    const expected = SA.filter((f) => inPeriod(f.activatedAt, FROM, UNTIL) && f.program === 'SELECT' && f.service === 'TRAINING_VOUCHERS').length;
    expect(filtered.data!.saServiceInsights).toEqual([expect.objectContaining({ program: 'SELECT', kind: 'TRAINING_VOUCHERS', activatedCount: expected })]);
    const empty = await stack.queryGateway<{ saServiceInsights: unknown[] }>(SA_QUERY, { as: 'ana', variables: EMPTY });
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.saServiceInsights).toEqual([]);
  });
});

const INCIDENT_QUERY = `query($from: Date, $until: Date, $kind: SupportContractKind) {
  supportIncidentInsights(from: $from, until: $until, kind: $kind) { month contractKind submitted creditedBack consumed open contracts organizations }
}`;

describe('supportIncidentInsights (support-contracts)', () => {
  it('SUP-6 counts incidents consumed per contract kind and month and how many were credited back, from the inserted rows', async () => {
    const facts = INCIDENTS.filter((f) => inPeriod(f.createdAt, FROM, UNTIL));
    const expected = [...groupBy(facts, (f) => `${f.createdAt.slice(0, 7)}|${f.kind}`).values()]
      .map((g) => {
        const credited = g.filter((f) => f.status === 'NON_DECREMENT').length;
        return {
          month: g[0].createdAt.slice(0, 7),
          contractKind: g[0].kind,
          submitted: g.length,
          creditedBack: credited,
          consumed: g.length - credited,
          open: g.filter((f) => f.status === 'OPEN').length,
          contracts: new Set(g.map((f) => f.contract)).size,
          organizations: new Set(g.map((f) => f.organization)).size,
        };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || a.contractKind.localeCompare(b.contractKind));
    const res = await stack.queryGateway<{ supportIncidentInsights: unknown[] }>(INCIDENT_QUERY, { as: 'ana', variables: { from: FROM, until: UNTIL } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.supportIncidentInsights).toEqual(expected);
    expectNoSecrets(res);
  });

  it('SUP-5 filters by contract kind, and answers an empty period with an empty list', async () => {
    const cloud = await stack.queryGateway<{ supportIncidentInsights: { submitted: number }[] }>(INCIDENT_QUERY, {
      as: 'ana',
      variables: { from: FROM, until: UNTIL, kind: 'SIGNATURE_CLOUD_SUPPORT' },
    });
    const expected = INCIDENTS.filter((f) => f.kind === 'SIGNATURE_CLOUD_SUPPORT' && inPeriod(f.createdAt, FROM, UNTIL)).length;
    expect(cloud.data!.supportIncidentInsights.map((r) => r.submitted)).toEqual([expected]);
    const empty = await stack.queryGateway<{ supportIncidentInsights: unknown[] }>(INCIDENT_QUERY, { as: 'ana', variables: EMPTY });
    expect(empty.data!.supportIncidentInsights).toEqual([]);
  });
});

const BENEFIT_QUERY = `query($from: Date, $until: Date, $region: Region, $channel: ActivationChannel) {
  benefitActivationInsights(from: $from, until: $until, region: $region, channel: $channel) {
    region channel waiting delayed withinPropagationWindow oldestWaitingHours averageWaitingHours
  }
}`;

describe('benefitActivationInsights (partner-benefits)', () => {
  const hoursSince = (at: string) => (Date.parse(NOW) - Date.parse(at)) / 3_600_000;
  const round1 = (n: number) => Math.round(n * 10) / 10;

  it('PB-9 counts activations waiting for their contracts by region and channel, and for how long (PB-5/6: delayed after 3 days)', async () => {
    const periodFrom = '2027-01-01';
    const waiting = PACKAGES.filter((p) => p.activatedAt && inPeriod(p.activatedAt, periodFrom, '2027-04-01') && p.contractsRecorded.includes(false));
    const expected = [...groupBy(waiting, (p) => `${p.region}|${p.channel}`).values()]
      .map((g) => {
        const hours = g.map((p) => hoursSince(p.activatedAt!));
        const delayed = hours.filter((h) => h >= 72).length;
        return {
          region: g[0].region,
          channel: g[0].channel,
          waiting: g.length,
          delayed,
          withinPropagationWindow: g.length - delayed,
          oldestWaitingHours: round1(Math.max(...hours)),
          averageWaitingHours: round1(hours.reduce((s, h) => s + h, 0) / hours.length),
        };
      })
      .sort((a, b) => a.region.localeCompare(b.region) || String(a.channel).localeCompare(String(b.channel)));
    expect(expected.map((e) => e.waiting)).toEqual([2, 2]); // the fixture says what it means to test
    const res = await stack.queryGateway<{ benefitActivationInsights: unknown[] }>(BENEFIT_QUERY, { as: 'ana', variables: { from: periodFrom, until: '2027-04-01' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.benefitActivationInsights).toEqual(expected);
    expectNoSecrets(res);
  });

  it('PB-9 filters by region and channel, and answers an empty period with an empty list', async () => {
    const emea = await stack.queryGateway<{ benefitActivationInsights: { region: string; waiting: number }[] }>(BENEFIT_QUERY, {
      as: 'ana',
      variables: { from: '2027-01-01', region: 'EMEA', channel: 'REGIONAL_SERVICE_CENTER' },
    });
    expect(emea.data!.benefitActivationInsights).toEqual([expect.objectContaining({ region: 'EMEA', waiting: 2, delayed: 1 })]);
    const empty = await stack.queryGateway<{ benefitActivationInsights: unknown[] }>(BENEFIT_QUERY, { as: 'ana', variables: EMPTY });
    expect(empty.data!.benefitActivationInsights).toEqual([]);
  });

  it('PB-5/6 waiting times follow the injected clock, not the wall clock', async () => {
    stack.clock.set('2027-03-11T12:00:00.000Z');
    try {
      const res = await stack.queryGateway<{ benefitActivationInsights: { region: string; delayed: number; oldestWaitingHours: number }[] }>(BENEFIT_QUERY, {
        as: 'ana',
        variables: { from: '2027-01-01', region: 'EMEA' },
      });
      // A day later: ins-p-2 waited 10 days; ins-p-1 two days (still inside the window).
      expect(res.data!.benefitActivationInsights).toEqual([expect.objectContaining({ delayed: 1, oldestWaitingHours: 240 })]);
    } finally {
      stack.clock.set(NOW);
    }
  });
});

const CATALOG_QUERY = `query($from: Date, $until: Date, $top: Int, $via: MyProductSource, $days: Int) {
  catalogInsights(from: $from, until: $until, top: $top) {
    mostRegistered(via: $via) { productName family count users organizations }
    mostDownloaded { productName family count users organizations }
    licencesToRenew(dueWithinDays: $days) { productName family expired dueSoon organizations }
  }
}`;

type Ranked = { productName: string; family: string; count: number; users: number; organizations: number };

describe('catalogInsights (software-catalog)', () => {
  const nameOf = (id: string) => CATALOG.products.find((p) => p.id === id)!.name;
  function ranking(rows: { product: string; user: string; organization: string }[]): Ranked[] {
    return [...groupBy(rows, (r) => r.product).values()]
      .map((g) => ({
        productName: nameOf(g[0].product),
        family: 'Insight family',
        count: g.length,
        users: new Set(g.map((r) => r.user)).size,
        organizations: new Set(g.map((r) => r.organization)).size,
      }))
      .sort((a, b) => b.count - a.count || a.productName.localeCompare(b.productName));
  }

  it('MP-1 and MP-8 rank the products registered and downloaded most in the period, from the inserted rows', async () => {
    const res = await stack.queryGateway<{ catalogInsights: { mostRegistered: Ranked[]; mostDownloaded: Ranked[] } }>(CATALOG_QUERY, {
      as: 'ana',
      variables: { from: FROM, until: UNTIL },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.catalogInsights.mostRegistered).toEqual(ranking(CATALOG.registrations.filter((r) => inPeriod(r.at, FROM, UNTIL))));
    expect(res.data!.catalogInsights.mostDownloaded).toEqual(ranking(CATALOG.downloads.filter((r) => inPeriod(r.at, FROM, UNTIL))));
    expect(res.data!.catalogInsights.mostDownloaded[0].productName).toBe('Insight Beta');
    expectNoSecrets(res);
  });

  it('MP-1 filters registrations by how they came and cuts rankings to top; an empty period ranks nothing', async () => {
    const res = await stack.queryGateway<{ catalogInsights: { mostRegistered: Ranked[]; mostDownloaded: Ranked[] } }>(CATALOG_QUERY, {
      as: 'ana',
      variables: { from: FROM, until: UNTIL, via: 'LICENSE_NUMBER', top: 1 },
    });
    expect(res.data!.catalogInsights.mostRegistered).toEqual(
      ranking(CATALOG.registrations.filter((r) => r.via === 'LICENSE_NUMBER' && inPeriod(r.at, FROM, UNTIL))).slice(0, 1),
    );
    expect(res.data!.catalogInsights.mostDownloaded).toHaveLength(1);
    const empty = await stack.queryGateway<{ catalogInsights: { mostRegistered: Ranked[]; mostDownloaded: Ranked[] } }>(CATALOG_QUERY, { as: 'ana', variables: EMPTY });
    expect(empty.data!.catalogInsights).toMatchObject({ mostRegistered: [], mostDownloaded: [] });
  });

  it('MP-5 counts licences to renew per product as of the injected clock: expired, and ending within the window', async () => {
    const today = NOW.slice(0, 10);
    const dueBy = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
    const expected = [...groupBy(CATALOG.licences.filter((l) => l.renewalDate <= dueBy), (l) => l.product).values()]
      .map((g) => ({
        productName: nameOf(g[0].product),
        family: 'Insight family',
        expired: g.filter((l) => l.renewalDate < today).length,
        dueSoon: g.filter((l) => l.renewalDate >= today).length,
        organizations: new Set(g.map((l) => l.organization)).size,
      }))
      .sort((a, b) => a.productName.localeCompare(b.productName));
    const res = await stack.queryGateway<{ catalogInsights: { licencesToRenew: { productName: string }[] } }>(CATALOG_QUERY, { as: 'ana' });
    expect(res.errors).toBeUndefined();
    // Seeded licences are there too (dated around 2026-06-15, all expired by 2027): compare the inserted products.
    expect(res.data!.catalogInsights.licencesToRenew.filter((r) => r.productName.startsWith('Insight '))).toEqual(expected);
    expect(expected).toEqual([expect.objectContaining({ productName: 'Insight Alpha', expired: 1, dueSoon: 2 }), expect.objectContaining({ productName: 'Insight Beta', expired: 1, dueSoon: 0 })]);
  });
});

describe('organizations (agreements)', () => {
  const QUERY = `query($search: String, $kind: OrganizationKind, $first: Int, $after: String) {
    organizations(search: $search, kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name kind } }
  }`;
  type Page = { organizations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { name: string; kind: string }[] } };

  it('AGR-1 lets analysts page through every organisation, by name, filtered by text and kind', async () => {
    const first = await stack.queryGateway<Page>(QUERY, { as: 'ana', variables: { search: 'INSIGHT ins-org', kind: 'CUSTOMER', first: 2 } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.organizations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ name: 'Insight ins-org-1' }, { name: 'Insight ins-org-2' }] });
    const next = await stack.queryGateway<Page>(QUERY, { as: 'ana', variables: { search: 'insight ins-org', first: 2, after: first.data!.organizations.pageInfo.endCursor } });
    expect(next.data!.organizations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [{ name: 'Insight ins-org-3', kind: 'CUSTOMER' }] });
    const partners = await stack.queryGateway<Page>(QUERY, { as: 'ana', variables: { kind: 'PARTNER', first: 200 } });
    expect(partners.data!.organizations.nodes.length).toBeGreaterThan(0);
    expect(partners.data!.organizations.nodes.every((n) => n.kind === 'PARTNER')).toBe(true);
  });

  it('AGR-1 keeps the usual page limits: first over 200 and a forged cursor are BAD_USER_INPUT', async () => {
    const big = await stack.queryGateway(QUERY, { as: 'ana', variables: { first: 201 } });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await stack.queryGateway(QUERY, { as: 'ana', variables: { after: 'bm90LWEtY3Vyc29y' } });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who may ask (analysts only)', () => {
  const ALL = `{
    organizations { totalCount }
    saServiceInsights { activatedCount }
    supportIncidentInsights { submitted }
    benefitActivationInsights { waiting }
    catalogInsights { mostRegistered { count } mostDownloaded { count } licencesToRenew { expired } }
  }`;
  /** One operation per field: a refused non-null field nulls its whole subgraph fetch, hiding a sibling's error. */
  const ONE_BY_ONE: Record<string, string> = {
    organizations: '{ organizations { totalCount } }',
    saServiceInsights: '{ saServiceInsights { activatedCount } }',
    supportIncidentInsights: '{ supportIncidentInsights { submitted } }',
    benefitActivationInsights: '{ benefitActivationInsights { waiting } }',
    catalogInsights: '{ catalogInsights { mostRegistered { count } } }',
  };
  async function codesByField(options: { as?: 'bob' | 'ada' | 'sid'; authorization?: string }): Promise<Record<string, unknown>> {
    const codes: Record<string, unknown> = {};
    for (const [field, query] of Object.entries(ONE_BY_ONE)) {
      const res = await stack.queryGateway(query, options);
      expect(res.data?.[field] ?? null).toBeNull();
      codes[field] = [...new Set(res.errors?.map((e) => e.extensions?.code))].join(',');
    }
    return codes;
  }
  const all = (code: string) => Object.fromEntries(Object.keys(ONE_BY_ONE).map((f) => [f, code]));

  it('AGR-1 SUP-6 PB-9 MP-5 answer an analyst of the operator organisation, twice alike', async () => {
    const once = await stack.queryGateway(ALL, { as: 'ana' });
    const twice = await stack.queryGateway(ALL, { as: 'ana' });
    expect(once.errors).toBeUndefined();
    expect(twice.data).toEqual(once.data);
  });

  it.each([
    ['a customer global admin', 'bob'],
    ['a partner program admin', 'ada'],
    ["the operator's support engineer", 'sid'],
  ] as const)('AGR-1 SUP-6 PB-9 MP-5 refuse %s with FORBIDDEN, field by field', async (_label, user) => {
    expect(await codesByField({ as: user })).toEqual(all('FORBIDDEN'));
  });

  it('AGR-1 SUP-6 PB-9 MP-5 refuse a customer or a look-alike operator claiming the analyst role (roles count only in their organisation kind)', async () => {
    const customer = await stack.tokenForClaims({ sub: 'u-bob', email: 'bob@fabrikam.example', org: 'org-fabrikam', orgKind: 'CUSTOMER', roles: ['analyst'] });
    const lookAlike = await stack.tokenForClaims({ sub: 'u-eve', email: 'eve@evil.example', org: 'org-evil', orgKind: 'OPERATOR', roles: ['analyst'] });
    for (const token of [customer, lookAlike]) {
      expect(await codesByField({ authorization: `Bearer ${token}` })).toEqual(all('FORBIDDEN'));
    }
  });

  it('AGR-1 SUP-6 PB-9 MP-5 answer UNAUTHENTICATED without a token, at the gateway and at each subgraph', async () => {
    expect(await codesByField({})).toEqual(all('UNAUTHENTICATED'));
    const direct = await stack.querySubgraph('support-contracts', '{ supportIncidentInsights { submitted } }', { as: 'bob' });
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('AGR-1 SUP-6 PB-9 MP-5 refuse a malformed or backward period with BAD_USER_INPUT', async () => {
    const backward = await stack.queryGateway('{ supportIncidentInsights(from: "2027-02-01", until: "2027-01-01") { submitted } }', { as: 'ana' });
    expect(backward.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    const malformed = await stack.queryGateway('query($f: Date) { saServiceInsights(from: $f) { kind } }', { as: 'ana', variables: { f: '2027-02-30' } });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
