import { signBody } from '../../common/outbox';
import { RelayCrashed } from '../../common/outbox/relay';
import { startStack, TEST_EVENT_SECRET, type Stack } from '../harness/stack';
import { countRows, eventually, ok, outboxRows, PURCHASE, purchaseEnvelope, SUBSCRIPTION } from './helpers';

/**
 * Delivery guarantees of the outbox (docs/outbox.md): never lost when the
 * sender dies between delivery and acknowledgement, never applied twice,
 * refused when not signed with the shared secret, and visible when it fails.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const agreements = () => stack.subgraphs.agreements.service;
const entitlementsOf = (id: string) => countRows(stack, 'software-catalog', 'SELECT COUNT(*) AS n FROM entitlement WHERE subscription_id = ?', [id]);

describe('the sender dies between delivery and acknowledgement', () => {
  it('CSP-3 a restarted relay delivers again and the receiver applies nothing twice', async () => {
    const outbox = agreements().outbox!;
    await outbox.stopRelay();
    try {
      const id = (await ok(stack, PURCHASE, 'ada', { customer: 'org-contoso' })).purchaseSoftware.id;
      const pending = (await outboxRows(stack, 'agreements')).filter((r) => r.status === 'PENDING');
      expect(pending.map((r) => r.type)).toEqual(['SoftwarePurchased']);
      const eventId = pending[0].event_id;

      // The receiver acknowledges, then the sender "dies" before marking the event delivered.
      let acknowledged = 0;
      const dying = outbox.createRelay({
        afterSend: () => {
          acknowledged += 1;
          throw new Error('killed');
        },
      });
      await expect(dying.runOnce()).rejects.toBeInstanceOf(RelayCrashed);
      expect(acknowledged).toBe(1);
      expect(await entitlementsOf(id)).toBe(1);
      expect((await outboxRows(stack, 'agreements')).find((r) => r.event_id === eventId)?.status).toBe('PENDING');

      // Restart: the event goes again, the inbox recognises it, nothing is applied twice.
      outbox.startRelay();
      await eventually(async () => ((await outboxRows(stack, 'agreements')).find((r) => r.event_id === eventId)?.status === 'DELIVERED' ? true : undefined));
      expect(await entitlementsOf(id)).toBe(1);
      expect(await countRows(stack, 'software-catalog', 'SELECT COUNT(*) AS n FROM inbox_event WHERE event_id = ?', [eventId])).toBe(1);
      expect((await ok(stack, SUBSCRIPTION, 'ada', { id })).softwareSubscription.entitlementStatus).toBe('ACTIVE');
    } finally {
      if (!outbox.relay()) outbox.startRelay();
    }
  });
});

describe('POST /events refuses what the shared secret did not sign', () => {
  const subscriptionId = 'sub-forged-0001';
  const envelope = (id?: string) => JSON.stringify(purchaseEnvelope(subscriptionId, id));
  const post = (body: string, signature?: string) =>
    fetch(stack.subgraphs['software-catalog'].eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-event-signature': signature } : {}) },
      body,
    });
  const inboxCount = () => countRows(stack, 'software-catalog', 'SELECT COUNT(*) AS n FROM inbox_event');

  it('CSP-3 an unsigned event is refused with 401 and changes nothing', async () => {
    const inbox = await inboxCount();
    const res = await post(envelope());
    expect(res.status).toBe(401);
    expect(await entitlementsOf(subscriptionId)).toBe(0);
    expect(await inboxCount()).toBe(inbox);
  });

  it('CSP-3 an event signed with another secret is refused with 401 and changes nothing', async () => {
    const inbox = await inboxCount();
    const body = envelope();
    const res = await post(body, signBody(body, 'not-the-shared-secret-0123456789-0123456789'));
    expect(res.status).toBe(401);
    expect(await entitlementsOf(subscriptionId)).toBe(0);
    expect(await inboxCount()).toBe(inbox);
  });

  it('CSP-3 a tampered body under a genuine signature is refused with 401 and changes nothing', async () => {
    const inbox = await inboxCount();
    const genuine = envelope();
    const tampered = genuine.replace('org-contoso', 'org-fabrikam');
    const res = await post(tampered, signBody(genuine, TEST_EVENT_SECRET));
    expect(res.status).toBe(401);
    expect(await entitlementsOf(subscriptionId)).toBe(0);
    expect(await inboxCount()).toBe(inbox);
  });

  it('CSP-3 a correctly signed event is applied once; the same id again is acknowledged as a duplicate and applies nothing', async () => {
    const body = envelope();
    const first = await post(body, signBody(body, TEST_EVENT_SECRET));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'applied' });
    const again = await post(body, signBody(body, TEST_EVENT_SECRET));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'duplicate' });
    expect(await entitlementsOf(subscriptionId)).toBe(1);
  });
});

describe('concurrency and cost', () => {
  it('CSP-3 two concurrent deliveries of one event apply it once; both are acknowledged', async () => {
    const subscriptionId = 'sub-concurrent-0001';
    const body = JSON.stringify(purchaseEnvelope(subscriptionId));
    const send = () =>
      fetch(stack.subgraphs['software-catalog'].eventsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-event-signature': signBody(body, TEST_EVENT_SECRET) },
        body,
      });
    const answers = await Promise.all(Array.from({ length: 8 }, send));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    const statuses = await Promise.all(answers.map(async (r) => ((await r.json()) as { status: string }).status));
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(1);
    expect(await entitlementsOf(subscriptionId)).toBe(1);
  });

  it('CSP-3 one delivered event costs the sender 5 statements after its commit and the receiver one short transaction', async () => {
    const sender = stack.subgraphs.agreements;
    const receiver = stack.subgraphs['software-catalog'];
    const outbox = sender.service.outbox!;
    await outbox.stopRelay();
    try {
      await ok(stack, PURCHASE, 'ada', { customer: 'org-contoso' });
      // The destination's lease row exists once anything was ever sent there (its first use costs 3 more).
      await sender.service.store.dataSource.query("INSERT IGNORE INTO outbox_lease (destination, owner, expires_at_ms) VALUES ('software-catalog', NULL, 0)");
      const [s0, r0] = [sender.sqlStatements(), receiver.sqlStatements()];
      const pass = await outbox.createRelay().runOnce();
      expect(pass).toEqual({ delivered: 1, failed: 0 });
      // Sender: the pending page, the lease claim, the destination's page under the lease, the DELIVERED
      // update, the lease release (replicas share the outbox: a batch of n events costs 4 + n).
      // Receiver: BEGIN, inbox check, inbox insert, the catalog's entitlement insert (+ TypeORM's re-read
      // of its defaults), COMMIT.
      expect([sender.sqlStatements() - s0, receiver.sqlStatements() - r0]).toEqual([5, 6]);
    } finally {
      outbox.startRelay();
    }
  });

  it('an idle relay issues no SQL (batching figures stay exact)', async () => {
    // Let the start-up pass of the relay restarted by the previous test finish.
    await new Promise((r) => setTimeout(r, 300));
    const before = Object.values(stack.subgraphs).map((s) => s.sqlStatements());
    await new Promise((r) => setTimeout(r, 1000));
    expect(Object.values(stack.subgraphs).map((s) => s.sqlStatements())).toEqual(before);
  });
});

describe('failing deliveries are visible', () => {
  it('counts pending and failing events on /metrics, logs a delivery that keeps failing with its reason, and clears once delivered', async () => {
    const catalog = stack.subgraphs['software-catalog'];
    const metricsUrl = stack.subgraphs.agreements.eventsUrl.replace(/\/events$/, '/metrics');
    const metric = async (name: string) => Number((await (await fetch(metricsUrl)).text()).match(new RegExp(`^${name} (\\d+)$`, 'm'))?.[1]);
    const errors = jest.spyOn(agreements().logger, 'error');
    await catalog.stopListening();
    try {
      await ok(stack, PURCHASE, 'ada', { customer: 'org-contoso' });
      // Back-off in tests is 100 ms doubling up to 1 s: the 5th attempt comes after about 2 s.
      const { value: logged } = await eventually(
        async () => errors.mock.calls.find((c) => c[1] === 'outbox event keeps failing; still retrying'),
        8000,
      );
      expect(logged[0]).toMatchObject({ type: 'SoftwarePurchased', destination: 'software-catalog', attempts: 5 });
      expect(String((logged[0] as { reason: string }).reason)).toMatch(/software-catalog unreachable: ECONNREFUSED/);
      expect(await metric('outbox_events_pending')).toBe(1);
      expect(await metric('outbox_events_failing')).toBe(1);
    } finally {
      await catalog.startListening();
      errors.mockRestore();
    }
    await eventually(async () => ((await metric('outbox_events_pending')) === 0 ? true : undefined));
    expect(await metric('outbox_events_failing')).toBe(0);
  });
});
