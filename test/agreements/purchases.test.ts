import { startStack, type Stack } from '../harness/stack';
import { codeOf, ok } from './helpers';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const PURCHASE = `mutation($customer: ID!, $price: Int!) {
  purchaseSoftware(input: { customerId: $customer, productId: "prod-visio", kind: SUBSCRIPTION, quantity: 5, priceMinor: $price, currency: "USD" }) {
    id status kind quantity priceMinor currency purchasedAt cancellableUntil customer { id } partner { id } product { id }
  } }`;
const CANCEL = `mutation($id: ID!) { cancelSoftwareSubscription(id: $id) { status cancelledAt proratedCreditMinor } }`;
const SUBSCRIPTIONS = `{ myOrganization { softwareSubscriptions { totalCount nodes { id status } } } }`;

async function purchase(price = 120_000): Promise<string> {
  return (await ok(stack, PURCHASE, 'ada', { customer: 'org-contoso', price })).purchaseSoftware.id;
}

beforeEach(() => stack.clock.set('2026-06-15T09:00:00.000Z'));

describe('CSP purchases (CSP-1)', () => {
  it('CSP-1 an admin agent buys for a customer its partner has a relationship with', async () => {
    const res = await ok(stack, PURCHASE, 'ada', { customer: 'org-contoso', price: 99_900 });
    expect(res.purchaseSoftware).toMatchObject({
      status: 'ACTIVE',
      kind: 'SUBSCRIPTION',
      quantity: 5,
      priceMinor: 99_900,
      currency: 'USD',
      purchasedAt: '2026-06-15T09:00:00.000Z',
      cancellableUntil: '2026-06-22T09:00:00.000Z',
      customer: { id: 'org-contoso' },
      partner: { id: 'org-northwind' },
      product: { id: 'prod-visio' },
    });
    const contoso = (await ok(stack, SUBSCRIPTIONS, 'alice')).myOrganization.softwareSubscriptions;
    expect(contoso.nodes.map((n: { id: string }) => n.id)).toEqual([res.purchaseSoftware.id, 'sub-contoso-office', 'sub-contoso-m365']);
  });

  it('CSP-1 refuses a partner without a relationship with the customer (FORBIDDEN), writing nothing', async () => {
    const before = (await ok(stack, SUBSCRIPTIONS, 'alice')).myOrganization.softwareSubscriptions.totalCount;
    const res = await stack.queryGateway(PURCHASE, { as: 'pat', variables: { customer: 'org-contoso', price: 100 } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await ok(stack, SUBSCRIPTIONS, 'alice')).myOrganization.softwareSubscriptions.totalCount).toBe(before);
  });

  it('CSP-1 refuses a buyer without the admin agent role (FORBIDDEN)', async () => {
    expect(codeOf(await stack.queryGateway(PURCHASE, { as: 'alice', variables: { customer: 'org-contoso', price: 100 } }))).toBe('FORBIDDEN');
  });

  it('CSP-1 rejects a negative price or a lower-case currency with BAD_USER_INPUT', async () => {
    expect(codeOf(await stack.queryGateway(PURCHASE, { as: 'ada', variables: { customer: 'org-contoso', price: -1 } }))).toBe('BAD_USER_INPUT');
    const lower = PURCHASE.replace('"USD"', '"usd"');
    expect(codeOf(await stack.queryGateway(lower, { as: 'ada', variables: { customer: 'org-contoso', price: 1 } }))).toBe('BAD_USER_INPUT');
  });

  it('CSP-1 lists a partner\'s customers and a customer\'s partners; a partner sees only what it sold to its customer', async () => {
    const q = `{ myOrganization { customers { nodes { id name agreements { totalCount } softwareSubscriptions { totalCount } } } } }`;
    const customers = (await ok(stack, q, 'ada')).myOrganization.customers.nodes;
    expect(customers).toEqual([{ id: 'org-contoso', name: 'Contoso Ltd', agreements: { totalCount: 0 }, softwareSubscriptions: { totalCount: expect.any(Number) } }]);
    expect(customers[0].softwareSubscriptions.totalCount).toBeGreaterThanOrEqual(2);
    const partners = (await ok(stack, `{ myOrganization { partners { nodes { id } } } }`, 'alice')).myOrganization.partners.nodes;
    expect(partners).toEqual([{ id: 'org-northwind' }]);
    expect((await ok(stack, `{ myOrganization { customers { totalCount } } }`, 'pat')).myOrganization.customers.totalCount).toBe(0);
  });
});

describe('cancellation (CSP-2)', () => {
  it('CSP-2 cancelling on day 3 grants the prorated credit floor(price × (365 − 3) / 365) in minor units', async () => {
    const id = await purchase(120_000);
    stack.clock.advanceDays(3);
    const res = await ok(stack, CANCEL, 'ada', { id });
    // 120000 × 362 / 365 = 119013.69… → 119013 (rounded down).
    expect(res.cancelSoftwareSubscription).toEqual({ status: 'CANCELLED', cancelledAt: '2026-06-18T09:00:00.000Z', proratedCreditMinor: 119_013 });
  });

  it('CSP-2 refuses cancelling on day 8 with CANCELLATION_WINDOW_CLOSED and leaves the purchase active', async () => {
    const id = await purchase(120_000);
    stack.clock.advanceDays(8);
    const res = await stack.queryGateway(CANCEL, { as: 'ada', variables: { id } });
    expect(codeOf(res)).toBe('CANCELLATION_WINDOW_CLOSED');
    expect(res.errors?.[0].extensions?.cancellableUntil).toBe('2026-06-22T09:00:00.000Z');
    const q = `query($id: ID!) { softwareSubscription(id: $id) { status cancelledAt proratedCreditMinor } }`;
    expect((await ok(stack, q, 'ada', { id })).softwareSubscription).toEqual({ status: 'ACTIVE', cancelledAt: null, proratedCreditMinor: null });
  });

  it('CSP-2 still allows cancelling at the last instant of day 7 (exactly 7 × 24 h after purchase)', async () => {
    const id = await purchase(365_00);
    stack.clock.set('2026-06-22T09:00:00.000Z');
    expect((await ok(stack, CANCEL, 'ada', { id })).cancelSoftwareSubscription.proratedCreditMinor).toBe(35_800);
  });

  it('CSP-2 lets only the reselling partner\'s admin agent cancel (customer admin: FORBIDDEN) and only once (CONFLICT)', async () => {
    const id = await purchase(1_000);
    expect(codeOf(await stack.queryGateway(CANCEL, { as: 'alice', variables: { id } }))).toBe('FORBIDDEN');
    await ok(stack, CANCEL, 'ada', { id });
    expect(codeOf(await stack.queryGateway(CANCEL, { as: 'ada', variables: { id } }))).toBe('CONFLICT');
  });

  it('CSP-2 the seeded Office purchase (2026-06-12T10:00Z) is cancellable until 2026-06-19T10:00Z', async () => {
    const q = `{ softwareSubscription(id: "sub-contoso-office") { kind status cancellableUntil product { id } } }`;
    expect((await ok(stack, q, 'alice')).softwareSubscription).toEqual({
      kind: 'PERPETUAL',
      status: 'ACTIVE',
      cancellableUntil: '2026-06-19T10:00:00.000Z',
      product: { id: 'prod-office' },
    });
  });
});
