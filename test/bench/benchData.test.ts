import crypto from 'node:crypto';
import { AGREEMENTS_QUERY, CATALOG_QUERY, SUBMIT_MUTATION, TILES_QUERY } from '../../bench/workloads';
import { seedBenchData, type BenchDataSet, type BenchUser } from '../../bench/data/seedBenchData';
import { SUBGRAPHS, type SubgraphName } from '../../common/services';
import { startStack, type GraphQLResponse, type Stack } from '../harness/stack';

/**
 * The bench data set serves every workload of `npm run bench` without an
 * error, and each operation costs the same SQL statements at scale 1 and at
 * scale 3 (batching holds as the stores grow). Two stacks, one per scale.
 * Scale 1 runs on the harness's usual clock (2026-06-15) and is seeded at
 * that date (`now` argument); scale 3 runs on a clock set to the real time
 * and is seeded with the default `now`, the way `npm run bench` seeds.
 */

interface Seeded {
  stack: Stack;
  data: BenchDataSet;
}

type Statements = Record<SubgraphName, number> & { total: number };

const LARGE_SCALE = 3;
let small: Seeded;
let large: Seeded;

async function seededStack(scale: number, clock: 'harness' | 'real'): Promise<Seeded> {
  const stack = await startStack(clock === 'real' ? { now: new Date().toISOString() } : {});
  try {
    const store = (name: SubgraphName) => stack.subgraphs[name].service.store.dataSource;
    const stores = { agreements: store('agreements'), 'support-contracts': store('support-contracts'), 'software-catalog': store('software-catalog'), 'partner-benefits': store('partner-benefits') };
    const data = clock === 'real' ? await seedBenchData(stores, scale) : await seedBenchData(stores, scale, stack.clock.now());
    return { stack, data };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}

beforeAll(async () => {
  const [a, b] = await Promise.allSettled([seededStack(1, 'harness'), seededStack(LARGE_SCALE, 'real')]);
  if (a.status === 'fulfilled') small = a.value;
  if (b.status === 'fulfilled') large = b.value;
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
}, 60_000);

afterAll(async () => {
  await Promise.all([small?.stack.stop(), large?.stack.stop()]);
});

async function as(s: Seeded, user: BenchUser | null, query: string, variables: Record<string, unknown> = {}) {
  const authorization = user ? `Bearer ${await s.stack.tokenForClaims(user)}` : undefined;
  return s.stack.queryGateway<Record<string, never>>(query, { authorization, variables });
}

/** Sends one operation and counts the SQL statements each store ran for it. */
/**
 * Waits until no store has an event waiting for delivery: a mutation measured
 * earlier (submit writes an MP-1 event for the catalog) is delivered by a
 * relay a moment after its answer, and those statements belong to no window.
 */
async function outboxesQuiet(s: Seeded): Promise<void> {
  const statements = () => SUBGRAPHS.reduce((sum, d) => sum + s.stack.subgraphs[d.name].sqlStatements(), 0);
  let quietSince: number | null = null;
  let last = -1;
  for (let tries = 0; tries < 200; tries += 1) {
    const counts = await Promise.all(SUBGRAPHS.map((d) => s.stack.subgraphs[d.name].service.outbox?.counts()));
    // Delivered is not yet done: the relay still releases its lease after the destination acknowledged,
    // so the stores must also have run no statement (but these counts' own) for a while.
    const now = statements();
    const idle = counts.every((c) => !c || c.pending === 0) && now - last <= SUBGRAPHS.length;
    last = statements();
    if (!idle) quietSince = null;
    else if (quietSince === null) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the stores were not quiet within 10 s');
}

async function measured<T>(s: Seeded, send: () => Promise<GraphQLResponse<T>>): Promise<{ res: GraphQLResponse<T>; statements: Statements }> {
  await outboxesQuiet(s);
  const before = SUBGRAPHS.map((d) => s.stack.subgraphs[d.name].sqlStatements());
  const res = await send();
  const statements = { total: 0 } as Statements;
  SUBGRAPHS.forEach((d, i) => {
    statements[d.name] = s.stack.subgraphs[d.name].sqlStatements() - before[i];
    statements.total += statements[d.name];
  });
  return { res, statements };
}

/** What a response's data holds, typed by the test that reads it; errors fail the test with their messages. */
function dataOf<T>(res: GraphQLResponse<Record<string, never>>): T {
  expect(res.errors).toBeUndefined();
  return res.data as unknown as T;
}

interface Tiles {
  myPartnerMembership: { program: string; partnerNumber: string; organization: { name: string | null } };
  myBenefitTiles: {
    totalCount: number;
    nodes: { status: string; failingChecks: string[]; location: { name: string } | null; supportContract: Record<string, number | string> | null }[];
  };
}

interface Agreements {
  myAgreements: {
    totalCount: number;
    nodes: {
      licenseLines: { product: { id: string; name: string; latestVersion: { version: string } | null } | null }[];
      saServices: { kind: string; status: string }[];
    }[];
  };
}

interface Catalog {
  products: { totalCount: number; nodes: { name: string; latestVersion: { version: string } | null; versions: { languages: string[]; editions: string[] }[] }[] };
}

interface Submitted {
  submitSupportIncident: { requestNumber: string; contract: { incidentsRemaining: number } };
}

/** Every user of the list at scale 1; at the larger scale the first and the last (the last one's rows are the newest). */
function sample<T>(s: Seeded, list: (d: BenchDataSet) => T[]): T[] {
  const all = list(s.data);
  return s === small ? all : [all[0], all[all.length - 1]];
}

function submitInput(contractId: string, productId: string, key: string = crypto.randomUUID()) {
  return { input: { supportContractId: contractId, productId, severity: 'B', description: 'Bench data test incident', idempotencyKey: key } };
}

describe('bench data set', () => {
  it('grows linearly with the scale in every store, with the documented counts per unit', () => {
    expect(small.data.rows).toEqual({ agreements: 7220, 'support-contracts': 340, 'software-catalog': 250, 'partner-benefits': 130 });
    for (const d of SUBGRAPHS) expect(large.data.rows[d.name]).toBe(LARGE_SCALE * small.data.rows[d.name]);
    expect([small.data.partnerUsers.length, small.data.customerAdmins.length, small.data.submitters.length]).toEqual([10, 10, 10]);
    expect(large.data.customerAdmins.length).toBe(10 * LARGE_SCALE);
  });

  it('PB-5/6 PB-7 tiles: every partner user sees 6 ACTIVE tiles with balances and its organisation name', async () => {
    for (const [s, user] of [small, large].flatMap((s) => sample(s, (d) => d.partnerUsers).map((u) => [s, u] as const))) {
      const d = dataOf<Tiles>(await as(s, user, TILES_QUERY));
      expect(d.myPartnerMembership.organization.name).toMatch(/^Bench Partner/);
      expect(d.myBenefitTiles.totalCount).toBe(6);
      expect(d.myBenefitTiles.nodes.map((t) => t.status)).toEqual(Array(6).fill('ACTIVE'));
      for (const t of d.myBenefitTiles.nodes) {
        expect(t.supportContract).not.toBeNull();
        expect(typeof t.supportContract?.incidentsRemaining).toBe('number');
        expect(typeof t.supportContract?.advisoryHoursRemaining).toBe('number');
      }
    }
  });

  it('AGR-2 AGR-5 agreements: every customer admin gets 50 agreements with licensed products and SA services', async () => {
    for (const [s, user] of [small, large].flatMap((s) => sample(s, (d) => d.customerAdmins).map((u) => [s, u] as const))) {
      const d = dataOf<Agreements>(await as(s, user, AGREEMENTS_QUERY));
      expect(d.myAgreements.totalCount).toBeGreaterThanOrEqual(60);
      expect(d.myAgreements.nodes).toHaveLength(50);
      for (const a of d.myAgreements.nodes) {
        expect(a.licenseLines).toHaveLength(3);
        expect(a.licenseLines.every((l) => l.product?.name && l.product.latestVersion)).toBe(true);
        expect(a.saServices.length).toBeGreaterThan(0);
        expect(a.saServices.filter((s) => s.status === 'ACTIVATED').map((s) => s.kind).sort()).toEqual(['ELEARNING', 'TRAINING_VOUCHERS']);
      }
    }
  });

  it('catalog: the search text finds a full page of bench products, without a token', async () => {
    for (const s of [small, large]) {
      const d = dataOf<Catalog>(await as(s, null, CATALOG_QUERY, { search: s.data.catalogSearch }));
      expect(d.products.nodes).toHaveLength(20);
      expect(d.products.totalCount).toBe(50 * s.data.scale);
      for (const p of d.products.nodes) {
        expect(p.name).toMatch(/^Bench /);
        expect(p.latestVersion).not.toBeNull();
        expect(p.versions).toHaveLength(4);
        expect(p.versions.every((v) => v.languages.length >= 3 && v.editions.length >= 2)).toBe(true);
      }
    }
  });

  it('SUP-4 SUP-5 submit: every submitter can use each of its contracts and products, and a retry returns the same request', async () => {
    for (const [s, { user, supportContractIds, productIds }] of [small, large].flatMap((s) => sample(s, (d) => d.submitters).map((u) => [s, u] as const))) {
      expect(supportContractIds.length).toBeGreaterThanOrEqual(5);
      const pairs = [...supportContractIds.map((c) => [c, productIds[0]]), ...productIds.map((p) => [supportContractIds[0], p])];
      for (const [contractId, productId] of pairs) {
        const d = dataOf<Submitted>(await as(s, user, SUBMIT_MUTATION, submitInput(contractId, productId)));
        expect(d.submitSupportIncident.requestNumber).toMatch(/^SR\d{12}$/);
        expect(d.submitSupportIncident.contract.incidentsRemaining).toBeGreaterThan(999_000);
      }
    }
    const { user, supportContractIds, productIds } = small.data.submitters[0];
    const variables = submitInput(supportContractIds[1], productIds[1]);
    const first = dataOf<Submitted>(await as(small, user, SUBMIT_MUTATION, variables));
    const retry = dataOf<Submitted>(await as(small, user, SUBMIT_MUTATION, variables));
    expect(retry.submitSupportIncident.requestNumber).toBe(first.submitSupportIncident.requestNumber);
  });
});

describe('SQL statements per operation do not grow with the scale', () => {
  /** The same operation, as the same-position user, on both stacks. */
  async function both(send: (s: Seeded) => Promise<GraphQLResponse<Record<string, never>>>): Promise<[Statements, Statements]> {
    const a = await measured(small, () => send(small));
    const b = await measured(large, () => send(large));
    expect(a.res.errors).toBeUndefined();
    expect(b.res.errors).toBeUndefined();
    return [a.statements, b.statements];
  }

  it.each([
    ['tiles', (s: Seeded) => as(s, s.data.partnerUsers[3], TILES_QUERY)],
    ['agreements', (s: Seeded) => as(s, s.data.customerAdmins[3], AGREEMENTS_QUERY)],
    // The gateway reuses public catalog answers for 60 s: a spelling not asked before reaches the store.
    ['catalog', (s: Seeded) => as(s, null, CATALOG_QUERY, { search: s.data.catalogSearch.toUpperCase() })],
    ['submit', (s: Seeded) => as(s, s.data.submitters[3].user, SUBMIT_MUTATION, submitInput(s.data.submitters[3].supportContractIds[2], s.data.submitters[3].productIds[4]))],
  ])('%s', async (_name, send) => {
    const [atOne, atLarge] = await both(send);
    expect(atOne.total).toBeGreaterThan(0);
    expect(atLarge).toEqual(atOne);
  });

  it('submit retry (same idempotency key)', async () => {
    const variablesOf = (s: Seeded) => submitInput(s.data.submitters[5].supportContractIds[0], s.data.submitters[5].productIds[0], 'bench-retry-key');
    await both((s) => as(s, s.data.submitters[5].user, SUBMIT_MUTATION, variablesOf(s)));
    const [atOne, atLarge] = await both((s) => as(s, s.data.submitters[5].user, SUBMIT_MUTATION, variablesOf(s)));
    expect(atLarge).toEqual(atOne);
  });
});
