import crypto from 'node:crypto';
import type { SubgraphName } from '../../common/services';
import type { Stack } from '../harness/stack';

// One copy for every test folder (test/harness/operations.ts); re-exported for this folder's tests.
export { ok } from '../harness/operations';

/** Polls `probe` until it returns a value other than undefined; fails after `timeoutMs`. Returns the value and the time it took. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000, everyMs = 50): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** One number from a store, read straight from its database (arrange/assert only). */
export async function countRows(stack: Stack, subgraph: SubgraphName, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: string | number }[] = await stack.subgraphs[subgraph].service.store.dataSource.query(sql, params);
  return Number(rows[0].n);
}

/** Outbox rows of a store, oldest first. */
export async function outboxRows(stack: Stack, subgraph: SubgraphName): Promise<{ event_id: string; type: string; status: string; attempts: number; last_error: string | null }[]> {
  return stack.subgraphs[subgraph].service.store.dataSource.query('SELECT event_id, type, status, attempts, last_error FROM outbox_event ORDER BY seq');
}

export const PURCHASE = `mutation($customer: ID!) {
  purchaseSoftware(input: { customerId: $customer, productId: "prod-visio", kind: PERPETUAL, quantity: 2, priceMinor: 50000, currency: "USD" }) { id status } }`;
export const CANCEL = `mutation($id: ID!) { cancelSoftwareSubscription(id: $id) { status } }`;
export const SUBSCRIPTION = `query($id: ID!) { softwareSubscription(id: $id) { id status entitlementStatus entitledProduct { id } entitlementKind } }`;

/** A `SoftwarePurchased` envelope as agreements' relay sends it, for tests that sign and post events themselves. */
export function purchaseEnvelope(subscriptionId: string, id = `evt-${crypto.randomUUID()}`) {
  return {
    id,
    source: 'agreements',
    type: 'SoftwarePurchased',
    occurredAt: '2026-06-15T09:00:00.000Z',
    payload: { subscriptionId, customerId: 'org-contoso', partnerId: 'org-northwind', productId: 'prod-visio', kind: 'PERPETUAL', quantity: 1 },
  };
}
