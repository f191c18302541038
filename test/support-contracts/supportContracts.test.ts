import { startStack, type Stack } from '../harness/stack';
import type { DemoUserHandle } from '../../common/demo/users';
import { ContractLinkRow, SupportIncidentRow } from '../../subgraphs/support-contracts/src/store/entities';
import { CLOSE, LINK, balanceOf, insertContract, leastStatements, submit } from './helpers';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const store = () => stack.subgraphs['support-contracts'].service.store.dataSource;

type Contract = { id: string; accessId: string; contractId: string; displayName: string; incidentsRemaining: number };

function link(as: DemoUserHandle, input: Record<string, unknown>) {
  return stack.queryGateway<{ linkSupportContract: Contract }>(LINK, { as, variables: { input } });
}

describe('support contracts (SUP-1, SUP-2, SUP-8)', () => {
  it('SUP-1 a contract expires one year after it starts', async () => {
    const res = await stack.queryGateway<{ mySupportContracts: { id: string; startsAt: string; expiresAt: string; expired: boolean }[] }>(
      '{ mySupportContracts { id startsAt expiresAt expired } }',
      { as: 'sue' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.mySupportContracts).toEqual([
      { id: 'sc-contoso-20pack', startsAt: '2026-03-01T00:00:00.000Z', expiresAt: '2027-03-01T00:00:00.000Z', expired: false },
      { id: 'sc-contoso-expired', startsAt: '2025-01-10T00:00:00.000Z', expiresAt: '2026-01-10T00:00:00.000Z', expired: true },
    ]);
  });

  it('SUP-1 submitting against an expired contract is CONTRACT_EXPIRED and deducts nothing', async () => {
    const res = await submit(stack, 'sue', { supportContractId: 'sc-contoso-expired', productId: 'prod-sql-server', idempotencyKey: 'expired-1' });
    expect(res.errors?.[0].extensions?.code).toBe('CONTRACT_EXPIRED');
    expect(await balanceOf(stack, 'sc-contoso-expired')).toBe(2);
  });

  it('SUP-2 a malformed Access ID is BAD_USER_INPUT naming the field and why', async () => {
    const res = await link('ken', { accessId: '0230 242323', contractId: '1000200030' });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Access ID must contain only the digits 0-9 (leading zeros are kept); got "0230 242323".',
      extensions: { code: 'BAD_USER_INPUT', field: 'accessId' },
    });
  });

  it('SUP-2 a too long Contract ID is BAD_USER_INPUT naming the field', async () => {
    const res = await link('ken', { accessId: '0230242323', contractId: '1'.repeat(21) });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Contract ID has 21 characters: at most 20 digits.',
      extensions: { code: 'BAD_USER_INPUT', field: 'contractId' },
    });
  });

  it('SUP-2 0230242323 and 230242323 link two different contracts (shown masked to the linker, SUP-11)', async () => {
    const withZero = await link('ken', { accessId: '0230242323', contractId: '1000200030' });
    const withoutZero = await link('ken', { accessId: '230242323', contractId: '1000200030' });
    expect(withZero.data?.linkSupportContract).toMatchObject({ id: 'sc-contoso-20pack', accessId: '0230xxxxx', contractId: '1000xxxxx' });
    expect(withoutZero.data?.linkSupportContract).toMatchObject({ id: 'sc-fabrikam-5pack', accessId: '2302xxxxx' });
  });

  it('SUP-2 a submission against 230242323 deducts from that contract only, never from 0230242323', async () => {
    const before = await balanceOf(stack, 'sc-contoso-20pack');
    const res = await submit(stack, 'bob', { supportContractId: 'sc-fabrikam-5pack', productId: 'prod-windows-server', idempotencyKey: 'sup2-1' });
    expect(res.data?.submitSupportIncident.contract).toEqual({ id: 'sc-fabrikam-5pack', incidentsRemaining: 4 });
    expect(await balanceOf(stack, 'sc-contoso-20pack')).toBe(before);
  });

  it('SUP-11 a contract is no longer an entity by its Access ID and Contract ID (a lookup by credential); by id it resolves for its owner', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupportContract { id accessId } } }`;
    const reps = [
      { __typename: 'SupportContract', accessId: '0230242323', contractId: '1000200030' },
      { __typename: 'SupportContract', id: 'sc-contoso-20pack' },
    ];
    const asAlice = await stack.querySubgraph<{ _entities: unknown[] }>('support-contracts', query, { as: 'alice', variables: { reps } });
    expect(asAlice.data?._entities).toEqual([null, { id: 'sc-contoso-20pack', accessId: '0230242323' }]);
    const sdl = await stack.querySubgraph<{ _service: { sdl: string } }>('support-contracts', '{ _service { sdl } }', { as: 'alice' });
    expect(sdl.data?._service.sdl).toMatch(/type SupportContract\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl.data?._service.sdl).not.toContain('@key(fields: "accessId contractId")');
  });

  it('SUP-8 display names: "<access id> - <label>" for product contracts, the SCS label (the year it started: 2026) for cloud ones', async () => {
    const sue = await stack.queryGateway<{ mySupportContracts: { displayName: string }[] }>('{ mySupportContracts { displayName } }', { as: 'sue' });
    const ada = await stack.queryGateway<{ mySupportContracts: { displayName: string }[] }>('{ mySupportContracts { displayName } }', { as: 'ada' });
    expect(sue.data?.mySupportContracts[0].displayName).toBe('0230242323 - 20Pack Partner Support Gold');
    expect(ada.data?.mySupportContracts.map((c) => c.displayName)).toContain('26 SCS-4648141-unk (0037xxxxx)');
  });
});

describe('linking (SUP-3) and eligibility (SUP-4)', () => {
  it('SUP-3 a linked contract is offered on every later request, and linking twice keeps one link', async () => {
    await insertContract(stack, { id: 'sc-link', accessId: '0700000001', contractId: '0700000002', organizationId: 'org-adatum' });
    await link('pia', { accessId: '0700000001', contractId: '0700000002' });
    const again = await link('pia', { accessId: '0700000001', contractId: '0700000002' });
    const later = await stack.queryGateway<{ myLinkedSupportContracts: { id: string }[]; product: { eligibleSupportContracts: { id: string }[] } }>(
      '{ myLinkedSupportContracts { id } product(id: "prod-sql-server") { eligibleSupportContracts { id } } }',
      { as: 'pia' },
    );
    expect(again.data?.linkSupportContract.id).toBe('sc-link');
    expect(later.data).toEqual({ myLinkedSupportContracts: [{ id: 'sc-link' }], product: { eligibleSupportContracts: [{ id: 'sc-link' }] } });
    expect(await store().getRepository(ContractLinkRow).countBy({ userId: 'user-pia' })).toBe(1);
  });

  it('SUP-3 a user without both IDs learns nothing: same NOT_FOUND as for a pair that does not exist', async () => {
    const oneWrong = await link('bob', { accessId: '0230242323', contractId: '1000200031' });
    const none = await link('bob', { accessId: '0999999999', contractId: '0999999999' });
    expect(oneWrong.errors?.[0]).toEqual(none.errors?.[0]);
    expect(oneWrong.errors?.[0]).toMatchObject({ message: 'No support contract has this Access ID and Contract ID.', extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(oneWrong)).not.toMatch(/sc-contoso|20Pack|Contoso/);
  });

  it('SUP-3 linking an expired contract is CONTRACT_EXPIRED', async () => {
    const res = await link('bob', { accessId: '0230240001', contractId: '1000100020' });
    expect(res.errors?.[0].extensions?.code).toBe('CONTRACT_EXPIRED');
  });

  it('SUP-3 linking an exhausted contract is INCIDENTS_EXHAUSTED', async () => {
    await insertContract(stack, { id: 'sc-empty', accessId: '0700000003', contractId: '0700000004', organizationId: 'org-contoso', incidentsRemaining: 0 });
    const res = await link('bob', { accessId: '0700000003', contractId: '0700000004' });
    expect(res.errors?.[0].extensions?.code).toBe('INCIDENTS_EXHAUSTED');
  });

  it('SUP-4 linking an SCS contract for on-premises products only is CONTRACT_CANNOT_BE_USED', async () => {
    const res = await link('ada', { accessId: '0037451200', contractId: '4381907', productIds: ['prod-office', 'prod-windows-server'] });
    expect(res.errors?.[0]).toMatchObject({
      message: 'This contract covers cloud products only and cannot be used for an on-premises product.',
      extensions: { code: 'CONTRACT_CANNOT_BE_USED' },
    });
  });

  it('SUP-4 a cloud-only contract is refused for an on-premises product with CONTRACT_CANNOT_BE_USED, deducting nothing', async () => {
    const res = await submit(stack, 'ada', { supportContractId: 'sc-northwind-scs', productId: 'prod-windows-server', idempotencyKey: 'scs-onprem' });
    expect(res.errors?.[0].extensions?.code).toBe('CONTRACT_CANNOT_BE_USED');
    expect(await balanceOf(stack, 'sc-northwind-scs')).toBe(12);
  });

  it('SUP-4 only eligible contracts are offered for a product, by its catalog deployment', async () => {
    type Offered = { eligibleSupportContracts: { id: string; kind: string; scope: string }[] };
    const res = await stack.queryGateway<{ onPrem: Offered; cloud: Offered }>(
      `{ onPrem: product(id: "prod-office") { eligibleSupportContracts { id kind scope } }
         cloud: product(id: "prod-azure") { eligibleSupportContracts { id kind scope } } }`,
      { as: 'ada' },
    );
    const onPrem = res.data!.onPrem.eligibleSupportContracts;
    const cloud = res.data!.cloud.eligibleSupportContracts;
    expect(onPrem.map((c) => c.id)).not.toContain('sc-northwind-scs');
    expect(onPrem.filter((c) => c.scope === 'CLOUD' || c.kind === 'SIGNATURE_CLOUD_SUPPORT')).toEqual([]);
    expect(cloud).toContainEqual({ id: 'sc-northwind-scs', kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD' });
    expect(cloud.filter((c) => c.scope === 'ON_PREMISES')).toEqual([]);
  });

  it('SUP-4 expired and exhausted contracts are not offered', async () => {
    await insertContract(stack, { id: 'sc-tailspin-empty', accessId: '0700000005', contractId: '0700000006', organizationId: 'org-tailspin', incidentsRemaining: 0 });
    const res = await stack.queryGateway<{ product: { eligibleSupportContracts: { id: string }[] } }>(
      '{ product(id: "prod-windows-server") { eligibleSupportContracts { id } } }',
      { as: 'alice' },
    );
    expect(res.data?.product.eligibleSupportContracts).toEqual([{ id: 'sc-contoso-20pack' }]);
  });

  it('SUP-7 a partner holding two pairs uses the product-support pair on-premises and the SCS pair for cloud', async () => {
    await insertContract(stack, { id: 'sc-wingtip-core', accessId: '0800000001', contractId: '0800000002', organizationId: 'org-wingtip', kind: 'PARTNER_BENEFIT', scope: 'ALL' });
    await insertContract(stack, { id: 'sc-wingtip-scs', accessId: '0800000003', contractId: '0800000004', organizationId: 'org-wingtip', kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD' });
    const res = await stack.queryGateway<{ onPrem: { eligibleSupportContracts: { id: string }[] }; cloud: { eligibleSupportContracts: { id: string }[] } }>(
      '{ onPrem: product(id: "prod-sql-server") { eligibleSupportContracts { id } } cloud: product(id: "prod-m365") { eligibleSupportContracts { id } } }',
      { as: 'will' },
    );
    expect(res.data).toEqual({
      onPrem: { eligibleSupportContracts: [{ id: 'sc-wingtip-core' }] },
      cloud: { eligibleSupportContracts: [{ id: 'sc-wingtip-core' }, { id: 'sc-wingtip-scs' }] },
    });
  });
});

describe('incidents (SUP-5, SUP-6, SUP-9, MP-7)', () => {
  it('SUP-5 a submission returns request number, severity and response time, and deducts one incident', async () => {
    await insertContract(stack, { id: 'sc-tail-submit', accessId: '0710000001', contractId: '0710000001', organizationId: 'org-tailspin', kind: 'SA_PROBLEM_RESOLUTION', incidentsRemaining: 5 });
    const res = await submit(stack, 'ken', { supportContractId: 'sc-tail-submit', productId: 'prod-sql-server', severity: 'A', description: 'Database down\nSince 08:00', idempotencyKey: 'sup5-1' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitSupportIncident).toMatchObject({
      severity: 'A',
      responseTimeMinutes: 120,
      respondBy: '2026-06-15T11:00:00.000Z',
      title: 'Database down',
      status: 'OPEN',
      createdAt: '2026-06-15T09:00:00.000Z',
      contract: { id: 'sc-tail-submit', incidentsRemaining: 4 },
      product: { id: 'prod-sql-server', name: 'SQL Server' },
    });
    expect(res.data?.submitSupportIncident.requestNumber).toMatch(/^SR260615\d{6}$/);
    expect(await balanceOf(stack, 'sc-tail-submit')).toBe(4);
  });

  it('SUP-5 a retry with the same idempotency key returns the same incident and deducts nothing more', async () => {
    await insertContract(stack, { id: 'sc-tail-retry', accessId: '0710000002', contractId: '0710000002', organizationId: 'org-tailspin', incidentsRemaining: 5 });
    const first = await submit(stack, 'ken', { supportContractId: 'sc-tail-retry', productId: 'prod-office', idempotencyKey: 'retry-1' });
    const second = await submit(stack, 'ken', { supportContractId: 'sc-tail-retry', productId: 'prod-office', idempotencyKey: 'retry-1' });
    expect(second.data?.submitSupportIncident.id).toBe(first.data?.submitSupportIncident.id);
    expect(second.data?.submitSupportIncident.requestNumber).toBe(first.data?.submitSupportIncident.requestNumber);
    expect(await balanceOf(stack, 'sc-tail-retry')).toBe(4);
  });

  it('SUP-5 an idempotency key reused for another submission is CONFLICT', async () => {
    const res = await submit(stack, 'ken', { supportContractId: 'sc-tailspin-prs', productId: 'prod-office', idempotencyKey: 'retry-1' });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('SUP-5 the last incident is taken, the next submission is INCIDENTS_EXHAUSTED', async () => {
    await insertContract(stack, { id: 'sc-tail-last', accessId: '0710000003', contractId: '0710000003', organizationId: 'org-tailspin', incidentsRemaining: 1 });
    const last = await submit(stack, 'ken', { supportContractId: 'sc-tail-last', productId: 'prod-office', idempotencyKey: 'last-1' });
    const next = await submit(stack, 'ken', { supportContractId: 'sc-tail-last', productId: 'prod-office', idempotencyKey: 'last-2' });
    expect(last.errors).toBeUndefined();
    expect(next.errors?.[0].extensions?.code).toBe('INCIDENTS_EXHAUSTED');
    expect(await balanceOf(stack, 'sc-tail-last')).toBe(0);
  });

  it('SUP-5 an analyst may not submit (FORBIDDEN)', async () => {
    const res = await submit(stack, 'ana', { supportContractId: 'sc-contoso-20pack', productId: 'prod-office', idempotencyKey: 'ana-1' });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('SUP-6 a non-decrement closure by the support engineer credits the incident back; sent again it is CONFLICT and credits nothing more', async () => {
    await insertContract(stack, { id: 'sc-tail-nd', accessId: '0710000004', contractId: '0710000004', organizationId: 'org-tailspin', incidentsRemaining: 5 });
    const sub = await submit(stack, 'ken', { supportContractId: 'sc-tail-nd', productId: 'prod-office', idempotencyKey: 'nd-1' });
    const input = { incidentId: sub.data?.submitSupportIncident.id, resolution: 'NON_DECREMENT' };
    const first = await stack.queryGateway<{ closeSupportIncident: { status: string } }>(CLOSE, { as: 'sid', variables: { input } });
    const second = await stack.queryGateway<{ closeSupportIncident: { status: string } }>(CLOSE, { as: 'sid', variables: { input } });
    // The engineer is of the operator, not of Tailspin: the incident's contract is not theirs to read.
    expect(first.errors).toBeUndefined();
    expect(first.data?.closeSupportIncident).toMatchObject({ status: 'NON_DECREMENT' });
    expect(second.errors?.[0]).toMatchObject({ message: 'The incident is already closed as NON_DECREMENT.', extensions: { code: 'CONFLICT', status: 'NON_DECREMENT' } });
    expect(await balanceOf(stack, 'sc-tail-nd')).toBe(5);
  });

  it('SUP-6 an incident closed as resolved stays used, and cannot be closed again as non-decrement', async () => {
    await insertContract(stack, { id: 'sc-tail-res', accessId: '0710000005', contractId: '0710000005', organizationId: 'org-tailspin', incidentsRemaining: 5 });
    const sub = await submit(stack, 'ken', { supportContractId: 'sc-tail-res', productId: 'prod-office', idempotencyKey: 'res-1' });
    const incidentId = sub.data?.submitSupportIncident.id;
    const resolved = await stack.queryGateway(CLOSE, { as: 'ken', variables: { input: { incidentId, resolution: 'RESOLVED' } } });
    const late = await stack.queryGateway(CLOSE, { as: 'sid', variables: { input: { incidentId, resolution: 'NON_DECREMENT' } } });
    expect(resolved.errors).toBeUndefined();
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'RESOLVED' });
    expect(await balanceOf(stack, 'sc-tail-res')).toBe(4);
  });

  it('SUP-6 another organisation cannot close an incident (NOT_FOUND as RESOLVED, FORBIDDEN as NON_DECREMENT)', async () => {
    const resolved = await stack.queryGateway(CLOSE, { as: 'bob', variables: { input: { incidentId: '3', resolution: 'RESOLVED' } } });
    const nonDecrement = await stack.queryGateway(CLOSE, { as: 'bob', variables: { input: { incidentId: '3', resolution: 'NON_DECREMENT' } } });
    expect(resolved.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(nonDecrement.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await store().getRepository(SupportIncidentRow).findOneByOrFail({ id: 3 })).toMatchObject({ status: 'OPEN' });
  });

  it('SUP-9 my activity lists my open and closed incidents, newest first, filterable by status', async () => {
    const all = await stack.queryGateway<{ mySupportActivity: { totalCount: number; nodes: { requestNumber: string; status: string }[] } }>(
      '{ mySupportActivity { totalCount nodes { requestNumber status } } }',
      { as: 'sue' },
    );
    const open = await stack.queryGateway<{ mySupportActivity: { totalCount: number } }>('{ mySupportActivity(status: OPEN) { totalCount } }', { as: 'sue' });
    expect(all.data?.mySupportActivity).toEqual({
      totalCount: 3,
      nodes: [
        { requestNumber: 'SR260610000003', status: 'OPEN' },
        { requestNumber: 'SR260402000002', status: 'RESOLVED' },
        { requestNumber: 'SR260312000001', status: 'RESOLVED' },
      ],
    });
    expect(open.data?.mySupportActivity.totalCount).toBe(1);
  });

  it('SUP-9 my benefits sum incidents and hours left on my usable, not expired contracts', async () => {
    await insertContract(stack, { id: 'sc-litware-adv', accessId: '0720000001', contractId: '0720000001', organizationId: 'org-litware', incidentsRemaining: 3, advisoryHoursGranted: 20, advisoryHoursRemaining: 12 });
    await insertContract(stack, { id: 'sc-litware-old', accessId: '0720000002', contractId: '0720000002', organizationId: 'org-litware', incidentsRemaining: 9, expiresAt: new Date('2026-01-01T00:00:00Z') });
    const res = await stack.queryGateway<{ mySupportBenefits: unknown }>(
      '{ mySupportBenefits { incidentsRemaining advisoryHoursRemaining contracts { id } } }',
      { as: 'lea' },
    );
    expect(res.data?.mySupportBenefits).toEqual({ incidentsRemaining: 3, advisoryHoursRemaining: 12, contracts: [{ id: 'sc-litware-adv' }] });
  });

  it('MP-7 a product shows my open requests for it', async () => {
    const res = await stack.queryGateway<{ product: unknown }>(
      '{ product(id: "prod-sql-server") { name myOpenSupportRequests { totalCount nodes { requestNumber title status createdAt updatedAt } } } }',
      { as: 'sue' },
    );
    expect(res.data?.product).toEqual({
      name: 'SQL Server',
      myOpenSupportRequests: {
        totalCount: 1,
        nodes: [{ requestNumber: 'SR260610000003', title: 'Availability group failover loops', status: 'OPEN', createdAt: '2026-06-10T07:45:00.000Z', updatedAt: '2026-06-10T07:45:00.000Z' }],
      },
    });
  });
});

describe('isolation and batching', () => {
  it('isolation: a user of another organisation gets none of Contoso support data through the gateway', async () => {
    const res = await stack.queryGateway<Record<string, unknown>>(
      `{ mySupportContracts { id } mySupportActivity { totalCount }
         product(id: "prod-sql-server") { myOpenSupportRequests { totalCount } eligibleSupportContracts { id } } }`,
      { as: 'bob' },
    );
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toMatch(/contoso/);
    expect(res.data?.mySupportActivity).toEqual({ totalCount: 1 });
    expect(res.data?.product).toEqual({ myOpenSupportRequests: { totalCount: 0 }, eligibleSupportContracts: [{ id: 'sc-fabrikam-5pack' }] });
  });

  it('isolation: _entities on the subgraph without a token returns no private field', async () => {
    const res = await stack.querySubgraph<{ _entities: unknown[] }>(
      'support-contracts',
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
         ... on SupportContract { id incidentsRemaining } ... on SupportIncident { id description }
         ... on Product { myOpenSupportRequests { totalCount } } } }`,
      {
        variables: {
          reps: [
            { __typename: 'SupportContract', id: 'sc-contoso-20pack' },
            { __typename: 'SupportContract', accessId: '0230242323', contractId: '1000200030' },
            { __typename: 'SupportIncident', id: '3' },
            { __typename: 'Product', id: 'prod-sql-server' },
          ],
        },
      },
    );
    expect(res.data?._entities).toEqual([null, null, null, { myOpenSupportRequests: { totalCount: 0 } }]);
  });

  it('SUP-4 MP-7 batching: product fields cost the same SQL statements for 2 products as for 9', async () => {
    const query = (n: number) => `{ products(first: ${n}) { nodes { id eligibleSupportContracts { id } myOpenSupportRequests { totalCount } } } }`;
    const short = await stack.queryGateway(query(2), { as: 'sue' });
    const long = await stack.queryGateway<{ products: { nodes: unknown[] } }>(query(9), { as: 'sue' });
    const cost2 = await leastStatements(stack, () => stack.queryGateway(query(2), { as: 'sue' }));
    const cost9 = await leastStatements(stack, () => stack.queryGateway(query(9), { as: 'sue' }));
    expect(short.errors).toBeUndefined();
    expect(long.data?.products.nodes).toHaveLength(9);
    expect(cost9).toBe(cost2);
    expect(cost9).toBe(2);
  });

  it('SUP-9 batching: my activity costs the same statements for 3 incidents as for 43', async () => {
    const query = '{ mySupportActivity(first: 100) { totalCount nodes { requestNumber product { id } contract { id } } } }';
    const small = await leastStatements(stack, () => stack.queryGateway(query, { as: 'sue' }));
    const rows = Array.from({ length: 40 }, (_, i) => ({
      supportContractId: 'sc-contoso-20pack', organizationId: 'org-contoso', userId: 'user-sue', productId: 'prod-office',
      severity: 'C' as const, title: `bulk ${i}`, description: `bulk ${i}`, status: 'RESOLVED' as const, responseTimeMinutes: 480,
      idempotencyKey: `bulk-${i}`, createdAt: new Date('2026-05-01T00:00:00Z'), updatedAt: new Date('2026-05-01T00:00:00Z'), closedAt: null,
    }));
    await store().getRepository(SupportIncidentRow).insert(rows);
    const long = await stack.queryGateway<{ mySupportActivity: { totalCount: number } }>(query, { as: 'sue' });
    expect(long.data?.mySupportActivity.totalCount).toBe(43);
    expect(await leastStatements(stack, () => stack.queryGateway(query, { as: 'sue' }))).toBe(small);
  });
});
