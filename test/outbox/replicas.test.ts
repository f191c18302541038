import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSubgraphConfig } from '../../common/config';
import { GATEWAY_SECRET_HEADER } from '../../common/gatewaySecret';
import { SIGNATURE_HEADER } from '../../common/outbox/signature';
import type { SubgraphName } from '../../common/services';
import { closeServer, createSubgraphService, listen, type SubgraphService } from '../../common/subgraphServer';
import { SUBGRAPH_DEFINITIONS } from '../../subgraphs/definitions';
import { startStack, STACK_BASE_ENV, TEST_SUBGRAPH_SECRET, type Stack } from '../harness/stack';
import { testDatabaseUrl } from '../harness/mysql';
import { CANCEL, countRows, eventually, PURCHASE } from './helpers';

/**
 * Two replicas of agreements on one database (docs/outbox.md, "Replicas"):
 * replica A is the stack's (behind the gateway), replica B a second service
 * on the same store. A burst of purchases (CSP-3) and their cancellations
 * (CSP-2) goes through both; A dies mid-delivery. A recording proxy in front
 * of software-catalog's `/events` sees what arrives, in which order, and
 * how many deliveries were in flight at once.
 */
const ENV = {
  // Short leases so a dead replica's destination is taken over within the test; 4 s, not less: on a loaded
  // machine an event loop stalled past a 1.5 s lease let the other replica send while a delivery was in flight.
  OUTBOX_LEASE_MS: '4000',
  OUTBOX_REQUEST_TIMEOUT_MS: '1000',
};

interface Delivery {
  id: string;
  type: string;
  outcome: string;
  /** Sent in a batch (`POST /events/batch`) rather than alone. */
  batch: boolean;
}

/**
 * Forwards `POST /events` and `POST /events/batch` to the real receiver, recording each event's answer (a batch's
 * events one by one, in order) and the most requests in flight at once.
 */
async function recordingProxy(target: () => string) {
  const deliveries: Delivery[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const batch = req.url === '/events/batch';
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const answer = await fetch(batch ? `${target()}/batch` : target(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: String(req.headers[SIGNATURE_HEADER] ?? '') },
        body,
      });
      const text = await answer.text();
      const envelopes = batch ? (JSON.parse(body) as { events: { id: string; type: string }[] }).events : [JSON.parse(body) as { id: string; type: string }];
      const outcomes = !answer.ok
        ? envelopes.map(() => `HTTP ${answer.status}`)
        : batch
          ? (JSON.parse(text) as { results: { status: string }[] }).results.map((r) => r.status)
          : [(JSON.parse(text) as { status: string }).status];
      envelopes.forEach((e, i) => deliveries.push({ id: e.id, type: e.type, outcome: outcomes[i], batch }));
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
    } finally {
      inFlight -= 1;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`,
    deliveries,
    maxInFlight: () => maxInFlight,
    close: () => closeServer(server),
  };
}

let stack: Stack;
let replicaB: SubgraphService;
let replicaBServer: http.Server;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;

beforeAll(async () => {
  stack = await startStack({ env: ENV });
  const catalog = stack.subgraphs['software-catalog'];
  const realEvents = catalog.eventsUrl;
  proxy = await recordingProxy(() => realEvents);
  // Both relays look their targets up in the stack: from now on software-catalog's events pass the proxy.
  catalog.eventsUrl = proxy.url;
  const database = String(stack.subgraphs.agreements.service.store.dataSource.options.database);
  const config = readSubgraphConfig('agreements', {
    ...STACK_BASE_ENV,
    ...ENV,
    // Like a deployed replica: an idle sweep notices events the other replica wrote.
    OUTBOX_SWEEP_MS: '500',
    AGREEMENTS_DATABASE_URL: testDatabaseUrl(database),
    SEED_DEMO_DATA: 'false',
  });
  replicaB = await createSubgraphService(SUBGRAPH_DEFINITIONS.agreements, config, {
    clock: stack.clock,
    eventTarget: (d: SubgraphName) => stack.subgraphs[d]?.eventsUrl,
  });
  replicaBServer = await listen(replicaB.handler, 0, '127.0.0.1');
}, 60_000);

afterAll(async () => {
  if (replicaBServer) {
    replicaBServer.closeAllConnections();
    await closeServer(replicaBServer);
  }
  await replicaB?.close();
  await stack?.stop();
  await proxy?.close();
});

/** A mutation sent straight to replica B, as a second gateway (or a load balancer's other pick) would. */
async function viaReplicaB(query: string, variables: Record<string, unknown>): Promise<Record<string, { id?: string; status: string }>> {
  const url = `http://127.0.0.1:${(replicaBServer.address() as AddressInfo).port}/graphql`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor('ada')}`, [GATEWAY_SECRET_HEADER]: TEST_SUBGRAPH_SECRET },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, { id?: string; status: string }>; errors?: unknown[] };
  if (body.errors) throw new Error(`replica B: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

describe('outbox relays of two replicas on one store', () => {
  it('CSP-3 CSP-2 a burst of 200 cross-store mutations over two replicas, one killed mid-delivery: every effect applied once, in order, never two sends at once', async () => {
    const replicaA = stack.subgraphs.agreements;
    // Replica A's relay dies right after its 10th acknowledged delivery, before marking it delivered (its lease stays held).
    let acknowledgedByA = 0;
    let aliveA = true;
    let mutationsBeforeCrash = -1;
    let mutations = 0;
    let eventOfCrash = '';
    await replicaA.service.outbox!.stopRelay();
    replicaA.service.outbox!.startRelay({
      afterSend: (event) => {
        acknowledgedByA += 1;
        if (acknowledgedByA === 10) {
          aliveA = false;
          mutationsBeforeCrash = mutations;
          eventOfCrash = event.eventId;
          throw new Error('killed mid-delivery');
        }
      },
    });

    // 100 purchases (through the gateway to A while it lives, then to B) each followed by its cancellation (always B):
    // a cancellation written by B must never reach the receiver before the purchase written by A.
    const pairs = 100;
    const workers = 10;
    const subscriptions: string[] = [];
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        for (let i = w; i < pairs; i += workers) {
          let id: string;
          if (aliveA) {
            const res = await stack.queryGateway<{ purchaseSoftware: { id: string } }>(PURCHASE, { as: 'ada', variables: { customer: 'org-contoso' } });
            if (res.errors) throw new Error(JSON.stringify(res.errors));
            id = res.data!.purchaseSoftware.id;
          } else {
            id = (await viaReplicaB(PURCHASE, { customer: 'org-contoso' })).purchaseSoftware.id!;
          }
          mutations += 1;
          expect((await viaReplicaB(CANCEL, { id })).cancelSoftwareSubscription.status).toBe('CANCELLED');
          mutations += 1;
          subscriptions.push(id);
        }
      }),
    );
    expect(subscriptions).toHaveLength(pairs);
    // The crash happened mid-burst, not after it.
    expect(aliveA).toBe(false);
    expect(mutationsBeforeCrash).toBeGreaterThan(0);
    expect(mutationsBeforeCrash).toBeLessThan(2 * pairs);
    // The dead replica is gone: no relay, no HTTP.
    await replicaA.stopListening();

    // Replica B finishes everything once A's lease has expired.
    const agreementsDb = replicaB.store.dataSource;
    await eventually(async () => {
      const [row] = await agreementsDb.query("SELECT COUNT(*) AS n FROM outbox_event WHERE status = 'PENDING'");
      return Number(row.n) === 0 ? true : undefined;
    }, 20_000, 100);

    const sent: { event_id: string; type: string }[] = await agreementsDb.query(
      "SELECT event_id, type FROM outbox_event WHERE destination = 'software-catalog' ORDER BY seq",
    );
    expect(sent).toHaveLength(2 * pairs);
    // Applied exactly once each, in the senders' order (seq), across both replicas.
    const applied = proxy.deliveries.filter((d) => d.outcome === 'applied').map((d) => d.id);
    expect(applied).toEqual(sent.map((e) => e.event_id));
    // The event acknowledged by A just before it died went again (from B) and was recognised. Again, not once
    // more: a batch whose answer came after the relay's 1 s timeout on a loaded machine is resent one by one,
    // and the proxy records the receiver's answer to both (a full-suite run saw applied, duplicate x3).
    const ofCrash = proxy.deliveries.filter((d) => d.id === eventOfCrash).map((d) => d.outcome);
    expect(ofCrash[0]).toBe('applied');
    expect(ofCrash.length).toBeGreaterThanOrEqual(2);
    expect(ofCrash.slice(1).every((outcome) => outcome === 'duplicate')).toBe(true);
    expect(proxy.deliveries.every((d) => d.outcome === 'applied' || d.outcome === 'duplicate')).toBe(true);
    // One replica at a time sends to a destination.
    expect(proxy.maxInFlight()).toBe(1);
    // A burst goes out in batches (OUTBOX_BATCH_MAX, default 100), not one request per event.
    expect(proxy.deliveries.filter((d) => d.batch).length).toBeGreaterThan(pairs);

    // At the receiver: one inbox row per event, one entitlement per purchase, each revoked by its cancellation.
    const placeholders = subscriptions.map(() => '?').join(',');
    expect(await countRows(stack, 'software-catalog', `SELECT COUNT(*) AS n FROM inbox_event WHERE event_id IN (${sent.map(() => '?').join(',')})`, sent.map((e) => e.event_id))).toBe(2 * pairs);
    expect(await countRows(stack, 'software-catalog', `SELECT COUNT(*) AS n FROM entitlement WHERE subscription_id IN (${placeholders})`, subscriptions)).toBe(pairs);
    expect(await countRows(stack, 'software-catalog', `SELECT COUNT(*) AS n FROM entitlement WHERE revoked = 1 AND subscription_id IN (${placeholders})`, subscriptions)).toBe(pairs);
    // The lease was handed over: B holds nothing now (released after its pass), A's expired claim was taken.
    const [lease] = await agreementsDb.query("SELECT owner FROM outbox_lease WHERE destination = 'software-catalog'");
    expect(lease.owner).toBeNull();
  }, 60_000);
});
