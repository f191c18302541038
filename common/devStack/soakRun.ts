/**
 * The soak: steady mixed traffic through the real gateway while subgraphs go
 * down and come back and stores lose their database connections, in turn;
 * then the books are checked against the store. Used by `npm run soak` and by
 * a short jest run (`test/faults/soak.test.ts`).
 */
import type { SubgraphName } from '../services';
import type { DemoUserHandle } from '../demo/users';
import type { GraphQLResponse, Stack } from './stack';
import { SupportContractRow, SupportIncidentRow } from '../../subgraphs/support-contracts/src/store/entities';
import { startKilling } from './storeConnections';

export interface SoakOptions {
  /** How long traffic runs. */
  durationMs: number;
  /** Operations started per second (steady; a tick is skipped when too many are in flight). */
  ratePerSecond?: number;
  /** A fault starts this often; they alternate: subgraph restart, database cut. */
  faultEveryMs?: number;
  /** How long a subgraph stays down / a store keeps losing its connections. */
  faultLengthMs?: number;
  /** Progress lines (stderr in the script). */
  log?: (line: string) => void;
}

export interface SoakSummary {
  seconds: number;
  ratePerSecond: number;
  operations: Record<string, number>;
  acknowledged: Record<string, number>;
  errorsByCode: Record<string, number>;
  retries: { submit: number; close: number; succeededAfterRetry: number; abandoned: number };
  skippedTicks: number;
  faults: {
    subgraphRestarts: number;
    databaseCuts: number;
    connectionsKilled: number;
    notReadyObserved: number;
  };
  restartsSurvived: number;
  faultsInjected: number;
  /** Each fault: what, on which subgraph, and how long after it ended the service answered again (null: never). */
  faultLog: { kind: 'subgraph-restart' | 'database-cut'; subgraph: SubgraphName; recoveredMs: number | null }[];
  books: {
    contracts: { id: string; granted: number; remaining: number; accepted: number; credits: number; balanced: boolean }[];
    acknowledgedSubmissions: number;
    storedSubmissions: number;
    acknowledgedMissing: number;
    acknowledgedClosuresWrong: number;
    storedWithoutAttempt: number;
    balanced: boolean;
  };
}

const CONTRACTS = ['sc-soak-1', 'sc-soak-2', 'sc-soak-3'];
const GRANTED = 100_000;
const SUBMITTERS: DemoUserHandle[] = ['sue', 'alice'];
const RETRYABLE = new Set(['STORE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'NETWORK']);
const MAX_ATTEMPTS = 6;

const SUBMIT = `mutation Submit($input: SubmitSupportIncidentInput!) {
  submitSupportIncident(input: $input) { id status contract { id } }
}`;
const CLOSE = `mutation Close($input: CloseSupportIncidentInput!) {
  closeSupportIncident(input: $input) { id status }
}`;
const READS: { name: string; as: DemoUserHandle; query: string }[] = [
  { name: 'read:contracts', as: 'sue', query: '{ mySupportContracts { id displayName incidentsRemaining } }' },
  { name: 'read:tiles', as: 'ada', query: '{ myBenefitTiles(first: 3) { edges { node { id title status } } } }' },
  { name: 'read:agreements', as: 'alice', query: '{ myAgreements(first: 5) { edges { node { id } } } }' },
  {
    name: 'read:organization',
    as: 'ada',
    query: '{ myOrganization { name supportContracts { displayName incidentsRemaining } partnerMembership { program } } }',
  },
];
/** A query that needs the subgraph: it answers without error once the subgraph is back. */
const PROBES: Record<SubgraphName, { as: DemoUserHandle; query: string }> = {
  'support-contracts': { as: 'sue', query: '{ mySupportContracts { id } }' },
  'partner-benefits': { as: 'ada', query: '{ myBenefitTiles(first: 1) { edges { node { id } } } }' },
  agreements: { as: 'alice', query: '{ myAgreements(first: 1) { edges { node { id } } } }' },
  'software-catalog': { as: 'alice', query: '{ products(first: 1) { totalCount } }' },
};
const RESTART_ORDER: SubgraphName[] = ['support-contracts', 'partner-benefits', 'agreements', 'software-catalog'];
const CUT_ORDER: SubgraphName[] = ['support-contracts', 'agreements', 'support-contracts', 'partner-benefits', 'support-contracts', 'software-catalog'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bump = (counts: Record<string, number>, key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by);

function codeOf(res: GraphQLResponse<unknown>): string {
  return String(res.errors?.[0]?.extensions?.code ?? (res.status >= 400 ? `HTTP_${res.status}` : 'NONE'));
}

export async function runSoak(stack: Stack, options: SoakOptions): Promise<SoakSummary> {
  const rate = options.ratePerSecond ?? 20;
  const faultEveryMs = options.faultEveryMs ?? 15_000;
  const faultLengthMs = options.faultLengthMs ?? 3000;
  const log = options.log ?? (() => undefined);
  const supportDb = stack.subgraphs['support-contracts'].service.store.dataSource;

  await supportDb.getRepository(SupportContractRow).insert(
    CONTRACTS.map((id, i) => ({
      id,
      accessId: `09800000${i + 10}`,
      contractId: `09800000${i + 10}`,
      organizationId: 'org-contoso',
      kind: 'PRODUCT_SUPPORT' as const,
      scope: 'ALL' as const,
      label: `Soak Pack ${i + 1}`,
      incidentsGranted: GRANTED,
      incidentsRemaining: GRANTED,
      advisoryHoursGranted: 0,
      advisoryHoursRemaining: 0,
      startsAt: new Date('2026-03-01T00:00:00.000Z'),
      expiresAt: new Date('2027-03-01T00:00:00.000Z'),
    })),
  );

  const operations: Record<string, number> = {};
  const acknowledgedCounts: Record<string, number> = {};
  const errorsByCode: Record<string, number> = {};
  const retries = { submit: 0, close: 0, succeededAfterRetry: 0, abandoned: 0 };
  const faults = { subgraphRestarts: 0, databaseCuts: 0, connectionsKilled: 0, notReadyObserved: 0 };
  let restartsSurvived = 0;
  let faultsInjected = 0;
  let skippedTicks = 0;

  /** key → acknowledged incident id (per user: keys are unique per user, so the user is in the key). */
  const acknowledged = new Map<string, { user: DemoUserHandle; id: string }>();
  const attempted = new Set<string>();
  const open: string[] = [];
  const closures = new Map<string, 'RESOLVED' | 'NON_DECREMENT'>();

  async function send<T>(query: string, as: DemoUserHandle, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    try {
      return await stack.queryGateway<T>(query, { as, variables });
    } catch {
      return { status: 0, errors: [{ message: 'network', extensions: { code: 'NETWORK' } }] };
    }
  }

  /** Sends a write until it is acknowledged or fails for good; a retry reuses the same input (and key). */
  async function withRetries<T>(kind: 'submit' | 'close', attempt: () => Promise<GraphQLResponse<T>>, ok: (r: GraphQLResponse<T>) => boolean) {
    for (let n = 1; n <= MAX_ATTEMPTS; n += 1) {
      const res = await attempt();
      if (ok(res)) {
        if (n > 1) retries.succeededAfterRetry += 1;
        return res;
      }
      const code = codeOf(res);
      bump(errorsByCode, code);
      if (!RETRYABLE.has(code)) return null;
      if (n < MAX_ATTEMPTS) {
        retries[kind] += 1;
        await sleep(300 * n);
      }
    }
    retries.abandoned += 1;
    return null;
  }

  let serial = 0;
  async function submitOne(): Promise<void> {
    const user = SUBMITTERS[serial % SUBMITTERS.length];
    const key = `soak-${serial++}`;
    const contract = CONTRACTS[serial % CONTRACTS.length];
    attempted.add(`${user}/${key}`);
    bump(operations, 'submit');
    const input = { supportContractId: contract, productId: 'prod-sql-server', severity: 'C', description: 'soak', idempotencyKey: key };
    const res = await withRetries(
      'submit',
      () => send<{ submitSupportIncident: { id: string } | null }>(SUBMIT, user, { input }),
      (r) => Boolean(r.data?.submitSupportIncident) && !r.errors,
    );
    if (res?.data?.submitSupportIncident) {
      bump(acknowledgedCounts, 'submit');
      acknowledged.set(`${user}/${key}`, { user, id: res.data.submitSupportIncident.id });
      open.push(res.data.submitSupportIncident.id);
    }
  }

  async function closeOne(): Promise<void> {
    const id = open.splice(Math.floor(Math.random() * open.length), 1)[0];
    if (!id) return submitOne();
    const resolution = Math.random() < 0.5 ? 'RESOLVED' : 'NON_DECREMENT';
    bump(operations, `close:${resolution}`);
    const res = await withRetries(
      'close',
      () => send<{ closeSupportIncident: { status: string } | null }>(CLOSE, 'sue', { input: { incidentId: id, resolution } }),
      (r) => Boolean(r.data?.closeSupportIncident) && !r.errors,
    );
    if (res) {
      bump(acknowledgedCounts, `close:${resolution}`);
      closures.set(id, resolution);
    }
  }

  async function readOne(): Promise<void> {
    const read = READS[Math.floor(Math.random() * READS.length)];
    bump(operations, read.name);
    const res = await send(read.query, read.as);
    if (res.errors || !res.data) bump(errorsByCode, codeOf(res));
    else bump(acknowledgedCounts, read.name);
  }

  const faultLog: SoakSummary['faultLog'] = [];
  /** Milliseconds until `check` holds, or null past the bound. */
  async function waitUntil(check: () => Promise<boolean>, boundMs: number): Promise<number | null> {
    const started = Date.now();
    while (Date.now() - started < boundMs) {
      if (await check()) return Date.now() - started;
      await sleep(100);
    }
    return null;
  }

  async function restartSubgraph(name: SubgraphName): Promise<void> {
    faults.subgraphRestarts += 1;
    log(`fault: ${name} stops listening for ${faultLengthMs} ms`);
    await stack.subgraphs[name].stopListening();
    await sleep(faultLengthMs);
    await stack.subgraphs[name].startListening();
    const probe = PROBES[name];
    const back = await waitUntil(async () => {
      const res = await send(probe.query, probe.as);
      return !res.errors && Boolean(res.data);
    }, 15_000);
    if (back !== null) restartsSurvived += 1;
    faultLog.push({ kind: 'subgraph-restart', subgraph: name, recoveredMs: back });
    log(`fault: ${name} back after ${back} ms`);
  }

  async function cutDatabase(name: SubgraphName): Promise<void> {
    faults.databaseCuts += 1;
    const subgraph = stack.subgraphs[name];
    const database = subgraph.service.store.dataSource.options.database as string;
    const readyUrl = subgraph.url.replace(/\/graphql$/, '/ready');
    const ready = async () => {
      try {
        return (await fetch(readyUrl)).status === 200;
      } catch {
        return false;
      }
    };
    log(`fault: ${name} store loses its connections for ${faultLengthMs} ms`);
    // First half: connections cut every 50 ms (mid-transaction losses); second half: away (cut at once).
    let killer = startKilling(database, 50);
    let probing = true;
    const probes = (async () => {
      while (probing) {
        if (!(await ready())) faults.notReadyObserved += 1;
        await sleep(100);
      }
    })();
    await sleep(faultLengthMs / 2);
    await killer.stop();
    faults.connectionsKilled += killer.killed();
    killer = startKilling(database, 0);
    await sleep(faultLengthMs / 2);
    await killer.stop();
    probing = false;
    await probes;
    faults.connectionsKilled += killer.killed();
    const back = await waitUntil(ready, 15_000);
    if (back !== null) restartsSurvived += 1;
    faultLog.push({ kind: 'database-cut', subgraph: name, recoveredMs: back });
    log(`fault: ${name} store ready again after ${back} ms`);
  }

  const started = Date.now();
  let inFlight = 0;
  const maxInFlight = Math.max(20, rate * 3);
  const running = new Set<Promise<void>>();
  let lastFault = Date.now();
  let faultRunning: Promise<void> | null = null;
  let lastProgress = Date.now();

  while (Date.now() - started < options.durationMs) {
    if (!faultRunning && Date.now() - lastFault >= faultEveryMs) {
      const n = faultsInjected++;
      const kind = n % 2 === 0 ? ('subgraph-restart' as const) : ('database-cut' as const);
      const target = kind === 'subgraph-restart' ? RESTART_ORDER[(n / 2) % RESTART_ORDER.length] : CUT_ORDER[((n - 1) / 2) % CUT_ORDER.length];
      const episode = kind === 'subgraph-restart' ? restartSubgraph(target) : cutDatabase(target);
      faultRunning = episode
        .catch((err: unknown) => {
          // A fault the soak could not even inject or undo counts as not survived.
          faultLog.push({ kind, subgraph: target, recoveredMs: null });
          log(`fault on ${target} failed: ${err instanceof Error ? err.message : String(err)}`);
        })
        .finally(() => {
          faultRunning = null;
          lastFault = Date.now();
        });
    }
    if (inFlight >= maxInFlight) {
      skippedTicks += 1;
    } else {
      const dice = Math.random();
      const op = dice < 0.35 ? submitOne() : dice < 0.5 ? closeOne() : readOne();
      inFlight += 1;
      const p = op
        .catch((err: unknown) => {
          bump(errorsByCode, `SOAK_BUG:${err instanceof Error ? err.message : String(err)}`);
        })
        .finally(() => {
          inFlight -= 1;
          running.delete(p);
        });
      running.add(p);
    }
    if (Date.now() - lastProgress > 30_000) {
      lastProgress = Date.now();
      log(`${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(operations)} errors ${JSON.stringify(errorsByCode)}`);
    }
    await sleep(1000 / rate);
  }
  await faultRunning;
  await Promise.all([...running]);

  // The books, read straight from the store once everything has settled.
  const rows = await supportDb.getRepository(SupportIncidentRow).find({ where: CONTRACTS.map((id) => ({ supportContractId: id })) });
  // Keys are unique across the soak's users (one serial), so a key names one submission.
  const byKey = new Map(rows.map((r) => [r.idempotencyKey, r] as const));
  let acknowledgedMissing = 0;
  for (const [handleKey, a] of acknowledged) {
    const row = byKey.get(handleKey.split('/')[1]);
    if (!row || String(row.id) !== a.id) acknowledgedMissing += 1;
  }
  const attemptedKeys = new Set([...attempted].map((k) => k.split('/')[1]));
  const storedWithoutAttempt = rows.filter((r) => !attemptedKeys.has(r.idempotencyKey)).length;
  const byId = new Map(rows.map((r) => [String(r.id), r] as const));
  let acknowledgedClosuresWrong = 0;
  for (const [id, resolution] of closures) if (byId.get(id)?.status !== resolution) acknowledgedClosuresWrong += 1;

  const contracts = await supportDb.getRepository(SupportContractRow).find({ where: CONTRACTS.map((id) => ({ id })) });
  const books = contracts.map((c) => {
    const mine = rows.filter((r) => r.supportContractId === c.id);
    const accepted = mine.length;
    const credits = mine.filter((r) => r.status === 'NON_DECREMENT').length;
    return {
      id: c.id,
      granted: c.incidentsGranted,
      remaining: c.incidentsRemaining,
      accepted,
      credits,
      balanced: c.incidentsRemaining === c.incidentsGranted - accepted + credits,
    };
  });
  const balanced =
    books.length === CONTRACTS.length &&
    books.every((b) => b.balanced) &&
    acknowledgedMissing === 0 &&
    acknowledgedClosuresWrong === 0 &&
    storedWithoutAttempt === 0;

  return {
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ratePerSecond: rate,
    operations,
    acknowledged: acknowledgedCounts,
    errorsByCode,
    retries,
    skippedTicks,
    faults,
    restartsSurvived,
    faultsInjected,
    faultLog,
    books: { contracts: books, acknowledgedSubmissions: acknowledged.size, storedSubmissions: rows.length, acknowledgedMissing, acknowledgedClosuresWrong, storedWithoutAttempt, balanced },
  };
}
