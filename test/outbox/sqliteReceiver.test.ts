import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { DataSource } from 'typeorm';
import { systemClock } from '../../common/clock';
import { openStore } from '../../common/database';
import { createLogger } from '../../common/logger';
import { mountEventReceiver, signBody, type EventHandlers } from '../../common/outbox';
import { closeServer, listen } from '../../common/subgraphServer';
import { catalogEventHandlers } from '../../subgraphs/software-catalog/src/events';
import { catalogStore } from '../../subgraphs/software-catalog/src/store';

/**
 * The outbox receiver on the embedded SQLite store of `npm start`. TypeORM's
 * better-sqlite3 driver has ONE connection per store: a transaction begun
 * while another is open would be a savepoint inside it, and either one's
 * rollback would undo the other, even an event already answered "applied"
 * (its sender then marks it delivered: lost). A batch rolls back on purpose
 * when one of its effects fails, so the store runs SQLite transactions one at
 * a time (common/database.ts). Found by an outside review of batched delivery.
 */

const SECRET = 'sqlite-receiver-secret-0123456789-0123456789';
const logger = createLogger('outbox-sqlite-receiver');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lgt-obx-${crypto.randomBytes(4).toString('hex')}-`));
let db: DataSource;
let server: http.Server;
let base: string;

/** Lets a test hold one effect open (its transaction stays open) until it says go. */
let gate: Promise<void> = Promise.resolve();
let entered: () => void = () => undefined;
let enteredGate: Promise<void> = Promise.resolve();
function armGate(): () => void {
  let open!: () => void;
  gate = new Promise<void>((r) => (open = r));
  enteredGate = new Promise<void>((r) => (entered = r));
  return open;
}

const handlers: EventHandlers = {
  ...catalogEventHandlers,
  /** The real CSP-2 effect, held at the gate first (the transaction it runs in stays open meanwhile). */
  async SoftwarePurchaseCancelled(tx, event, ctx) {
    entered();
    await gate;
    await catalogEventHandlers.SoftwarePurchaseCancelled(tx, event, ctx);
  },
};

beforeAll(async () => {
  ({ dataSource: db } = await openStore({ kind: 'sqlite', file: path.join(dir, 'software_catalog.sqlite') }, catalogStore, logger));
  const app = express();
  mountEventReceiver(app, { db, secret: SECRET, handlers, clock: systemClock, logger });
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
});
afterAll(async () => {
  if (server) await closeServer(server);
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const envelope = (type: string, payload: Record<string, unknown>, source = 'agreements') => ({
  id: `evt-${crypto.randomUUID()}`,
  source,
  type,
  occurredAt: new Date().toISOString(),
  payload,
});
const purchased = (subscriptionId: string) =>
  envelope('SoftwarePurchased', { subscriptionId, customerId: 'org-contoso', partnerId: 'org-northwind', productId: 'prod-visio', kind: 'PERPETUAL', quantity: 1 });
const signedPost = (url: string, value: unknown) => {
  const body = JSON.stringify(value);
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-event-signature': signBody(body, SECRET) }, body });
};
const inInbox = async (id: string) => Number((await db.query('SELECT COUNT(*) AS n FROM inbox_event WHERE event_id = ?', [id]))[0].n);
const entitlements = async (ids: string[]) =>
  Number((await db.query(`SELECT COUNT(*) AS n FROM entitlement WHERE subscription_id IN (${ids.map(() => '?').join(',')})`, ids))[0].n);

describe('POST /events and /events/batch on the embedded SQLite store', () => {
  it('the statements work: 200 events in one batch, then the same 200 again as duplicates', async () => {
    const events = Array.from({ length: 200 }, (_, i) => purchased(`sub-sqlite-200-${i}`));
    const first = await signedPost(`${base}/batch`, { events });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { results: { status: string }[] }).results.every((r) => r.status === 'applied')).toBe(true);
    const again = await signedPost(`${base}/batch`, { events });
    expect(((await again.json()) as { results: { status: string }[] }).results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await entitlements(events.map((e) => e.payload.subscriptionId as string))).toBe(200);
  });

  it('CSP-3 a batch rolled back (one effect fails, as the design expects) leaves an event of another sender answered 200 "applied" meanwhile applied', async () => {
    const open = armGate();
    // agreements' relay: a purchase, then a cancellation whose effect fails (the batch must roll back and go again one by one).
    const batch = signedPost(`${base}/batch`, { events: [purchased('sub-sqlite-batch-1'), envelope('SoftwarePurchaseCancelled', { subscriptionId: 'sub-sqlite-never-bought' })] });
    await enteredGate;
    // Meanwhile another sender's relay delivers one event alone (here a purchase; support-contracts' SupportIncidentOpened alike).
    const other = purchased('sub-sqlite-other-sender');
    const pending = signedPost(base, other);
    // It waits for the open transaction instead of becoming a savepoint inside it: give it time to arrive.
    await new Promise((r) => setTimeout(r, 200));
    open();
    expect((await batch).status).toBe(500); // rolled back, as designed: the relay now sends those two one by one
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { status: string }).status).toBe('applied'); // its sender now marks it DELIVERED
    // Acknowledged as applied, so it must be there.
    expect({ inbox: await inInbox(other.id), entitlement: await entitlements(['sub-sqlite-other-sender']) }).toEqual({ inbox: 1, entitlement: 1 });
  });

  it('CSP-3 an acknowledged batch of 20 events stays applied when a transaction that was open when it started rolls back', async () => {
    const open = armGate();
    // Any transaction of the receiver's own process that ends in a rollback (here a failing single event, alone).
    const failing = signedPost(base, envelope('SoftwarePurchaseCancelled', { subscriptionId: 'sub-sqlite-never-bought-2' }, 'support-contracts'));
    await enteredGate;
    const events = Array.from({ length: 20 }, (_, i) => purchased(`sub-sqlite-lost-${i}`));
    const pending = signedPost(`${base}/batch`, { events });
    await new Promise((r) => setTimeout(r, 200));
    open();
    expect((await failing).status).toBe(500);
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { results: { status: string }[] }).results.every((r) => r.status === 'applied')).toBe(true); // the relay marks all 20 DELIVERED
    expect(await entitlements(events.map((e) => e.payload.subscriptionId as string))).toBe(20);
  });

  it('a transaction begun inside another still nests (no wait on itself), and its work commits with the outer one', async () => {
    const id = `evt-${crypto.randomUUID()}`;
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO inbox_event (event_id, source, type, received_at) VALUES (?, 'agreements', 'Nested', '2026-06-15 09:00:00')", [id]);
      await db.transaction(async (inner) => {
        await inner.query("UPDATE inbox_event SET type = 'NestedInner' WHERE event_id = ?", [id]);
      });
    });
    expect((await db.query('SELECT type FROM inbox_event WHERE event_id = ?', [id]))[0].type).toBe('NestedInner');
  });
});
