import { readSubgraphConfig } from '../../common/config';
import { MAX_BATCH_BYTES } from '../../common/outbox/batch';
import { OutboxRelay, signBody, writeOutboxEvent } from '../../common/outbox';
import { startStack, STACK_BASE_ENV, TEST_EVENT_SECRET, type Stack } from '../harness/stack';
import { countRows, eventually, ok, outboxRows, PURCHASE, purchaseEnvelope } from './helpers';

/**
 * Batched delivery (docs/outbox.md, "Batches"): the relay sends the due
 * events of one destination in one request, the receiver applies them in one
 * transaction, and nothing of the single-event guarantees is lost: order,
 * exactly-once effect, signature, and a failing event that holds back the
 * ones after it while those before it land.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const sender = () => stack.subgraphs.agreements;
const receiver = () => stack.subgraphs['software-catalog'];
const entitlementsOf = (ids: string[]) =>
  countRows(stack, 'software-catalog', `SELECT COUNT(*) AS n FROM entitlement WHERE subscription_id IN (${ids.map(() => '?').join(',')})`, ids);

/** Purchases with the relay stopped: their events wait in the outbox, in order. */
async function purchasesWaiting(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await ok(stack, PURCHASE, 'ada', { customer: 'org-contoso' })).purchaseSoftware.id);
  return ids;
}

describe('the relay sends the due events of a destination in one request', () => {
  it('CSP-3 five waiting events: one request, one receiver transaction, one DELIVERED update; each effect applied once', async () => {
    const outbox = sender().service.outbox!;
    await outbox.stopRelay();
    try {
      const ids = await purchasesWaiting(5);
      await sender().service.store.dataSource.query("INSERT IGNORE INTO outbox_lease (destination, owner, expires_at_ms) VALUES ('software-catalog', NULL, 0)");
      const [s0, r0] = [sender().sqlStatements(), receiver().sqlStatements()];
      expect(await outbox.createRelay().runOnce()).toEqual({ delivered: 5, failed: 0 });
      // Sender: the pending page, the claim, the destination's page, ONE update for the five, the release
      // (one at a time it was 4 + 5). Receiver: BEGIN, one inbox read, one inbox insert, the five entitlement
      // inserts with TypeORM's re-read of each, COMMIT (one at a time it was 5 × 6 = 30).
      expect([sender().sqlStatements() - s0, receiver().sqlStatements() - r0]).toEqual([5, 4 + 5 * 2]);
      expect(await entitlementsOf(ids)).toBe(5);
      const rows = (await outboxRows(stack, 'agreements')).slice(-5);
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array(5).fill(['DELIVERED', 1]));
    } finally {
      outbox.startRelay();
    }
  });

  it('CSP-3 OUTBOX_BATCH_MAX=1 sends each event alone, as before batches', async () => {
    const outbox = sender().service.outbox!;
    await outbox.stopRelay();
    try {
      const ids = await purchasesWaiting(3);
      const config = readSubgraphConfig('agreements', { ...STACK_BASE_ENV, OUTBOX_BATCH_MAX: '1' });
      expect(config.events.batchMax).toBe(1);
      const alone = new OutboxRelay({
        db: sender().service.store.dataSource,
        source: 'agreements',
        secret: TEST_EVENT_SECRET,
        target: (d) => stack.subgraphs[d]?.eventsUrl,
        timing: config.events,
        logger: sender().service.logger,
      });
      const r0 = receiver().sqlStatements();
      expect(await alone.runOnce()).toEqual({ delivered: 3, failed: 0 });
      // Three requests of one event, each its own transaction of 6 statements.
      expect(receiver().sqlStatements() - r0).toBe(3 * 6);
      expect(await entitlementsOf(ids)).toBe(3);
    } finally {
      outbox.startRelay();
    }
  });
});

describe('a batch the receiver does not take goes again one event at a time', () => {
  it('CSP-2 CSP-3 an effect failing mid-batch: the events before it land, it records its attempt and reason, the ones after it wait', async () => {
    const outbox = sender().service.outbox!;
    const db = sender().service.store.dataSource;
    await outbox.stopRelay();
    let badEventId = '';
    try {
      const [before] = await purchasesWaiting(1);
      // A cancellation of a purchase the catalog never saw: its effect throws (never expected in real flows).
      badEventId = await db.transaction((tx) =>
        writeOutboxEvent(tx, { destination: 'software-catalog', type: 'SoftwarePurchaseCancelled', payload: { subscriptionId: 'sub-never-bought-0001' } }, new Date()),
      );
      const [after] = await purchasesWaiting(1);

      expect(await outbox.createRelay().runOnce()).toEqual({ delivered: 1, failed: 1 });
      expect(await entitlementsOf([before])).toBe(1);
      expect(await entitlementsOf([after])).toBe(0);
      const rows = (await outboxRows(stack, 'agreements')).slice(-3);
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([
        ['DELIVERED', 1],
        ['PENDING', 1],
        ['PENDING', 0],
      ]);
      expect(rows[1].event_id).toBe(badEventId);
      expect(rows[1].last_error).toMatch(/^HTTP 500 from software-catalog/);
      // The rolled-back batch left nothing at the receiver: only the first event's inbox row exists.
      expect(await countRows(stack, 'software-catalog', 'SELECT COUNT(*) AS n FROM inbox_event WHERE event_id = ?', [badEventId])).toBe(0);

      // Its retry goes alone, as before batches: one failed request, not a failed batch and then the event.
      const errors = jest.spyOn(receiver().service.logger, 'error');
      try {
        await db.query('UPDATE outbox_event SET next_attempt_at = NULL WHERE event_id = ?', [badEventId]);
        expect(await outbox.createRelay().runOnce()).toEqual({ delivered: 0, failed: 1 });
        expect(errors.mock.calls.map((c) => c[1])).toEqual(['event effect failed; rolled back']);
      } finally {
        errors.mockRestore();
      }
      expect((await outboxRows(stack, 'agreements')).slice(-2).map((r) => [r.status, r.attempts])).toEqual([
        ['PENDING', 2],
        ['PENDING', 0],
      ]);

      // Once the blocking event is out of the way (an operator's decision), the rest follows.
      await db.query("UPDATE outbox_event SET status = 'DELIVERED' WHERE event_id = ?", [badEventId]);
      badEventId = '';
      outbox.startRelay();
      await eventually(async () => ((await entitlementsOf([after])) === 1 ? true : undefined));
    } finally {
      if (badEventId) await db.query("UPDATE outbox_event SET status = 'DELIVERED' WHERE event_id = ?", [badEventId]);
      if (!outbox.relay()) outbox.startRelay();
    }
  });
});

describe('POST /events/batch checks what it is sent as POST /events does', () => {
  const purchase = purchaseEnvelope;
  const post = (body: string, signature?: string) =>
    fetch(`${receiver().eventsUrl}/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-event-signature': signature } : {}) },
      body,
    });
  const signed = (body: string) => post(body, signBody(body, TEST_EVENT_SECRET));
  const inboxCount = () => countRows(stack, 'software-catalog', 'SELECT COUNT(*) AS n FROM inbox_event');

  it('CSP-3 unsigned, signed with another secret, or tampered: 401, nothing applied', async () => {
    const inbox = await inboxCount();
    const body = JSON.stringify({ events: [purchase('sub-batch-forged-1'), purchase('sub-batch-forged-2')] });
    expect((await post(body)).status).toBe(401);
    expect((await post(body, signBody(body, 'not-the-shared-secret-0123456789-0123456789'))).status).toBe(401);
    expect((await post(body.replace('org-contoso', 'org-fabrikam'), signBody(body, TEST_EVENT_SECRET))).status).toBe(401);
    expect(await entitlementsOf(['sub-batch-forged-1', 'sub-batch-forged-2'])).toBe(0);
    expect(await inboxCount()).toBe(inbox);
  });

  it('malformed batches get 400 and unknown event types 422; nothing applied', async () => {
    const inbox = await inboxCount();
    const twice = purchase('sub-batch-twice');
    const many = Array.from({ length: 201 }, (_, i) => purchase(`sub-batch-many-${i}`));
    for (const body of [{}, { events: [] }, { events: [twice, twice] }, { events: [purchase('sub-batch-x'), { id: 'evt-no-type' }] }, { events: many }, [purchase('sub-batch-array')]]) {
      expect((await signed(JSON.stringify(body))).status).toBe(400);
    }
    expect((await signed('not json')).status).toBe(400);
    // Over 512 KB: refused before it is read to the end, signed or not.
    const huge = JSON.stringify({ events: [purchase('sub-batch-huge')], padding: 'x'.repeat(MAX_BATCH_BYTES) });
    const refused = await signed(huge);
    expect(refused.status).toBe(413);
    expect(JSON.stringify(await refused.json())).not.toMatch(/at .*\.js/);
    const unknown = JSON.stringify({ events: [purchase('sub-batch-unknown'), { ...purchase('sub-batch-unknown-2'), type: 'SomethingElse' }] });
    expect((await signed(unknown)).status).toBe(422);
    // A type named after Object.prototype is no handler: unknown, on both routes, not "applied" doing nothing.
    for (const type of ['constructor', 'toString', '__proto__']) {
      expect((await signed(JSON.stringify({ events: [{ ...purchase('sub-batch-proto'), type }] }))).status).toBe(422);
      const single = JSON.stringify({ ...purchase('sub-batch-proto'), type });
      const res = await fetch(receiver().eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-event-signature': signBody(single, TEST_EVENT_SECRET) }, body: single });
      expect(res.status).toBe(422);
    }
    expect(await inboxCount()).toBe(inbox);
    expect(await entitlementsOf(['sub-batch-unknown', 'sub-batch-x', 'sub-batch-huge'])).toBe(0);
  });

  it('CSP-3 a batch naming an event already applied acknowledges it as a duplicate and applies only the new ones, in order', async () => {
    const first = purchase('sub-batch-dup-1');
    const one = await signed(JSON.stringify({ events: [first] }));
    expect(await one.json()).toEqual({ results: [{ id: first.id, status: 'applied' }] });
    const second = purchase('sub-batch-dup-2');
    const res = await signed(JSON.stringify({ events: [first, second] }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ results: [{ id: first.id, status: 'duplicate' }, { id: second.id, status: 'applied' }] });
    expect(await entitlementsOf(['sub-batch-dup-1'])).toBe(1);
    expect(await entitlementsOf(['sub-batch-dup-2'])).toBe(1);
  });

  it('CSP-3 two concurrent deliveries of one batch apply it once: the loser changes nothing and is told to send one by one (409)', async () => {
    const body = JSON.stringify({ events: [purchase('sub-batch-race-1'), purchase('sub-batch-race-2')] });
    const answers = await Promise.all(Array.from({ length: 6 }, () => signed(body)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const bodies = await Promise.all(answers.filter((r) => r.status === 200).map(async (r) => (await r.json()) as { results: { status: string }[] }));
    // Exactly one 200 says "applied" for both; any other 200 came after it and says "duplicate" for both.
    expect(bodies.filter((b) => b.results.every((x) => x.status === 'applied'))).toHaveLength(1);
    expect(bodies.every((b) => b.results.every((x) => x.status === 'applied') || b.results.every((x) => x.status === 'duplicate'))).toBe(true);
    expect(await entitlementsOf(['sub-batch-race-1', 'sub-batch-race-2'])).toBe(2);
  });
});
