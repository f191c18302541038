import { startStack, type GraphQLResponse, type Stack } from '../harness/stack';
import { SupportContractRow, SupportIncidentRow } from '../../subgraphs/support-contracts/src/store/entities';
import { killStoreConnections, startKilling } from './storeConnections';

/**
 * The database goes away under writes. The shared MariaDB server is not
 * stopped (other test files use it at the same time): the connections of the
 * support-contracts store alone are KILLed, which is what the service sees when
 * its database restarts. Two shapes: intermittent cuts (every 100 ms, the pool
 * keeps losing connections mid-transaction) and "away" (killed as fast as the
 * server answers, so no connection lives long enough to run a statement,
 * during which `/ready` must say 503).
 */

let stack: Stack;
let database: string;
let readyUrl: string;
// Far more than any run can use: a fast machine acknowledged over 1,000 submissions in the 4 s of cuts.
const GRANTED = 1_000_000;
const CONTRACT = 'sc-db-cut';

const SUBMIT = `mutation Submit($input: SubmitSupportIncidentInput!) {
  submitSupportIncident(input: $input) { id status contract { id } }
}`;
type Submitted = GraphQLResponse<{ submitSupportIncident: { id: string } | null }>;

const previousLogLevel = process.env.LOG_LEVEL;
beforeAll(async () => {
  // Every cut statement is logged as a warning by design; here they are the point, not news.
  process.env.LOG_LEVEL = 'error';
  stack = await startStack({ env: { SUBGRAPH_TIMEOUT_MS: '15000' } });
  const sc = stack.subgraphs['support-contracts'];
  database = sc.service.store.dataSource.options.database as string;
  readyUrl = sc.url.replace(/\/graphql$/, '/ready');
  await sc.service.store.dataSource.getRepository(SupportContractRow).insert({
    id: CONTRACT,
    accessId: '0970000001',
    contractId: '0970000001',
    organizationId: 'org-contoso',
    kind: 'PRODUCT_SUPPORT',
    scope: 'ALL',
    label: 'Fault Pack',
    incidentsGranted: GRANTED,
    incidentsRemaining: GRANTED,
    advisoryHoursGranted: 0,
    advisoryHoursRemaining: 0,
    startsAt: new Date('2026-03-01T00:00:00.000Z'),
    expiresAt: new Date('2027-03-01T00:00:00.000Z'),
  });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  if (previousLogLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = previousLogLevel;
});

function submit(key: string): Promise<Submitted> {
  return stack.queryGateway(SUBMIT, {
    as: 'sue',
    variables: { input: { supportContractId: CONTRACT, productId: 'prod-sql-server', severity: 'C', description: 'db cut', idempotencyKey: key } },
  });
}

async function readyStatus(): Promise<number> {
  return (await fetch(readyUrl)).status;
}

async function storedIncidents(): Promise<Map<string, number>> {
  const rows = await stack.subgraphs['support-contracts'].service.store.dataSource
    .getRepository(SupportIncidentRow)
    .findBy({ supportContractId: CONTRACT });
  return new Map(rows.map((r) => [r.idempotencyKey, r.id]));
}

async function balance(): Promise<number> {
  const row = await stack.subgraphs['support-contracts'].service.store.dataSource
    .getRepository(SupportContractRow)
    .findOneByOrFail({ id: CONTRACT });
  return row.incidentsRemaining;
}

/** Submits with `workers` clients in parallel until `until()` says stop; every response is kept by key. */
async function driveSubmissions(prefix: string, workers: number, until: (results: Map<string, Submitted>) => boolean): Promise<Map<string, Submitted>> {
  const results = new Map<string, Submitted>();
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until(results)) {
        const key = `${prefix}-${next++}`;
        results.set(key, await submit(key));
      }
    }),
  );
  return results;
}

async function waitUntilReady(boundMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < boundMs) {
    if ((await readyStatus()) === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`/ready did not come back within ${boundMs} ms`);
}

describe('the database connection is cut during writes', () => {
  it('keeps every acknowledged submission and a balance of granted minus stored incidents; failures are coded, never half-written', async () => {
    expect(await readyStatus()).toBe(200);
    const killer = startKilling(database, 100);
    // At least 4 s of cuts, and then until enough writes went through between them (a busy machine
    // serves fewer per second); 30 s at most.
    const started = Date.now();
    const acknowledgedSoFar = (results: Map<string, Submitted>) => [...results.values()].filter((r) => r.data?.submitSupportIncident && !r.errors).length;
    const results = await driveSubmissions('cut', 6, (sofar) => Date.now() - started >= 30_000 || (Date.now() - started >= 4000 && acknowledgedSoFar(sofar) > 10));
    await killer.stop();

    expect(killer.killed()).toBeGreaterThan(0);
    const acknowledged = [...results].filter(([, r]) => r.data?.submitSupportIncident && !r.errors);
    const failed = [...results].filter(([, r]) => !r.data?.submitSupportIncident);
    // Both happened: writes went through between the cuts, and cuts hit writes.
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(failed.length).toBeGreaterThan(0);
    // Every failure is an error with a code (the driver error is masked, never leaked).
    for (const [, r] of failed) expect(r.errors?.[0]?.extensions?.code).toEqual(expect.any(String));

    await waitUntilReady(5000);
    const stored = await storedIncidents();
    // No acknowledged write is lost: each is in the store with the id the client was given.
    for (const [key, r] of acknowledged) expect(stored.get(key)).toBe(Number(r.data!.submitSupportIncident!.id));
    // No half-write: the balance moved exactly once per stored incident (a failed one either
    // committed whole, its answer lost with the connection, or not at all).
    expect(await balance()).toBe(GRANTED - stored.size);

    // A client retries its failures with the same key (what the key is for): every one lands once.
    const retried = await Promise.all(failed.map(([key]) => submit(key)));
    expect(retried.map((r) => r.errors)).toEqual(failed.map(() => undefined));
    const after = await storedIncidents();
    expect(after.size).toBe(results.size);
    expect(await balance()).toBe(GRANTED - results.size);
  }, 60_000);

  it('reports not ready (503) while the store is away and ready again by itself when it returns', async () => {
    const statuses: number[] = [];
    const killer = startKilling(database, 0);
    let stop = false;
    const timer = setTimeout(() => (stop = true), 3000);
    const probing = (async () => {
      while (!stop) {
        statuses.push(await readyStatus());
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    // Writes keep arriving while the database is away.
    const results = await driveSubmissions('away', 3, () => stop);
    await probing;
    clearTimeout(timer);
    await killer.stop();

    expect(statuses).toContain(503);
    const recoveredInMs = await waitUntilReady(5000);
    expect(recoveredInMs).toBeLessThan(5000);
    // Nothing restarted by hand: the next writes and reads just work.
    const fresh = await submit('away-after');
    expect(fresh.errors).toBeUndefined();
    const stored = await storedIncidents();
    for (const [key, r] of results) {
      if (r.data?.submitSupportIncident && !r.errors) expect(stored.get(key)).toBe(Number(r.data.submitSupportIncident.id));
      else expect(r.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    }
    expect(await balance()).toBe(GRANTED - stored.size);
  }, 60_000);

  it('a single cut of every pooled connection costs at most one coded failure; a retry with the same key lands once', async () => {
    await submit('single-warm');
    await killStoreConnections(database);
    // The pool may hand out a connection whose death it has not processed yet: that request fails, coded.
    const first = await submit('single-after');
    if (first.errors) expect(first.errors[0]?.extensions?.code).toEqual(expect.any(String));
    const retried = await submit('single-after');
    expect(retried.errors).toBeUndefined();
    expect(await readyStatus()).toBe(200);
    const stored = await storedIncidents();
    expect(stored.get('single-after')).toBe(Number(retried.data!.submitSupportIncident!.id));
    expect(await balance()).toBe(GRANTED - stored.size);
  });
});
