import { DAY_MS } from '../../common/clock';
import { startStack, type Stack } from '../harness/stack';
import { countRows, eventually, ok } from '../outbox/helpers';

/**
 * Demo data ages well (issue 15): the seeds date their rows in days from the
 * day the store is seeded (common/demo/seedCalendar.ts), so a store seeded
 * years after the seeds were written still shows what the READMEs document.
 * The stack's clock, which seeds all four stores, starts years ahead.
 */
const SEEDED_AT = '2031-02-10T09:00:00.000Z';
const now = Date.parse(SEEDED_AT);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ now: SEEDED_AT });
});
afterAll(async () => {
  await stack?.stop();
});

type Tile = { kind: string; packageKind: string | null; status: string; supportContract: { expired: boolean } | null };
const TILES = '{ myBenefitTiles(first: 50) { nodes { kind packageKind status supportContract { expired } } } }';
const tiles = async (user: 'ada' | 'will' | 'lea' | 'pia' | 'pat' | 'sue'): Promise<Tile[]> =>
  (await ok<{ myBenefitTiles: { nodes: Tile[] } }>(stack, TILES, user)).myBenefitTiles.nodes;
const statuses = (list: Tile[], packageKind?: string): string[] =>
  list.filter((t) => packageKind === undefined || t.packageKind === packageKind).map((t) => t.status);

type Contract = { id: string; kind: string; accessId: string; displayName: string; startsAt: string; expiresAt: string; expired: boolean };
const CONTRACTS = '{ mySupportContracts { id kind accessId displayName startsAt expiresAt expired } }';
const contracts = async (user: 'sue' | 'bob' | 'ken' | 'ada' | 'will'): Promise<Map<string, Contract>> =>
  new Map((await ok<{ mySupportContracts: Contract[] }>(stack, CONTRACTS, user)).mySupportContracts.map((c) => [c.id, c]));

/** Valid at the stack's clock: started before it, expires after it, and the graph agrees (SUP-1). */
function expectValid(c: Contract | undefined): void {
  expect(c).toBeDefined();
  expect(Date.parse(c!.startsAt)).toBeLessThan(now);
  expect(Date.parse(c!.expiresAt)).toBeGreaterThan(now);
  expect(c!.expired).toBe(false);
}

const twoDigitYear = (iso: string): string => String(new Date(iso).getUTCFullYear() % 100).padStart(2, '0');

describe(`demo data seeded on ${SEEDED_AT}`, () => {
  it('PB-7 PB-5/6 one partner per tile status, as the partner-benefits README lists', async () => {
    const northwind = await tiles('ada');
    expect(statuses(northwind)).toEqual(Array(6).fill('ACTIVE'));
    // An ACTIVE tile shows the balance of a contract that is still valid.
    expect(northwind.map((t) => t.supportContract)).toEqual(Array(6).fill({ expired: false }));
    expect(statuses(await tiles('will'))).toEqual(Array(6).fill('NOT_ACTIVATED'));
    expect(statuses(await tiles('lea'))).toEqual(Array(3).fill('NOT_ELIGIBLE'));
    // Proseware was activated the day before seeding and has no contract yet: PROVISIONING, not ACTIVE.
    expect(statuses(await tiles('pia'), 'CORE')).toEqual(Array(3).fill('PROVISIONING'));
    expect(statuses(await tiles('pat'))).toEqual(['NOT_ACTIVATED', 'NOT_ELIGIBLE', 'NOT_ACTIVATED']);
    expect(statuses(await tiles('sue'))).toEqual(Array(3).fill('USER_NOT_LINKED'));
  });

  it('SUP-1 the seeded contracts are valid where the README says, and Contoso\'s 5-pack has expired', async () => {
    const contoso = await contracts('sue');
    expectValid(contoso.get('sc-contoso-20pack'));
    expect(contoso.get('sc-contoso-expired')?.expired).toBe(true);
    expectValid((await contracts('bob')).get('sc-fabrikam-5pack'));
    expectValid((await contracts('ken')).get('sc-tailspin-prs'));
    const northwind = await contracts('ada');
    for (const id of ['sc-northwind-scs', 'sc-pb-northwind-core', 'sc-pb-northwind-portland', 'sc-pb-northwind-portland-scs']) expectValid(northwind.get(id));
  });

  it('SUP-9 Sue\'s activity has the open incident of the last week and two resolved ones', async () => {
    type Incident = { status: string; createdAt: string };
    const res = await ok<{ mySupportActivity: { nodes: Incident[] } }>(stack, '{ mySupportActivity { nodes { status createdAt } } }', 'sue');
    const open = res.mySupportActivity.nodes.filter((i) => i.status === 'OPEN');
    expect(open).toHaveLength(1);
    expect(now - Date.parse(open[0].createdAt)).toBeLessThan(7 * DAY_MS);
    expect(res.mySupportActivity.nodes.filter((i) => i.status === 'RESOLVED')).toHaveLength(2);
  });

  it('MP-5 MP-8 Alice has one licence to renew, one running, and a download within the last two years', async () => {
    type Node = { product: { id: string }; licenseStatus: { actionNeeded: string }; lastDownloads: { downloadedAt: string }[] };
    const res = await ok<{ myProducts: { nodes: Node[] } }>(
      stack,
      '{ myProducts { nodes { product { id } licenseStatus { actionNeeded } lastDownloads { downloadedAt } } } }',
      'alice',
    );
    const byProduct = new Map(res.myProducts.nodes.map((n) => [n.product.id, n]));
    expect(byProduct.get('prod-windows-server')?.licenseStatus.actionNeeded).toBe('RENEW');
    expect(byProduct.get('prod-office')?.licenseStatus.actionNeeded).toBe('NONE');
    const downloads = byProduct.get('prod-office')!.lastDownloads;
    expect(downloads).toHaveLength(1);
    expect(now - Date.parse(downloads[0].downloadedAt)).toBeLessThan(2 * 365 * DAY_MS);
  });

  it('AGR-1 Contoso\'s agreements run on the seeding day', async () => {
    type Agreement = { number: string; status: string; startDate: string; endDate: string };
    const res = await ok<{ myAgreements: { nodes: Agreement[] } }>(stack, '{ myAgreements { nodes { number status startDate endDate } } }', 'alice');
    expect(res.myAgreements.nodes).toHaveLength(3);
    const today = SEEDED_AT.slice(0, 10);
    for (const a of res.myAgreements.nodes) {
      expect(a.status).toBe('ACTIVE');
      expect(a.startDate < today && today < a.endDate).toBe(true);
    }
  });

  it('SUP-8 an SCS display name starts with the two-digit year its contract started: 30 for the seeded ones, 31 for one provisioned now', async () => {
    const seeded = [...(await contracts('ada')).values()].filter((c) => c.kind === 'SIGNATURE_CLOUD_SUPPORT');
    expect(seeded).toHaveLength(2);
    for (const c of seeded) {
      expect(twoDigitYear(c.startsAt)).toBe('30');
      expect(c.displayName).toBe(`30 SCS-4648141-unk (${c.accessId.slice(0, 4)}xxxxx)`);
    }

    await ok(stack, 'mutation { activateBenefitSelfService(input: { packageId: "bp-wingtip-core" }) { id } }', 'will');
    await eventually(async () =>
      (await countRows(stack, 'support-contracts', "SELECT COUNT(*) AS n FROM support_contract WHERE id = 'sc-pb-bp-wingtip-core-scs'")) === 1 ? true : undefined,
    );
    const provisioned = (await contracts('will')).get('sc-pb-bp-wingtip-core-scs');
    expect(provisioned?.displayName).toBe(`31 SCS-5300400-unk (${provisioned?.accessId.slice(0, 4)}xxxxx)`);
  });
});
