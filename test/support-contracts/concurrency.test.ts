import { startStack, type Stack } from '../harness/stack';
import { SupportIncidentRow } from '../../subgraphs/support-contracts/src/store/entities';
import { balanceOf, CLOSE, insertContract, submit } from './helpers';

let stack: Stack;
beforeAll(async () => {
  // 200 requests queue on one contract row: give the gateway room to wait for them.
  stack = await startStack({ env: { SUBGRAPH_TIMEOUT_MS: '60000' } });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('support-contracts under concurrency (MySQL, real HTTP)', () => {
  it('SUP-5 200 concurrent submissions against 10 incidents: exactly 10 accepted, the rest INCIDENTS_EXHAUSTED, balance 0', async () => {
    await insertContract(stack, { id: 'sc-race', accessId: '0900000001', contractId: '0900000001', organizationId: 'org-contoso', incidentsRemaining: 10 });

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submit(stack, 'sue', { supportContractId: 'sc-race', productId: 'prod-sql-server', idempotencyKey: `race-${i}` }),
      ),
    );

    const accepted = results.filter((r) => r.data?.submitSupportIncident);
    const codes = results.filter((r) => !r.data?.submitSupportIncident).map((r) => r.errors?.[0]?.extensions?.code);
    expect(accepted).toHaveLength(10);
    expect(codes).toEqual(Array(190).fill('INCIDENTS_EXHAUSTED'));
    expect(new Set(accepted.map((r) => r.data!.submitSupportIncident.id)).size).toBe(10);
    expect(await balanceOf(stack, 'sc-race')).toBe(0);
    const stored = await stack.subgraphs['support-contracts'].service.store.dataSource
      .getRepository(SupportIncidentRow)
      .countBy({ supportContractId: 'sc-race' });
    expect(stored).toBe(10);
  }, 120_000);

  it('SUP-5 concurrent retries with one idempotency key create one incident and deduct once', async () => {
    await insertContract(stack, { id: 'sc-retry', accessId: '0900000002', contractId: '0900000002', organizationId: 'org-contoso', incidentsRemaining: 10 });

    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit(stack, 'sue', { supportContractId: 'sc-retry', productId: 'prod-sql-server', idempotencyKey: 'same-key' })),
    );

    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data?.submitSupportIncident.id)).size).toBe(1);
    expect(await balanceOf(stack, 'sc-retry')).toBe(9);
  }, 60_000);

  it('SUP-6 10 concurrent RESOLVED closures of one incident by its owner: one wins, the others are CONFLICT with status RESOLVED', async () => {
    await insertContract(stack, { id: 'sc-close-race', accessId: '0900000004', contractId: '0900000004', organizationId: 'org-tailspin', incidentsRemaining: 5 });
    const sub = await submit(stack, 'ken', { supportContractId: 'sc-close-race', productId: 'prod-office', idempotencyKey: 'close-race-1' });
    const input = { incidentId: sub.data?.submitSupportIncident.id, resolution: 'RESOLVED' };

    const results = await Promise.all(Array.from({ length: 10 }, () => stack.queryGateway<{ closeSupportIncident: { status: string } }>(CLOSE, { as: 'ken', variables: { input } })));

    expect(results.filter((r) => r.data?.closeSupportIncident?.status === 'RESOLVED')).toHaveLength(1);
    const losers = results.filter((r) => !r.data?.closeSupportIncident).map((r) => r.errors?.[0]);
    expect(losers).toHaveLength(9);
    for (const e of losers) expect(e).toMatchObject({ message: 'The incident is already closed as RESOLVED.', extensions: { code: 'CONFLICT', status: 'RESOLVED' } });
    expect(await balanceOf(stack, 'sc-close-race')).toBe(4);
  });

  it('SUP-6 10 concurrent NON_DECREMENT closures by the support engineer: one wins, the incident is credited back exactly once', async () => {
    await insertContract(stack, { id: 'sc-nd-race', accessId: '0900000005', contractId: '0900000005', organizationId: 'org-tailspin', incidentsRemaining: 5 });
    const sub = await submit(stack, 'ken', { supportContractId: 'sc-nd-race', productId: 'prod-office', idempotencyKey: 'nd-race-1' });
    expect(await balanceOf(stack, 'sc-nd-race')).toBe(4);
    const input = { incidentId: sub.data?.submitSupportIncident.id, resolution: 'NON_DECREMENT' };

    const results = await Promise.all(Array.from({ length: 10 }, () => stack.queryGateway<{ closeSupportIncident: { status: string } }>(CLOSE, { as: 'sid', variables: { input } })));

    expect(results.filter((r) => r.data?.closeSupportIncident?.status === 'NON_DECREMENT')).toHaveLength(1);
    const losers = results.filter((r) => !r.data?.closeSupportIncident).map((r) => r.errors?.[0].extensions);
    expect(losers).toHaveLength(9);
    for (const e of losers) expect(e).toMatchObject({ code: 'CONFLICT', status: 'NON_DECREMENT' });
    expect(await balanceOf(stack, 'sc-nd-race')).toBe(5);
  });

  // Last in this file: it moves the shared clock.
  it('SUP-1 a contract stops being offered and used one year after it starts', async () => {
    await insertContract(stack, {
      id: 'sc-year', accessId: '0900000003', contractId: '0900000003', organizationId: 'org-tailspin',
      startsAt: new Date('2026-06-15T00:00:00.000Z'), expiresAt: new Date('2027-06-15T00:00:00.000Z'),
    });
    const offered = '{ product(id: "prod-office") { eligibleSupportContracts { id } } }';
    const before = await stack.queryGateway<{ product: { eligibleSupportContracts: { id: string }[] } }>(offered, { as: 'ken' });
    stack.clock.set('2027-06-15T00:00:00.000Z');
    const after = await stack.queryGateway<{ product: { eligibleSupportContracts: { id: string }[] } }>(offered, { as: 'ken' });
    const used = await submit(stack, 'ken', { supportContractId: 'sc-year', productId: 'prod-office', idempotencyKey: 'year-1' });
    expect(before.data?.product.eligibleSupportContracts.map((c) => c.id)).toContain('sc-year');
    expect(after.data?.product.eligibleSupportContracts.map((c) => c.id)).not.toContain('sc-year');
    expect(used.errors?.[0]).toMatchObject({ message: 'The contract expired on 2027-06-15.', extensions: { code: 'CONTRACT_EXPIRED' } });
    expect(await balanceOf(stack, 'sc-year')).toBe(10);
  });
});
