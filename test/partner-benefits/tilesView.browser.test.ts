import type { Browser } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { startStack, type Stack } from '../harness/stack';

/**
 * Acceptance 4: the embeddable <benefit-tiles> view, served by the gateway,
 * renders in headless Chromium against the running stack, and what a person
 * sees matches the numbers of the GraphQL query.
 */
let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Tile {
  id: string;
  title: string;
  unit: 'INCIDENTS' | 'HOURS';
  status: string;
  checklist: { item: string; state: string; passed: boolean; hint: string }[];
  supportContract: { incidentsGranted: number; incidentsRemaining: number; advisoryHoursGranted: number; advisoryHoursRemaining: number } | null;
}

async function queryTiles(user: 'ada' | 'lea' | 'pia'): Promise<Tile[]> {
  const res = await stack.queryGateway<{ myBenefitTiles: { nodes: Tile[] } }>(
    `query($first: Int) { myBenefitTiles(first: $first) { nodes { id title unit status checklist { item state passed hint }
        supportContract { incidentsGranted incidentsRemaining advisoryHoursGranted advisoryHoursRemaining } } } }`,
    { as: user, variables: { first: 200 } },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.myBenefitTiles.nodes;
}

/** What a person sees on each tile: its title, status and the three numbers or the reasons. */
async function renderedTiles(user: 'ada' | 'lea' | 'pia') {
  const page = await browser.newPage();
  try {
    const token = await stack.tokenFor(user);
    await page.goto(`${stack.gatewayUrl}/static/tiles.html?token=${encodeURIComponent(token)}`);
    await page.locator('benefit-tiles[data-state="ready"]').waitFor({ timeout: 15_000 });
    const tiles = page.locator('benefit-tiles article.tile');
    const count = await tiles.count();
    const seen = [];
    for (let i = 0; i < count; i++) {
      const tile = tiles.nth(i);
      const text = async (part: string) => ((await tile.locator(`[data-part="${part}"]`).count()) ? (await tile.locator(`[data-part="${part}"]`).innerText()).trim() : null);
      seen.push({
        id: await tile.getAttribute('data-tile-id'),
        title: (await tile.locator('h3').innerText()).trim(),
        status: await text('status'),
        total: await text('total'),
        consumed: await text('consumed'),
        remaining: await text('remaining'),
        why: (await tile.locator('[data-part="why"] li').allInnerTexts()).map((t) => t.trim()),
      });
    }
    return seen;
  } finally {
    await page.close();
  }
}

describe('embeddable tile view in headless Chromium', () => {
  it('PB-5/6 shows northwind the same titles and balances as the query', async () => {
    const [queried, seen] = await Promise.all([queryTiles('ada'), renderedTiles('ada')]);
    const expected = queried.map((t) => {
      const c = t.supportContract!;
      const [total, remaining] = t.unit === 'HOURS' ? [c.advisoryHoursGranted, c.advisoryHoursRemaining] : [c.incidentsGranted, c.incidentsRemaining];
      return { id: t.id, title: t.title, status: 'Active', total: String(total), consumed: String(total - remaining), remaining: String(remaining), why: [] };
    });
    expect(seen).toEqual(expected);
    // Exact figures, so a view and a query that agree on wrong numbers still fail.
    expect(seen[0]).toMatchObject({ title: 'Advisory hours consumption (total hours)', total: '30', consumed: '8', remaining: '22' });
    expect(seen).toHaveLength(6);
  });

  it('PB-7 shows a blank tile with the reasons for a network member', async () => {
    const [queried, seen] = await Promise.all([queryTiles('lea'), renderedTiles('lea')]);
    expect(seen.map((t) => t.status)).toEqual(['Not eligible', 'Not eligible', 'Not eligible']);
    expect(seen.map((t) => [t.total, t.remaining])).toEqual([[null, null], [null, null], [null, null]]);
    expect(seen[0].why).toEqual(queried[0].checklist.filter((c) => c.state === 'FAILED').map((c) => c.hint));
    // PB-7: only the blocking item, never the hints of items that were not checked (activation, balance).
    expect(seen.map((t) => t.why)).toEqual(Array(3).fill(['Network members have no technical benefits: buy an Action Pack or earn a competency.']));
  });

  it('PB-5/6 PB-7 shows a tile whose contract is overdue as delayed, with the one reason and no "within 3 days"', async () => {
    stack.clock.set('2026-07-01T09:00:00.000Z'); // proseware's core was activated 2026-06-14 and its contract never arrived
    try {
      const [queried, seen] = await Promise.all([queryTiles('pia'), renderedTiles('pia')]);
      const core = seen.filter((t) => t.id?.startsWith('ent-proseware-core-'));
      expect(core.map((t) => t.status)).toEqual(['Balance delayed', 'Balance delayed', 'Balance delayed']);
      expect(core[0].why).toEqual(queried.find((t) => t.id === core[0].id)!.checklist.filter((c) => c.state === 'FAILED').map((c) => c.hint));
      expect(core[0].why).toHaveLength(1);
      expect(core[0].why[0]).toMatch(/^Activated on 2026-06-14: the balance was due by 2026-06-17, but its support contract has not arrived/);
    } finally {
      stack.clock.set('2026-06-15T09:00:00.000Z');
    }
  });
});
