import { runProactiveActivations } from '../../subgraphs/partner-benefits/src/store/activationCommands';
import { rerequestDelayedContracts } from '../../subgraphs/partner-benefits/src/store/contractRecheck';
import { OutboxEventRow } from '../../common/outbox/entities';
import {
  BenefitEntitlementRow,
  BenefitPackageRow,
  PartnerLocationRow,
  PartnerMembershipRow,
} from '../../subgraphs/partner-benefits/src/store/entities';
import { SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import { IsNull, Like } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { readSubgraphConfig } from '../../common/config';
import { partnerBenefitsSubgraph } from '../../subgraphs/partner-benefits/src/server';
import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

interface TileView {
  id: string;
  title: string;
  unit: 'INCIDENTS' | 'HOURS';
  status: string;
  failingChecks: string[];
  checklist: { item: string; state: string; passed: boolean; hint: string }[];
  packageKind: string | null;
  location: { name: string } | null;
  supportContract: { id: string; incidentsGranted: number; incidentsRemaining: number; advisoryHoursGranted: number; advisoryHoursRemaining: number } | null;
}

const TILES = `
  query Tiles($first: Int) {
    myBenefitTiles(first: $first) {
      totalCount
      nodes {
        id title unit status failingChecks packageKind location { name }
        checklist { item state passed hint }
        supportContract { id incidentsGranted incidentsRemaining advisoryHoursGranted advisoryHoursRemaining }
      }
    }
  }`;

async function tilesAs(user: Parameters<Stack['tokenFor']>[0], first = 50): Promise<TileView[]> {
  const res = await stack.queryGateway<{ myBenefitTiles: { nodes: TileView[] } }>(TILES, { as: user, variables: { first } });
  expect(res.errors).toBeUndefined();
  return res.data!.myBenefitTiles.nodes;
}

/** What a tile shows: total, consumed and remaining, read on the contract by unit. */
function numbers(t: TileView): { total: number; consumed: number; remaining: number } | null {
  const c = t.supportContract;
  if (!c) return null;
  const [total, remaining] = t.unit === 'HOURS' ? [c.advisoryHoursGranted, c.advisoryHoursRemaining] : [c.incidentsGranted, c.incidentsRemaining];
  return { total, consumed: total - remaining, remaining };
}

/** PB-7: each item's state, in checklist order. */
const states = (t: TileView) => t.checklist.map((c) => `${c.item}:${c.state}`);

describe('partner membership', () => {
  it('keeps northwind GOLD with its competencies, HQ and two more locations (PB-8 toolkit at Portland)', async () => {
    const res = await stack.queryGateway<{ myPartnerMembership: Record<string, unknown> }>(
      `{ myPartnerMembership { program competencies partnerNumber eligible headquarters { city programContact { email } }
           locations { name isHeadquarters } benefitPackages { id kind location { name } activation { mode channel recipientKind detailsRecipient { email } } } } }`,
      { as: 'ada' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.myPartnerMembership).toEqual({
      program: 'GOLD',
      competencies: ['Cloud Platform', 'Data Analytics'],
      partnerNumber: '4648141',
      eligible: true,
      headquarters: { city: 'Seattle', programContact: { email: 'ada@northwind.example' } },
      locations: [
        { name: 'Northwind HQ', isHeadquarters: true },
        { name: 'Northwind Denver', isHeadquarters: false },
        { name: 'Northwind Portland', isHeadquarters: false },
      ],
      benefitPackages: [
        { id: 'bp-northwind-core', kind: 'CORE', location: { name: 'Northwind HQ' }, activation: { mode: 'PROACTIVE', channel: 'REGIONAL_SERVICE_CENTER', recipientKind: 'HEADQUARTERS_CONTACT', detailsRecipient: { email: 'ada@northwind.example' } } },
        { id: 'bp-northwind-abtk-portland', kind: 'ADDITIONAL_BUSINESS_TOOLKIT', location: { name: 'Northwind Portland' }, activation: { mode: 'REQUESTED', channel: 'REGIONAL_SERVICE_CENTER', recipientKind: 'LOCATION_CONTACT', detailsRecipient: { email: 'paul@northwind.example' } } },
      ],
    });
  });
});

describe('benefit tiles (PB-5, PB-6, PB-7)', () => {
  it('PB-5/6 ACTIVE: northwind gets one tile per entitlement with the dashboard titles and its contract balances', async () => {
    const tiles = await tilesAs('ada');
    expect(tiles.map((t) => [t.id, t.title, t.status, t.location?.name, numbers(t)])).toEqual([
      ['ent-northwind-core-adv', 'Advisory hours consumption (total hours)', 'ACTIVE', 'Northwind HQ', { total: 30, consumed: 8, remaining: 22 }],
      ['ent-northwind-core-scs', 'Signature Cloud consumption (total incidents)', 'ACTIVE', 'Northwind HQ', { total: 15, consumed: 3, remaining: 12 }],
      ['ent-northwind-core-ps', 'Product support consumption (total incidents)', 'ACTIVE', 'Northwind HQ', { total: 20, consumed: 5, remaining: 15 }],
      ['ent-northwind-abtk-portland-adv', 'Advisory hours consumption (total hours)', 'ACTIVE', 'Northwind Portland', { total: 15, consumed: 4, remaining: 11 }],
      ['ent-northwind-abtk-portland-scs', 'Signature Cloud consumption (total incidents)', 'ACTIVE', 'Northwind Portland', { total: 15, consumed: 1, remaining: 14 }],
      ['ent-northwind-abtk-portland-ps', 'Product support consumption (total incidents)', 'ACTIVE', 'Northwind Portland', { total: 20, consumed: 1, remaining: 19 }],
    ]);
    expect(tiles.every((t) => t.failingChecks.length === 0)).toBe(true);
  });

  it('PB-1 PB-7 NOT_ACTIVATED: wingtip (Silver, not activated) gets blank tiles that say to activate, and nothing that contradicts it', async () => {
    const tiles = await tilesAs('will');
    const core = tiles.filter((t) => t.packageKind === 'CORE');
    expect(core.map((t) => t.status)).toEqual(['NOT_ACTIVATED', 'NOT_ACTIVATED', 'NOT_ACTIVATED']);
    for (const tile of core) {
      expect(tile.failingChecks).toEqual(['BENEFIT_ACTIVATED']);
      // The balance is not "failing": it cannot be checked before activation, and its hint says so.
      expect(states(tile)).toEqual(['USER_LINKED:PASSED', 'ORGANIZATION_ELIGIBLE:PASSED', 'BENEFIT_ACTIVATED:FAILED', 'BALANCE_PROPAGATED:NOT_CHECKED']);
      expect(tile.checklist.map((c) => c.passed)).toEqual([true, true, false, false]);
      expect(tile.checklist[3].hint).toBe('Not checked: the benefit must first be activated.');
      expect(tile.checklist.map((c) => c.hint).join(' ')).not.toMatch(/is activated|Activated on/);
      expect(tile.supportContract).toBeNull();
    }
  });

  it('PB-7 NOT_ELIGIBLE: litware (network member) fails eligibility only; activation and balance are not checked', async () => {
    const tiles = await tilesAs('lea');
    expect(tiles.map((t) => t.status)).toEqual(['NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE']);
    for (const tile of tiles) {
      expect(tile.failingChecks).toEqual(['ORGANIZATION_ELIGIBLE']);
      expect(states(tile)).toEqual(['USER_LINKED:PASSED', 'ORGANIZATION_ELIGIBLE:FAILED', 'BENEFIT_ACTIVATED:NOT_CHECKED', 'BALANCE_PROPAGATED:NOT_CHECKED']);
      expect(tile.checklist.filter((c) => c.state === 'FAILED').map((c) => c.hint)).toEqual([
        'Network members have no technical benefits: buy an Action Pack or earn a competency.',
      ]);
    }
  });

  it('PB-5/6 PROVISIONING: proseware, activated yesterday without a contract, says the balance is on its way', async () => {
    const tiles = await tilesAs('pia');
    const core = tiles.filter((t) => t.packageKind === 'CORE');
    expect(core.map((t) => t.status)).toEqual(['PROVISIONING', 'PROVISIONING', 'PROVISIONING']);
    expect(core[0].failingChecks).toEqual(['BALANCE_PROPAGATED']);
    expect(core[0].checklist[3]).toMatchObject({
      state: 'FAILED',
      hint: 'Activated on 2026-06-14: the balance appears by 2026-06-17 (it takes up to 3 days). Nothing to do.',
    });
    expect(core[0].supportContract).toBeNull();
  });

  it('PB-7 USER_NOT_LINKED: sue of contoso (no partner membership) gets the three tiles, USER_LINKED failing and nothing after it checked', async () => {
    const tiles = await tilesAs('sue');
    expect(tiles.map((t) => [t.title, t.status])).toEqual([
      ['Advisory hours consumption (total hours)', 'USER_NOT_LINKED'],
      ['Signature Cloud consumption (total incidents)', 'USER_NOT_LINKED'],
      ['Product support consumption (total incidents)', 'USER_NOT_LINKED'],
    ]);
    for (const tile of tiles) {
      expect(tile.failingChecks).toEqual(['USER_LINKED']);
      expect(states(tile)).toEqual(['USER_LINKED:FAILED', 'ORGANIZATION_ELIGIBLE:NOT_CHECKED', 'BENEFIT_ACTIVATED:NOT_CHECKED', 'BALANCE_PROPAGATED:NOT_CHECKED']);
    }
  });

  it('PB-7 one query returns all tiles with balances in a constant number of SQL statements per subgraph', async () => {
    const benefits = stack.subgraphs['partner-benefits'];
    const support = stack.subgraphs['support-contracts'];
    const measure = async () => {
      const [b0, s0] = [benefits.sqlStatements(), support.sqlStatements()];
      const tiles = await tilesAs('ada', 200);
      return { tiles: tiles.length, withBalance: tiles.filter((t) => t.supportContract).length, benefits: benefits.sqlStatements() - b0, support: support.sqlStatements() - s0 };
    };
    const small = await measure();
    // Arrange: 20 more locations, each with an activated toolkit backed by a northwind contract.
    const db = benefits.service.store.dataSource;
    const extraLocations = Array.from({ length: 20 }, (_, i) => ({
      id: `loc-nw-extra-${i}`, membershipId: 'pm-northwind', name: `Northwind Extra ${String(i).padStart(2, '0')}`, city: 'Boise', country: 'US',
      region: 'NORTH_AMERICA' as const, isHeadquarters: false, contactName: 'X', contactEmail: 'x@northwind.example',
    }));
    await db.getRepository(PartnerLocationRow).insert(extraLocations);
    await db.getRepository(BenefitPackageRow).insert(
      extraLocations.map((l) => ({
        id: `bp-nw-extra-${l.id}`, membershipId: 'pm-northwind', kind: 'ADDITIONAL_BUSINESS_TOOLKIT' as const, locationId: l.id,
        activatedAt: new Date('2026-03-01T00:00:00.000Z'), activationMode: 'REQUESTED' as const, channel: 'REGIONAL_SERVICE_CENTER' as const,
        activatedBy: 'user-ada', recipientKind: 'LOCATION_CONTACT' as const, recipientName: 'X', recipientEmail: 'x@northwind.example',
      })),
    );
    await db.getRepository(BenefitEntitlementRow).insert(
      extraLocations.map((l, i) => ({ id: `ent-nw-extra-${i}`, packageId: `bp-nw-extra-${l.id}`, kind: 'PRODUCT_SUPPORT_INCIDENTS' as const, position: 0, supportContractId: i % 2 ? 'sc-pb-northwind-portland' : 'sc-pb-northwind-core' })),
    );
    const large = await measure();
    await db.getRepository(BenefitEntitlementRow).delete(extraLocations.map((_, i) => `ent-nw-extra-${i}`));
    await db.getRepository(BenefitPackageRow).delete(extraLocations.map((l) => `bp-nw-extra-${l.id}`));
    await db.getRepository(PartnerLocationRow).delete(extraLocations.map((l) => l.id));

    process.stdout.write(`SQL per tiles query: small=${JSON.stringify(small)} large=${JSON.stringify(large)}\n`);
    expect(small).toEqual({ tiles: 6, withBalance: 6, benefits: small.benefits, support: small.support });
    expect(large.tiles).toBe(26);
    expect(large.withBalance).toBe(26);
    expect(large.benefits).toBe(small.benefits);
    expect(large.support).toBe(small.support);
    // The membership with its locations, then the packages with their entitlements.
    expect(small.benefits).toBe(2);
    expect(small.support).toBeLessThanOrEqual(1);
  });
});

describe('activation (PB-1…PB-4, PB-9…PB-11)', () => {
  const REQUEST = `
    mutation Request($input: RequestBenefitActivationInput!) {
      requestBenefitActivation(input: $input) {
        id activation { mode channel recipientKind detailsRecipient { name email } activatedAt }
      }
    }`;
  const SELF_SERVICE = `
    mutation Self($input: ActivateBenefitSelfServiceInput!) {
      activateBenefitSelfService(input: $input) { id activation { mode channel recipientKind detailsRecipient { email } } }
    }`;

  it('PB-2 PB-4 an Action Pack member requests activation; details go to the HQ program contact; channel RSC for Australia (PB-9)', async () => {
    const res = await stack.queryGateway(REQUEST, { as: 'pat', variables: { input: { packageId: 'bp-adatum-core' } } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestBenefitActivation).toEqual({
      id: 'bp-adatum-core',
      activation: {
        mode: 'REQUESTED',
        channel: 'REGIONAL_SERVICE_CENTER',
        recipientKind: 'HEADQUARTERS_CONTACT',
        detailsRecipient: { name: 'Pat Program', email: 'pat@adatum.example' },
        activatedAt: '2026-06-15T09:00:00.000Z',
      },
    });
  });

  it('PB-1 PB-12 a requested activation turns the tiles from NOT_ACTIVATED to PROVISIONING (Signature Cloud stays NOT_ELIGIBLE for an Action Pack)', async () => {
    const tiles = await tilesAs('pat');
    expect(tiles.map((t) => t.status)).toEqual(['PROVISIONING', 'NOT_ELIGIBLE', 'PROVISIONING']);
  });

  it('PB-5/6 a tile stays PROVISIONING for 3 days after activation even once the contract is recorded, then shows the balance', async () => {
    // Arrange: what the cross-store event will do later: the support store creates the contract, the entitlement records it.
    await stack.subgraphs['support-contracts'].service.store.dataSource.getRepository(SupportContractRow).insert({
      id: 'sc-pb-adatum-core', accessId: '0230600100', contractId: '7000200001', organizationId: 'org-adatum', kind: 'PARTNER_BENEFIT', scope: 'ALL',
      label: '10Pack Action Pack Support', incidentsGranted: 10, incidentsRemaining: 10, advisoryHoursGranted: 5, advisoryHoursRemaining: 5,
      startsAt: new Date('2026-06-16T00:00:00.000Z'), expiresAt: new Date('2027-06-16T00:00:00.000Z'),
    });
    await stack.subgraphs['partner-benefits'].service.store.dataSource
      .getRepository(BenefitEntitlementRow)
      .update({ packageId: 'bp-adatum-core' }, { supportContractId: 'sc-pb-adatum-core' });
    try {
      stack.clock.set('2026-06-18T08:59:59.000Z'); // activated 2026-06-15T09:00Z: one second short of 3 days
      expect((await tilesAs('pat')).map((t) => t.status)).toEqual(['PROVISIONING', 'NOT_ELIGIBLE', 'PROVISIONING']);
      stack.clock.set('2026-06-18T09:00:00.000Z');
      const tiles = await tilesAs('pat');
      // PB-12: even with a contract id on the row, an Action Pack never shows a Signature Cloud balance.
      expect(tiles.map((t) => [t.status, numbers(t)])).toEqual([
        ['ACTIVE', { total: 5, consumed: 0, remaining: 5 }],
        ['NOT_ELIGIBLE', null],
        ['ACTIVE', { total: 10, consumed: 0, remaining: 10 }],
      ]);
    } finally {
      stack.clock.set('2026-06-15T09:00:00.000Z');
    }
  });

  it('PB-1 activating twice is a CONFLICT', async () => {
    const res = await stack.queryGateway(REQUEST, { as: 'pat', variables: { input: { packageId: 'bp-adatum-core' } } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('PB-9 an EMEA request without the required fields is refused with MISSING_FIELDS naming them', async () => {
    const res = await stack.queryGateway(REQUEST, {
      as: 'will',
      variables: { input: { packageId: 'bp-wingtip-abtk-manchester', email: 'will@wingtip.example', name: 'Will Program', city: ' ' } },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'MISSING_FIELDS', missingFields: ['partnerId', 'company', 'phone', 'city', 'country'] });
    expect(res.errors?.[0].message).toBe('An EMEA activation request must carry: partnerId, company, phone, city, country (PB-9).');
  });

  it('PB-8 PB-4 PB-9 a complete EMEA toolkit request goes through the RSC and its details to the location contact', async () => {
    const input = { packageId: 'bp-wingtip-abtk-manchester', partnerId: '5300400', email: 'will@wingtip.example', name: 'Will Program', company: 'Wingtip Partners', phone: '+44 20 7946 0000', city: 'Manchester', country: 'GB' };
    const res = await stack.queryGateway<{ requestBenefitActivation: { activation: Record<string, unknown> } }>(REQUEST, { as: 'will', variables: { input } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestBenefitActivation.activation).toMatchObject({
      mode: 'REQUESTED',
      channel: 'REGIONAL_SERVICE_CENTER',
      recipientKind: 'LOCATION_CONTACT',
      detailsRecipient: { name: 'Mo Mancini', email: 'mo@wingtip.example' },
    });
    // The toolkit's own activation does not activate the core benefits (PB-8).
    const core = (await tilesAs('will')).filter((t) => t.packageKind === 'CORE');
    expect(core.map((t) => t.status)).toEqual(['NOT_ACTIVATED', 'NOT_ACTIVATED', 'NOT_ACTIVATED']);
  });

  it('PB-7 a network member cannot activate: NOT_ELIGIBLE', async () => {
    const res = await stack.queryGateway(REQUEST, {
      as: 'lea',
      variables: { input: { packageId: 'bp-litware-core', partnerId: '5200300', email: 'lea@litware.example', name: 'Lea', company: 'Litware', phone: '1', city: 'Berlin', country: 'DE' } },
    });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_ELIGIBLE');
  });

  it('PB-11 self-service activation sends the details to an alternate e-mail that another user of the organisation sees', async () => {
    const res = await stack.queryGateway(SELF_SERVICE, { as: 'pia', variables: { input: { packageId: 'bp-proseware-abtk-shanghai', alternateEmail: 'benefits@proseware.example' } } });
    expect(res.errors).toBeUndefined();
    // PB-9: mainland China is Greater China without the Taiwan exception: Technical Support.
    expect(res.data?.activateBenefitSelfService).toEqual({
      id: 'bp-proseware-abtk-shanghai',
      activation: { mode: 'SELF_SERVICE', channel: 'TECHNICAL_SUPPORT', recipientKind: 'ALTERNATE_EMAIL', detailsRecipient: { email: 'benefits@proseware.example' } },
    });
    const token = await stack.tokenForClaims({ sub: 'user-pio', email: 'pio@proseware.example', org: 'org-proseware', orgKind: 'PARTNER', roles: ['support_user'] });
    const seen = await stack.queryGateway<{ myPartnerMembership: { benefitPackages: { id: string; activation: { detailsRecipient: { email: string } } | null }[] } }>(
      '{ myPartnerMembership { benefitPackages { id activation { detailsRecipient { email } } } } }',
      { authorization: `Bearer ${token}` },
    );
    expect(seen.data?.myPartnerMembership.benefitPackages.find((p) => p.id === 'bp-proseware-abtk-shanghai')?.activation?.detailsRecipient.email).toBe(
      'benefits@proseware.example',
    );
  });

  it('PB-11 self-service activation without an alternate e-mail sends the details to the signed-in user', async () => {
    const res = await stack.queryGateway(SELF_SERVICE, { as: 'will', variables: { input: { packageId: 'bp-wingtip-core' } } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.activateBenefitSelfService).toMatchObject({ activation: { recipientKind: 'SIGNED_IN_USER', detailsRecipient: { email: 'will@wingtip.example' } } });
  });

  it('PB-11 a malformed alternate e-mail is BAD_USER_INPUT and activates nothing', async () => {
    const res = await stack.queryGateway(SELF_SERVICE, { as: 'pia', variables: { input: { packageId: 'bp-proseware-core', alternateEmail: 'not-an-address' } } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alternateEmail' });
  });

  it('PB-11 only a program or global admin may activate: a support user is FORBIDDEN', async () => {
    const res = await stack.queryGateway(SELF_SERVICE, { as: 'sue', variables: { input: { packageId: 'bp-adatum-core' } } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('PB-11 another organisation\'s package is NOT_FOUND', async () => {
    const res = await stack.queryGateway(SELF_SERVICE, { as: 'ada', variables: { input: { packageId: 'bp-litware-core' } } });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('PB-10 an advisory request is allowed before activation', async () => {
    const res = await stack.queryGateway('mutation { requestAdvisory(input: { topic: "Azure landing zone review" }) { topic requestedAt beforeActivation } }', { as: 'lea' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestAdvisory).toEqual({ topic: 'Azure landing zone review', requestedAt: '2026-06-15T09:00:00.000Z', beforeActivation: true });
  });

  it('PB-10 an advisory request without a partner membership is NOT_ELIGIBLE', async () => {
    const res = await stack.queryGateway('mutation { requestAdvisory(input: { topic: "x" }) { topic } }', { as: 'sue' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_ELIGIBLE');
  });
});

describe('PB-5/6 contracts overdue past the propagation window', () => {
  const PKG = 'bp-proseware-core'; // activated 2026-06-14T09:00Z, no contract ever recorded (seeded before the outbox)
  const benefitsDb = () => stack.subgraphs['partner-benefits'].service.store.dataSource;
  const supportDb = () => stack.subgraphs['support-contracts'].service.store.dataSource;
  const coreTiles = async () => (await tilesAs('pia')).filter((t) => t.packageKind === 'CORE');
  const recorded = async () => (await benefitsDb().getRepository(BenefitEntitlementRow).findBy({ packageId: PKG })).filter((e) => e.supportContractId).length;
  const requestsInOutbox = async () =>
    (await benefitsDb().getRepository(OutboxEventRow).findBy({ type: 'PartnerBenefitActivated' })).filter((e) => JSON.parse(e.payload).packageId === PKG).length;
  const waitFor = async (probe: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await probe()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await probe()).toBe(true);
  };
  afterEach(() => stack.clock.set('2026-06-15T09:00:00.000Z'));

  it('PB-5/6 PB-7 PROVISIONING_DELAYED: once 3 days have passed without a contract the tile says the balance is late, not "within 3 days"', async () => {
    stack.clock.set('2026-06-17T08:59:59.000Z');
    expect((await coreTiles()).map((t) => t.status)).toEqual(['PROVISIONING', 'PROVISIONING', 'PROVISIONING']);
    stack.clock.set('2026-09-30T09:00:00.000Z'); // months later
    const tiles = await coreTiles();
    expect(tiles.map((t) => t.status)).toEqual(['PROVISIONING_DELAYED', 'PROVISIONING_DELAYED', 'PROVISIONING_DELAYED']);
    for (const tile of tiles) {
      expect(tile.failingChecks).toEqual(['BALANCE_PROPAGATED']);
      expect(states(tile)).toEqual(['USER_LINKED:PASSED', 'ORGANIZATION_ELIGIBLE:PASSED', 'BENEFIT_ACTIVATED:PASSED', 'BALANCE_PROPAGATED:FAILED']);
      const hint = tile.checklist[3].hint;
      expect(hint).toMatch(/^Activated on 2026-06-14: the balance was due by 2026-06-17, but its support contract has not arrived\. We are asking/);
      expect(hint).not.toMatch(/appears by|within 3 days/);
      expect(tile.supportContract).toBeNull();
    }
  });

  it('PB-5/6 the recheck job asks support-contracts again; the reply fills the tiles; a second run asks nothing', async () => {
    stack.clock.set('2026-06-17T09:00:00.000Z');
    const before = await requestsInOutbox();
    // Twice at once (two replicas): one request.
    const runs = await Promise.all([rerequestDelayedContracts(benefitsDb(), stack.clock.now()), rerequestDelayedContracts(benefitsDb(), stack.clock.now())]);
    expect(runs.flat()).toEqual([PKG]);
    expect(await requestsInOutbox()).toBe(before + 1);
    await waitFor(async () => (await recorded()) === 3);
    // Gold: product support + Signature Cloud (SUP-7), created once.
    expect(await supportDb().getRepository(SupportContractRow).countBy({ id: Like('sc-pb-bp-proseware-core%') })).toBe(2);
    const tiles = await coreTiles();
    expect(tiles.map((t) => [t.status, t.supportContract?.id ?? null])).toEqual([
      ['ACTIVE', 'sc-pb-bp-proseware-core'],
      ['ACTIVE', 'sc-pb-bp-proseware-core-scs'],
      ['ACTIVE', 'sc-pb-bp-proseware-core'],
    ]);
    expect(tiles.every((t) => t.failingChecks.length === 0 && t.checklist.every((c) => c.state === 'PASSED'))).toBe(true);
    // Nothing is late any more: the next run writes nothing.
    expect(await rerequestDelayedContracts(benefitsDb(), stack.clock.now())).toEqual([]);
    expect(await requestsInOutbox()).toBe(before + 1);
    const pkg = await benefitsDb().getRepository(BenefitPackageRow).findOneByOrFail({ id: PKG });
    expect([pkg.contractsRequestedAt?.toISOString(), pkg.contractRerequests]).toEqual(['2026-06-17T09:00:00.000Z', 1]);
  });

  it('PB-5/6 support-contracts answers a repeated request with the contracts it already has (same pair, same balance), never a second contract', async () => {
    const contracts = supportDb().getRepository(SupportContractRow);
    const [coreBefore] = await contracts.findBy({ id: 'sc-pb-bp-proseware-core' });
    await contracts.update({ id: 'sc-pb-bp-proseware-core' }, { incidentsRemaining: 19 });
    // The record of one contract is lost on this side (e.g. a restore from an older backup).
    await benefitsDb().getRepository(BenefitEntitlementRow).update({ packageId: PKG, kind: 'PRODUCT_SUPPORT_INCIDENTS' }, { supportContractId: null });
    stack.clock.set('2026-06-20T09:00:00.000Z');
    expect((await coreTiles()).map((t) => t.status)).toEqual(['ACTIVE', 'ACTIVE', 'PROVISIONING_DELAYED']);
    expect(await rerequestDelayedContracts(benefitsDb(), stack.clock.now())).toEqual([PKG]);
    await waitFor(async () => (await recorded()) === 3);
    const [coreAfter] = await contracts.findBy({ id: 'sc-pb-bp-proseware-core' });
    expect([coreAfter.accessId, coreAfter.contractId, coreAfter.incidentsRemaining]).toEqual([coreBefore.accessId, coreBefore.contractId, 19]);
    expect(await contracts.countBy({ id: Like('sc-pb-bp-proseware-core%') })).toBe(2);
    expect((await coreTiles()).map((t) => t.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  });

  it('PB-5/6 PB-12 the job leaves packages not yet due, not activated, or missing only what the program does not earn', async () => {
    const entitlements = benefitsDb().getRepository(BenefitEntitlementRow);
    // Adatum (Action Pack, activated 2026-06-15T09:00Z above) has no Signature Cloud contract and never will (PB-12): not late.
    await entitlements.update({ packageId: 'bp-adatum-core', kind: 'SIGNATURE_CLOUD_INCIDENTS' }, { supportContractId: null });
    // Proseware's Shanghai toolkit (activated 2026-06-15T09:00Z) loses one record: due on 2026-06-18T09:00Z.
    await entitlements.update({ packageId: 'bp-proseware-abtk-shanghai', kind: 'PRODUCT_SUPPORT_INCIDENTS' }, { supportContractId: null });
    stack.clock.set('2026-06-18T08:59:59.000Z');
    expect(await rerequestDelayedContracts(benefitsDb(), stack.clock.now())).toEqual([]);
    stack.clock.set('2026-06-18T09:00:00.000Z');
    // Not Adatum, nor the packages never activated (Litware, ...).
    expect(await rerequestDelayedContracts(benefitsDb(), stack.clock.now())).toEqual(['bp-proseware-abtk-shanghai']);
    await waitFor(async () => (await entitlements.countBy({ packageId: 'bp-proseware-abtk-shanghai', supportContractId: IsNull() })) === 0);
  });

  it('PB-5/6 the background hook runs the recheck on start, with the service clock and BENEFIT_CONTRACT_RECHECK_MS', async () => {
    await benefitsDb().getRepository(BenefitEntitlementRow).update({ packageId: PKG, kind: 'ADVISORY_HOURS' }, { supportContractId: null });
    const before = await requestsInOutbox();
    const clock = new ManualClock('2026-06-25T09:00:00.000Z');
    const config = readSubgraphConfig('partner-benefits', { BENEFIT_CONTRACT_RECHECK_MS: '3600000' });
    const job = partnerBenefitsSubgraph.background!({ db: benefitsDb(), clock, logger: stack.subgraphs['partner-benefits'].service.logger, config });
    await job.stop();
    expect(await requestsInOutbox()).toBe(before + 1);
    await waitFor(async () => (await recorded()) === 3);
    const off = partnerBenefitsSubgraph.background!({ db: benefitsDb(), clock, logger: stack.subgraphs['partner-benefits'].service.logger, config: { ...config, benefitContractRecheckMs: 0 } });
    await off.stop();
    expect(await requestsInOutbox()).toBe(before + 1);
  });
});

describe('PB-3 proactive activation job', () => {
  it('PB-3 activates Gold/Silver core benefits within one month of enrolment, details to the HQ contact; leaves others', async () => {
    const db = stack.subgraphs['partner-benefits'].service.store.dataSource;
    await db.getRepository(PartnerMembershipRow).insert({ id: 'pm-pb3', organizationId: 'org-pb3', program: 'SILVER', competencies: 'Security', membershipYear: 2026, enrolledOn: '2026-06-10', partnerNumber: '5900900' });
    await db.getRepository(PartnerLocationRow).insert({ id: 'loc-pb3-hq', membershipId: 'pm-pb3', name: 'PB3 HQ', city: 'Auckland', country: 'NZ', region: 'ASIA_PACIFIC', isHeadquarters: true, contactName: 'Kiri Contact', contactEmail: 'kiri@pb3.example' });
    await db.getRepository(BenefitPackageRow).insert({ id: 'bp-pb3-core', membershipId: 'pm-pb3', kind: 'CORE', locationId: 'loc-pb3-hq', activatedAt: null, activationMode: null, channel: null, activatedBy: null, recipientKind: null, recipientName: null, recipientEmail: null });
    await db.getRepository(BenefitEntitlementRow).insert({ id: 'ent-pb3-ps', packageId: 'bp-pb3-core', kind: 'PRODUCT_SUPPORT_INCIDENTS', position: 0, supportContractId: null });
    stack.clock.set('2026-07-09T09:00:00.000Z');
    try {
      const activated = await runProactiveActivations(db, stack.clock.now());
      // Only pm-pb3: the other core packages still waiting belong to litware, a network member (PB-7).
      expect(activated).toEqual(['bp-pb3-core']);
      const token = await stack.tokenForClaims({ sub: 'user-kiri', email: 'kiri@pb3.example', org: 'org-pb3', orgKind: 'PARTNER', roles: ['program_admin'] });
      const res = await stack.queryGateway<{ myPartnerMembership: { benefitPackages: unknown[] } }>(
        '{ myPartnerMembership { benefitPackages { id activation { mode channel recipientKind activatedAt detailsRecipient { email } } } } }',
        { authorization: `Bearer ${token}` },
      );
      expect(res.data?.myPartnerMembership.benefitPackages).toEqual([
        { id: 'bp-pb3-core', activation: { mode: 'PROACTIVE', channel: 'REGIONAL_SERVICE_CENTER', recipientKind: 'HEADQUARTERS_CONTACT', activatedAt: '2026-07-09T09:00:00.000Z', detailsRecipient: { email: 'kiri@pb3.example' } } },
      ]);
    } finally {
      stack.clock.set('2026-06-15T09:00:00.000Z');
    }
  });

  it('PB-3 does not activate after the first month of enrolment, nor an Action Pack member (PB-2)', async () => {
    const db = stack.subgraphs['partner-benefits'].service.store.dataSource;
    await db.getRepository(PartnerMembershipRow).insert({ id: 'pm-pb3-late', organizationId: 'org-pb3-late', program: 'GOLD', competencies: '', membershipYear: 2026, enrolledOn: '2026-05-01', partnerNumber: '' });
    await db.getRepository(PartnerLocationRow).insert({ id: 'loc-pb3-late', membershipId: 'pm-pb3-late', name: 'Late HQ', city: 'Lima', country: 'PE', region: 'LATIN_AMERICA', isHeadquarters: true, contactName: 'L', contactEmail: 'l@late.example' });
    await db.getRepository(BenefitPackageRow).insert({ id: 'bp-pb3-late', membershipId: 'pm-pb3-late', kind: 'CORE', locationId: 'loc-pb3-late', activatedAt: null, activationMode: null, channel: null, activatedBy: null, recipientKind: null, recipientName: null, recipientEmail: null });
    // An Action Pack member enrolled in the same window must request activation (PB-2): the job leaves it.
    await db.getRepository(PartnerMembershipRow).insert({ id: 'pm-pb3-ap', organizationId: 'org-pb3-ap', program: 'ACTION_PACK', competencies: '', membershipYear: 2026, enrolledOn: '2026-05-15', partnerNumber: '' });
    await db.getRepository(PartnerLocationRow).insert({ id: 'loc-pb3-ap', membershipId: 'pm-pb3-ap', name: 'AP HQ', city: 'Tokyo', country: 'JP', region: 'ASIA_PACIFIC', isHeadquarters: true, contactName: 'A', contactEmail: 'a@ap.example' });
    await db.getRepository(BenefitPackageRow).insert({ id: 'bp-pb3-ap', membershipId: 'pm-pb3-ap', kind: 'CORE', locationId: 'loc-pb3-ap', activatedAt: null, activationMode: null, channel: null, activatedBy: null, recipientKind: null, recipientName: null, recipientEmail: null });
    expect(await runProactiveActivations(db, new Date('2026-06-01T00:00:00.000Z'))).toEqual([]);
    expect(await runProactiveActivations(db, new Date('2026-05-31T23:59:00.000Z'))).toEqual(['bp-pb3-late']);
  });
});

describe('PB-3 scheduled job wiring', () => {
  it('PB-3 the subgraph\'s background hook runs the proactive activation on start, with the service clock', async () => {
    const db = stack.subgraphs['partner-benefits'].service.store.dataSource;
    await db.getRepository(PartnerMembershipRow).insert({ id: 'pm-pb3-bg', organizationId: 'org-pb3-bg', program: 'GOLD', competencies: '', membershipYear: 2026, enrolledOn: '2026-08-01', partnerNumber: '' });
    await db.getRepository(PartnerLocationRow).insert({ id: 'loc-pb3-bg', membershipId: 'pm-pb3-bg', name: 'BG HQ', city: 'Toronto', country: 'CA', region: 'NORTH_AMERICA', isHeadquarters: true, contactName: 'B', contactEmail: 'b@bg.example' });
    await db.getRepository(BenefitPackageRow).insert({ id: 'bp-pb3-bg', membershipId: 'pm-pb3-bg', kind: 'CORE', locationId: 'loc-pb3-bg', activatedAt: null, activationMode: null, channel: null, activatedBy: null, recipientKind: null, recipientName: null, recipientEmail: null });
    const clock = new ManualClock('2026-08-10T06:00:00.000Z');
    // The recheck job (PB-5/6) is off here: this test is about PB-3 alone.
    const config = readSubgraphConfig('partner-benefits', { BENEFIT_CONTRACT_RECHECK_MS: '0' });
    const job = partnerBenefitsSubgraph.background!({ db, clock, logger: stack.subgraphs['partner-benefits'].service.logger, config });
    await job.stop(); // waits for the run started on start
    const row = await db.getRepository(BenefitPackageRow).findOneByOrFail({ id: 'bp-pb3-bg' });
    expect([row.activatedAt?.toISOString(), row.activationMode, row.recipientEmail]).toEqual(['2026-08-10T06:00:00.000Z', 'PROACTIVE', 'b@bg.example']);
  });
});

describe('isolation', () => {
  it('a user of another organisation gets none of northwind\'s benefit data', async () => {
    const res = await stack.queryGateway<{ myOrganization: { partnerMembership: unknown }; myBenefitTiles: { nodes: TileView[] } }>(
      `{ myOrganization { partnerMembership { id } } myBenefitTiles { nodes { id status supportContract { id } } } }`,
      { as: 'bob' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.myOrganization.partnerMembership).toBeNull();
    expect(res.data?.myBenefitTiles.nodes.map((t) => t.status)).toEqual(['USER_NOT_LINKED', 'USER_NOT_LINKED', 'USER_NOT_LINKED']);
    expect(JSON.stringify(res.data)).not.toMatch(/northwind|sc-pb/);
  });

  it('_entities on partner-benefits without a token returns no private field', async () => {
    const res = await stack.querySubgraph<{ _entities: unknown[] }>(
      'partner-benefits',
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on PartnerMembership { id program benefitTiles { totalCount } }
          ... on Organization { id partnerMembership { id program } } } }`,
      { variables: { r: [{ __typename: 'PartnerMembership', id: 'pm-northwind' }, { __typename: 'Organization', id: 'org-northwind' }] } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([null, { id: 'org-northwind', partnerMembership: null }]);
  });
});
