import { startStack, type Stack } from '../harness/stack';
import { snapshotStore } from '../security/isolation/storeSnapshot';
import { countRows, eventually, ok } from '../outbox/helpers';
import { LINK } from './helpers';

/**
 * SUP-11: a leaked pair is stopped by the owner, not user by user. Revoking
 * one link leaves the pair usable by anyone else who knows it; re-issuing
 * gives the contract a new random pair, drops the links made with the old
 * one, and sends the new pair to the contact of record.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const CONTOSO = { id: 'sc-contoso-20pack', accessId: '0230242323', contractId: '1000200030' };
const REISSUE = 'mutation($id: ID!) { reissueSupportContractIds(supportContractId: $id) { id accessId contractId displayName } }';
type Pair = { id: string; accessId: string; contractId: string; displayName: string };

/** Another Fabrikam user: the pair leaked to more than one account. */
const fabrikamColleague = () => stack.tokenForClaims({ sub: 'user-bob2', email: 'bob2@fabrikam.example', org: 'org-fabrikam', orgKind: 'CUSTOMER', roles: ['support_user'] });

describe('SUP-11 the owner re-issues a leaked pair', () => {
  it('SUP-11 other organisations, support users and analysts cannot re-issue: NOT_FOUND or FORBIDDEN, nothing written', async () => {
    const before = await snapshotStore(stack, 'support-contracts');
    for (const [user, code] of [['bob', 'NOT_FOUND'], ['ada', 'NOT_FOUND'], ['sue', 'FORBIDDEN'], ['ana', 'FORBIDDEN'], ['nora', 'FORBIDDEN']] as const) {
      const res = await stack.queryGateway(REISSUE, { as: user, variables: { id: CONTOSO.id } });
      expect([user, res.errors?.[0].extensions?.code]).toEqual([user, code]);
    }
    expect(await snapshotStore(stack, 'support-contracts')).toEqual(before);
  });

  it('SUP-11 after alice re-issues, the old pair links nobody, its links are gone, and the new pair works', async () => {
    // Arrange: the pair leaked to Fabrikam; bob linked it.
    await ok(stack, LINK, 'bob', { input: { accessId: CONTOSO.accessId, contractId: CONTOSO.contractId } });

    const { reissueSupportContractIds: fresh } = await ok<{ reissueSupportContractIds: Pair }>(stack, REISSUE, 'alice', { id: CONTOSO.id });
    expect(fresh.accessId).toMatch(/^\d{10}$/);
    expect(fresh.contractId).toMatch(/^\d{10}$/);
    expect([fresh.accessId, fresh.contractId]).not.toEqual([CONTOSO.accessId, CONTOSO.contractId]);
    expect(fresh.displayName).toBe(`${fresh.accessId} - 20Pack Partner Support Gold`);

    // bob's link is gone: the contract is no longer his to use.
    const linked = await ok<{ myLinkedSupportContracts: { id: string }[] }>(stack, '{ myLinkedSupportContracts { id } }', 'bob');
    expect(linked.myLinkedSupportContracts.map((c) => c.id)).not.toContain(CONTOSO.id);
    // The old pair links nobody, whoever holds it.
    const colleague = await stack.queryGateway(LINK, { authorization: `Bearer ${await fabrikamColleague()}`, variables: { input: { accessId: CONTOSO.accessId, contractId: CONTOSO.contractId } } });
    expect(colleague.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The new pair, handed over by the owner, links as before (SUP-3).
    const relinked = await stack.queryGateway<{ linkSupportContract: Pair }>(LINK, { as: 'ken', variables: { input: { accessId: fresh.accessId, contractId: fresh.contractId } } });
    expect(relinked.errors).toBeUndefined();
    expect(relinked.data?.linkSupportContract.id).toBe(CONTOSO.id);
    // The re-send is recorded for the organisation's admins; the notice names the contract, never the pair.
    const notices: { recipient: string; reason: string; source_id: string }[] = await stack.subgraphs['support-contracts'].service.store.dataSource.query(
      'SELECT recipient, reason, source_id FROM contract_id_notice WHERE contract_id = ?',
      [CONTOSO.id],
    );
    expect(notices).toEqual([{ recipient: 'ORGANIZATION_ADMINS', reason: 'SUP-11_REISSUED_BY_OWNER', source_id: 'org-contoso' }]);
  });

  it('SUP-11 PB-4 a partner benefit contract re-issued by its program admin goes to the program contact of record', async () => {
    const { reissueSupportContractIds: fresh } = await ok<{ reissueSupportContractIds: Pair }>(stack, REISSUE, 'ada', { id: 'sc-pb-northwind-core' });
    expect(fresh.accessId).not.toBe('0230500100');
    await eventually(async () =>
      (await countRows(stack, 'partner-benefits', "SELECT COUNT(*) AS n FROM benefit_details_resend WHERE support_contract_id = 'sc-pb-northwind-core' AND reason = 'SUP-11_REISSUED_BY_OWNER' AND recipient_email = 'ada@northwind.example'")) === 1
        ? true
        : undefined,
    );
  });
});
