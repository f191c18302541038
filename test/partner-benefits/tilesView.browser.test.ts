import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { closeServer } from '../../common/subgraphServer';
import { launchChromium } from '../harness/browser';
import { startStack, type Stack } from '../harness/stack';

/**
 * Acceptance 4: the embeddable <benefit-tiles> view, served by the gateway,
 * renders in headless Chromium against the running stack, and what a person
 * sees matches the numbers of the GraphQL query.
 */
let stack: Stack;
let browser: Browser;
/** A partner's own site (listed in CORS_ORIGINS) and another site that is not listed, each on its own port. */
let partnerSite: http.Server;
let unlistedSite: http.Server;
const siteUrl = (s: http.Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

/** Where the test writes the component's screenshots; the README links the folder. */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** A partner's theme, applied from outside the component: custom properties and ::part only. */
const PARTNER_THEME = `
  benefit-tiles.themed { --benefit-tiles-font: 13px/1.5 Georgia, serif; --benefit-tiles-accent: #6a1b9a; --benefit-tiles-background: #fbf7ff;
    --benefit-tiles-border: #cbb2e0; --benefit-tiles-radius: 2px; --benefit-tiles-color: #2a1140; }
  benefit-tiles.themed::part(status) { background: #6a1b9a; color: #fff; }
  benefit-tiles.themed::part(title) { text-transform: uppercase; letter-spacing: .04em; }
`;

/**
 * The partner's dashboard page: it loads the component from the gateway, points it at the gateway's
 * /graphql, and hands it the token through a callback (read from the page's own URL: demo only).
 */
function partnerPage(gatewayUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner dashboard</title>
<script type="module" src="${gatewayUrl}/static/benefit-tiles.js"></script>
<style>body { margin: 16px; background: #f4f4f4; width: 780px; } ${PARTNER_THEME}</style></head>
<body><benefit-tiles id="tiles" endpoint="${gatewayUrl}/graphql"></benefit-tiles>
<script type="module">
  const params = new URLSearchParams(location.search);
  const tiles = document.getElementById('tiles');
  if (params.get('lang')) tiles.setAttribute('lang', params.get('lang'));
  if (params.get('theme')) tiles.classList.add('themed');
  const tokens = params.getAll('token');
  let calls = 0;
  // A refresh callback: each call may return a newer token (here, the next one given).
  tiles.tokenProvider = async () => tokens[Math.min(calls++, tokens.length - 1)] || null;
</script></body></html>`;
}

function serveSite(html: () => string): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  [partnerSite, unlistedSite] = await Promise.all([serveSite(() => partnerPage(stack.gatewayUrl)), serveSite(() => partnerPage(stack.gatewayUrl))]);
  [stack, browser] = await Promise.all([startStack({ env: { CORS_ORIGINS: siteUrl(partnerSite) } }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  for (const s of [partnerSite, unlistedSite]) if (s?.listening) await closeServer(s);
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
async function renderedTiles(user: 'ada' | 'lea' | 'pia', site?: http.Server) {
  const page = await browser.newPage();
  try {
    const token = await stack.tokenFor(user);
    await page.goto(site ? `${siteUrl(site)}/?token=${encodeURIComponent(token)}` : `${stack.gatewayUrl}/static/tiles.html?token=${encodeURIComponent(token)}`);
    return await seenTiles(page);
  } finally {
    await page.close();
  }
}

async function seenTiles(page: Page) {
  {
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
        activate: await text('activate'),
        who: await text('who'),
      });
    }
    return seen;
  }
}

describe('embeddable tile view in headless Chromium', () => {
  it('PB-5/6 shows northwind the same titles and balances as the query', async () => {
    const [queried, seen] = await Promise.all([queryTiles('ada'), renderedTiles('ada')]);
    const expected = queried.map((t) => {
      const c = t.supportContract!;
      const [total, remaining] = t.unit === 'HOURS' ? [c.advisoryHoursGranted, c.advisoryHoursRemaining] : [c.incidentsGranted, c.incidentsRemaining];
      return { id: t.id, title: t.title, status: 'Active', total: String(total), consumed: String(total - remaining), remaining: String(remaining), why: [], activate: null, who: null };
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

describe('<benefit-tiles> embedded on a partner site (another origin)', () => {
  /** Opens the partner page as `tokens` (given to the component's refresh callback in turn) and returns the page. */
  async function openPartnerPage(site: http.Server, tokens: string[], query: Record<string, string> = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 820, height: 600 } });
    const params = new URLSearchParams(query);
    for (const t of tokens) params.append('token', t);
    await page.goto(`${siteUrl(site)}/?${params}`);
    return page;
  }

  it('PB-5/6 shows northwind from the partner origin the same tiles and balances as the query, sending hashes, not text', async () => {
    const page = await openPartnerPage(partnerSite, [await stack.tokenFor('ada')]);
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') bodies.push(r.postData() ?? '');
    });
    try {
      await page.reload();
      const [queried, seen] = await Promise.all([queryTiles('ada'), seenTiles(page)]);
      expect(seen.map((t) => [t.id, t.title, t.status, t.total, t.consumed, t.remaining])).toEqual(
        queried.map((t) => {
          const c = t.supportContract!;
          const [total, remaining] = t.unit === 'HOURS' ? [c.advisoryHoursGranted, c.advisoryHoursRemaining] : [c.incidentsGranted, c.incidentsRemaining];
          return [t.id, t.title, 'Active', String(total), String(total - remaining), String(remaining)];
        }),
      );
      expect(seen[0]).toMatchObject({ title: 'Advisory hours consumption (total hours)', total: '30', consumed: '8', remaining: '22' });
      // Trusted documents: the component names its operation by hash and never sends the text.
      expect(bodies.length).toBeGreaterThan(0);
      for (const b of bodies) {
        const body = JSON.parse(b) as { query?: string; extensions: { persistedQuery: { sha256Hash: string } } };
        expect(body.query).toBeUndefined();
        expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      await page.close();
    }
  });

  it('shows the network error state on a site the gateway does not list (the CORS preflight fails)', async () => {
    const page = await openPartnerPage(unlistedSite, [await stack.tokenFor('ada')]);
    try {
      await page.locator('benefit-tiles[data-state="error"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('benefit-tiles').getAttribute('data-error-code')).toBe('NETWORK');
      expect(await page.locator('benefit-tiles [role="alert"]').innerText()).toBe('The benefits service cannot be reached. Try again later.');
      expect(await page.locator('benefit-tiles article.tile').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('shows coded error states: expired token, no membership, no token; a refresh callback recovers from an expired token', async () => {
    const expired = await stack.tokenForClaims({ sub: 'u-ada', email: 'ada@northwind.example', org: 'org-northwind', orgKind: 'PARTNER', roles: ['program_admin'] }, -60);
    const cases: [string[], string][] = [
      [[expired], 'TOKEN_EXPIRED'],
      [[await stack.tokenFor('alice')], 'NO_MEMBERSHIP'],
      [[], 'SIGN_IN'],
    ];
    for (const [tokens, code] of cases) {
      const page = await openPartnerPage(partnerSite, tokens);
      try {
        await page.locator('benefit-tiles[data-state="error"]').waitFor({ timeout: 15_000 });
        expect(await page.locator('benefit-tiles').getAttribute('data-error-code')).toBe(code);
      } finally {
        await page.close();
      }
    }
    // The callback is asked again after UNAUTHENTICATED; the fresh token it returns is used.
    const page = await openPartnerPage(partnerSite, [expired, await stack.tokenFor('ada')]);
    try {
      expect(await seenTiles(page)).toHaveLength(6);
      // Never stored: nothing in the page's storage, cookies or the element's attributes holds a token.
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
      expect(await page.locator('benefit-tiles').getAttribute('token')).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('writes screenshots in English, French and Japanese, default and themed by the partner (docs/screenshots)', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const ada = await stack.tokenFor('ada');
    const expectedStatus = { en: 'Active', fr: 'Actif', ja: '有効' } as const;
    for (const lang of ['en', 'fr', 'ja'] as const) {
      for (const theme of ['default', 'themed'] as const) {
        const page = await openPartnerPage(partnerSite, [ada], { lang, ...(theme === 'themed' ? { theme: '1' } : {}) });
        try {
          const seen = await seenTiles(page);
          expect(seen.map((t) => t.status)).toEqual(Array(6).fill(expectedStatus[lang]));
          expect(seen[0]).toMatchObject({ total: '30', consumed: '8', remaining: '22' });
          const status = page.locator('benefit-tiles [part="status"]').first();
          // The theme reaches inside the shadow root through ::part, and the custom properties through inheritance.
          expect(await status.evaluate((n) => getComputedStyle(n).backgroundColor)).toBe(theme === 'themed' ? 'rgb(106, 27, 154)' : 'rgb(238, 238, 238)');
          await page.locator('benefit-tiles').screenshot({ path: path.join(SCREENSHOTS, `benefit-tiles-${lang}-${theme}.png`) });
        } finally {
          await page.close();
        }
      }
    }
    expect(fs.readdirSync(SCREENSHOTS).filter((f) => f.startsWith('benefit-tiles-'))).toHaveLength(6);
  });

  it('PB-11 tells a wingtip user who is no program admin who can activate, and offers no button', async () => {
    const token = await stack.tokenForClaims({ sub: 'u-wingtip-sue', email: 'sue@wingtip.example', org: 'org-wingtip', orgKind: 'PARTNER', roles: ['support_user'] });
    const page = await openPartnerPage(partnerSite, [token], { lang: 'fr' });
    try {
      const seen = await seenTiles(page);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.map((t) => t.status)).toEqual(Array(seen.length).fill('Non activé'));
      expect(seen.map((t) => t.activate)).toEqual(Array(seen.length).fill(null));
      expect(seen[0].who).toBe('Un administrateur du programme de votre organisation peut activer cet avantage.');
    } finally {
      await page.close();
    }
  });

  it('PB-11 lets a program admin activate a not-activated benefit from the tile; it turns to provisioning', async () => {
    const page = await openPartnerPage(partnerSite, [await stack.tokenFor('will')]);
    try {
      const before = await seenTiles(page);
      expect(before.map((t) => t.status)).toEqual(Array(before.length).fill('Not activated'));
      expect(before.map((t) => t.activate)).toEqual(Array(before.length).fill('Activate'));
      expect(before.map((t) => t.who)).toEqual(Array(before.length).fill(null));
      await page.locator('benefit-tiles [part="activate"]').first().click();
      await page.locator('benefit-tiles article.tile[data-status="PROVISIONING"]').first().waitFor({ timeout: 15_000 });
      // The first tile is a core benefit: the core package turns to provisioning, the toolkit's stays as it was.
      const after = await seenTiles(page);
      const core = after.filter((t) => t.id?.startsWith('ent-wingtip-core-'));
      const others = after.filter((t) => !t.id?.startsWith('ent-wingtip-core-'));
      expect(before[0].id).toMatch(/^ent-wingtip-core-/);
      expect(core.map((t) => [t.status, t.activate])).toEqual(Array(3).fill(['Provisioning', null]));
      expect(others.map((t) => [t.status, t.activate])).toEqual(Array(others.length).fill(['Not activated', 'Activate']));
      const membership = await stack.queryGateway<{ myPartnerMembership: { benefitPackages: { activation: { mode: string } | null }[] } }>(
        '{ myPartnerMembership { benefitPackages { activation { mode } } } }',
        { as: 'will' },
      );
      expect(membership.data!.myPartnerMembership.benefitPackages[0].activation).toEqual({ mode: 'SELF_SERVICE' });
    } finally {
      await page.close();
    }
  });
});
