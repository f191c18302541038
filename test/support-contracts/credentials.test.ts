import { signBody } from '../../common/outbox';
import type { DemoUserHandle } from '../../common/demo/users';
import { startStack, TEST_EVENT_SECRET, type Stack } from '../harness/stack';
import { countRows, eventually, ok } from '../outbox/helpers';
import { ContractLinkRow } from '../../subgraphs/support-contracts/src/store/entities';
import { insertContract, LINK, leastStatements, oldDigitsFrom, submit } from './helpers';

/**
 * SUP-11: Access ID + Contract ID are credentials. Random (never derivable
 * from public ids), shown in full only to the owning organisation, linking
 * attempts limited, links listed and revocable by the owner. Two stacks: the
 * same flow on both must give different pairs.
 */
let a: Stack;
let b: Stack;
beforeAll(async () => {
  // One after the other, and partner flows on the first only: a second stack in the same process seeds
  // partner-benefits wrongly (found here: Will reads Proseware's membership there), a harness issue outside SUP-11.
  a = await startStack();
  b = await startStack();
}, 180_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});


type Pair = { id: string; accessId: string; contractId: string; displayName: string };
const EA = 'agr-contoso-ea';

async function myContract(stack: Stack, as: DemoUserHandle, id: string): Promise<Pair> {
  const { value } = await eventually(async () => {
    const mine = await ok<{ mySupportContracts: Pair[] }>(stack, '{ mySupportContracts { id accessId contractId displayName } }', as);
    return mine.mySupportContracts.find((c) => c.id === id);
  });
  return value;
}

/** AGR-8 through agreements: onboarding, designation with the Problem Resolution right, registration (AGR-9), activation; the contract arrives by the outbox. */
async function activateProblemResolution(stack: Stack): Promise<Pair> {
  await ok(stack, 'mutation($id: ID!, $email: String!) { inviteNoticeContact(input: { agreementId: $id, email: $email }) { step } }', 'alice', { id: EA, email: 'nora@contoso.example' });
  await ok(stack, 'mutation($id: ID!) { validateNoticeContactProfile(input: { agreementId: $id, name: "Nora Notice", email: "nora@contoso.example" }) { step } }', 'nora', { id: EA });
  await ok(stack, 'mutation($id: ID!) { acceptNoticeContactTerms(agreementId: $id) { step } }', 'nora', { id: EA });
  await ok(stack, 'mutation($id: ID!) { enterAgreementNumber(input: { agreementId: $id, number: "0065432101" }) { step } }', 'nora', { id: EA });
  const designated = await ok<{ designateServicesAdministrator: { id: string } }>(stack, `mutation($id: ID!) { designateServicesAdministrator(input: { agreementId: $id, email: "sam@contoso.example", name: "Sam Services", rights: [PROBLEM_RESOLUTION_SUPPORT] }) { id } }`, 'nora', { id: EA });
  await ok(stack, 'mutation($id: ID!) { registerServicesAdministrator(id: $id) { registrationStatus } }', 'sam', { id: designated.designateServicesAdministrator.id });
  await ok(stack, 'mutation($id: ID!) { activateSaService(input: { agreementId: $id, service: PROBLEM_RESOLUTION_SUPPORT }) { status } }', 'sam', { id: EA });
  return myContract(stack, 'alice', `sc-sa-${EA}`);
}

/** PB-4 / SUP-7 through partner-benefits: Wingtip's self-service activation of its core benefits (with Signature Cloud). */
async function activateWingtipCore(stack: Stack): Promise<{ core: Pair; scs: Pair }> {
  await ok(stack, 'mutation { activateBenefitSelfService(input: { packageId: "bp-wingtip-core" }) { id } }', 'will');
  return { core: await myContract(stack, 'will', 'sc-pb-bp-wingtip-core'), scs: await myContract(stack, 'will', 'sc-pb-bp-wingtip-core-scs') };
}

const link = (stack: Stack, as: DemoUserHandle, accessId: string, contractId: string) =>
  stack.queryGateway<{ linkSupportContract: Pair }>(LINK, { as, variables: { input: { accessId, contractId } } });

describe('SUP-11 contract IDs are random, in their documented shapes', () => {
  let prsA: Pair;
  let prsB: Pair;

  it('SUP-11 AGR-8 the SA Problem Resolution pair is not the old derivation from the agreement id, and differs between two stacks', async () => {
    [prsA, prsB] = await Promise.all([activateProblemResolution(a), activateProblemResolution(b)]);
    for (const pair of [prsA, prsB]) {
      expect(pair.accessId).toMatch(/^04\d{8}$/);
      expect(pair.contractId).toMatch(/^2\d{9}$/);
      expect(pair.accessId).not.toBe(oldDigitsFrom(`sa-access:${EA}`, 10, '04'));
      expect(pair.contractId).not.toBe(oldDigitsFrom(`sa-contract:${EA}`, 10, '2'));
    }
    expect(prsA.accessId).not.toBe(prsB.accessId);
    expect(prsA.contractId).not.toBe(prsB.contractId);
  });

  it('SUP-11 PB-4 SUP-7 both partner benefit pairs are not the old derivation from the package id, and the SCS label shows the new Access ID', async () => {
    const { core, scs } = await activateWingtipCore(a);
    expect(core.accessId).toMatch(/^023\d{7}$/);
    expect(core.contractId).toMatch(/^7\d{9}$/);
    expect(scs.accessId).toMatch(/^003\d{7}$/);
    expect(scs.contractId).toMatch(/^4\d{6}$/);
    expect(core.accessId).not.toBe(oldDigitsFrom('pb-access:bp-wingtip-core', 10, '023'));
    expect(core.contractId).not.toBe(oldDigitsFrom('pb-contract:bp-wingtip-core', 10, '7'));
    expect(scs.accessId).not.toBe(oldDigitsFrom('pb-scs-access:bp-wingtip-core', 10, '003'));
    expect(scs.contractId).not.toBe(oldDigitsFrom('pb-scs-contract:bp-wingtip-core', 7, '4'));
    // SUP-8: year, kind, partner ID, masked Access ID; consistent with the random Access ID.
    expect(scs.displayName).toBe(`26 SCS-5300400-unk (${scs.accessId.slice(0, 4)}xxxxx)`);
  });

  it('SUP-11 SUP-3 a user of another organisation who links with the old derivation of the pair gets NOT_FOUND', async () => {
    const guessed = await link(a, 'bob', oldDigitsFrom(`sa-access:${EA}`, 10, '04'), oldDigitsFrom(`sa-contract:${EA}`, 10, '2'));
    expect(guessed.errors?.[0]).toMatchObject({ message: 'No support contract has this Access ID and Contract ID.', extensions: { code: 'NOT_FOUND' } });
    expect(await a.subgraphs['support-contracts'].service.store.dataSource.getRepository(ContractLinkRow).countBy({ userId: 'user-bob' })).toBe(0);
  });

  it('SUP-11 AGR-8 the same activation event delivered again creates no second contract and keeps the pair', async () => {
    const rows: { event_id: string; type: string; payload: string; created_at: Date }[] = await a.subgraphs.agreements.service.store.dataSource.query(
      "SELECT event_id, type, payload, created_at FROM outbox_event WHERE type = 'ProblemResolutionSupportActivated'",
    );
    expect(rows).toHaveLength(1);
    const body = JSON.stringify({ id: rows[0].event_id, source: 'agreements', type: rows[0].type, occurredAt: new Date(rows[0].created_at).toISOString(), payload: JSON.parse(rows[0].payload) });
    const res = await fetch(a.subgraphs['support-contracts'].eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-event-signature': signBody(body, TEST_EVENT_SECRET) },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'duplicate' });
    expect(await countRows(a, 'support-contracts', 'SELECT COUNT(*) AS n FROM support_contract WHERE id = ?', [`sc-sa-${EA}`])).toBe(1);
    expect(await myContract(a, 'alice', `sc-sa-${EA}`)).toEqual(prsA);
  });
});

describe('SUP-11 the pair is shown in full only to the owning organisation', () => {
  it('SUP-11 a user who linked another organisation\'s contract sees it masked everywhere; the owner sees it in full', async () => {
    await insertContract(a, { id: 'sc-mask', accessId: '0940000001', contractId: '0940000002', organizationId: 'org-contoso', label: 'Mask Pack' });
    const linked = await link(a, 'bob', '0940000001', '0940000002');
    expect(linked.data?.linkSupportContract).toMatchObject({ id: 'sc-mask', accessId: '0940xxxxx', contractId: '0940xxxxx', displayName: '0940xxxxx - Mask Pack' });
    const bobs = await ok<Record<string, { id: string; accessId: string }[]>>(a,
      '{ myLinkedSupportContracts { id accessId contractId } mySupportBenefits { contracts { id accessId contractId } } }', 'bob');
    expect(JSON.stringify(bobs)).not.toMatch(/0940000001|0940000002/);
    expect(JSON.stringify(bobs)).toContain('0940xxxxx');
    const alices = await ok<{ mySupportContracts: Pair[] }>(a, '{ mySupportContracts { id accessId contractId displayName } }', 'alice');
    expect(alices.mySupportContracts.find((c) => c.id === 'sc-mask')).toEqual({ id: 'sc-mask', accessId: '0940000001', contractId: '0940000002', displayName: '0940000001 - Mask Pack' });
  });
});

describe('SUP-11 links are listed and revocable by the owner', () => {
  const LINKS = '{ mySupportContracts { id links { userId organizationId linkedAt revoked revokedAt revokedBy } } }';
  type Listed = { mySupportContracts: { id: string; links: Record<string, unknown>[] | null }[] };
  const REVOKE = `mutation($id: ID!, $user: ID!) { revokeSupportContractLink(input: { supportContractId: $id, userId: $user }) { supportContractId userId revoked revokedAt revokedBy } }`;

  it('SUP-11 the owner\'s admin lists who linked each contract and when; other members get null; one statement for all contracts', async () => {
    await insertContract(a, { id: 'sc-links', accessId: '0940000011', contractId: '0940000012', organizationId: 'org-contoso' });
    await link(a, 'pia', '0940000011', '0940000012');
    const alice = await ok<Listed>(a, LINKS, 'alice');
    expect(alice.mySupportContracts.find((c) => c.id === 'sc-links')?.links).toEqual([
      { userId: 'user-pia', organizationId: 'org-proseware', linkedAt: '2026-06-15T09:00:00.000Z', revoked: false, revokedAt: null, revokedBy: null },
    ]);
    const sue = await ok<Listed>(a, LINKS, 'sue');
    expect(sue.mySupportContracts.map((c) => c.links)).toEqual(sue.mySupportContracts.map(() => null));

    // No N+1: the same statements for Contoso's contracts now as after three more (least of three runs each).
    const cost = () => leastStatements(a, () => ok(a, LINKS, 'alice'));
    const few = await cost();
    for (const n of [21, 22, 23]) await insertContract(a, { id: `sc-links-${n}`, accessId: `09400000${n}`, contractId: `09400000${n}`, organizationId: 'org-contoso' });
    const more = await ok<Listed>(a, LINKS, 'alice');
    expect(more.mySupportContracts.length).toBeGreaterThanOrEqual(alice.mySupportContracts.length + 3);
    expect(await cost()).toBe(few);
    expect(few).toBe(2);
  });

  it('SUP-11 a revoked link cannot submit (NOT_FOUND), is offered nowhere, and the same user cannot link it again; the row keeps who revoked it and when', async () => {
    await insertContract(a, { id: 'sc-revoke', accessId: '0940000031', contractId: '0940000032', organizationId: 'org-contoso', incidentsRemaining: 5 });
    expect((await link(a, 'lea', '0940000031', '0940000032')).errors).toBeUndefined();
    const used = await submit(a, 'lea', { supportContractId: 'sc-revoke', productId: 'prod-office', idempotencyKey: 'revoke-1' });
    expect(used.errors).toBeUndefined();

    const refused = {
      sue: await a.queryGateway(REVOKE, { as: 'sue', variables: { id: 'sc-revoke', user: 'user-lea' } }),
      bob: await a.queryGateway(REVOKE, { as: 'bob', variables: { id: 'sc-revoke', user: 'user-lea' } }),
      noLink: await a.queryGateway(REVOKE, { as: 'alice', variables: { id: 'sc-revoke', user: 'user-will' } }),
    };
    expect(refused.sue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.bob.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(refused.noLink.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const revoked = await ok(a, REVOKE, 'alice', { id: 'sc-revoke', user: 'user-lea' });
    expect(revoked.revokeSupportContractLink).toEqual({ supportContractId: 'sc-revoke', userId: 'user-lea', revoked: true, revokedAt: '2026-06-15T09:00:00.000Z', revokedBy: 'user-alice' });

    const after = await submit(a, 'lea', { supportContractId: 'sc-revoke', productId: 'prod-office', idempotencyKey: 'revoke-2' });
    expect(after.errors?.[0]).toMatchObject({ message: 'No contract with this id is yours or linked to you.', extensions: { code: 'NOT_FOUND' } });
    const offered = await ok<{ myLinkedSupportContracts: { id: string }[]; mySupportBenefits: { contracts: { id: string }[] }; product: { eligibleSupportContracts: { id: string }[] } }>(a,
      '{ myLinkedSupportContracts { id } mySupportBenefits { contracts { id } } product(id: "prod-office") { eligibleSupportContracts { id } } }', 'lea');
    expect(JSON.stringify(offered)).not.toContain('sc-revoke');
    const relink = await link(a, 'lea', '0940000031', '0940000032');
    expect(relink.errors?.[0]).toMatchObject({ message: 'No support contract has this Access ID and Contract ID.', extensions: { code: 'NOT_FOUND' } });
    const row = await a.subgraphs['support-contracts'].service.store.dataSource.getRepository(ContractLinkRow).findOneByOrFail({ userId: 'user-lea', supportContractId: 'sc-revoke' });
    expect(row).toMatchObject({ organizationId: 'org-litware', revokedBy: 'user-alice', revokedAt: new Date('2026-06-15T09:00:00.000Z') });
    expect(await a.subgraphs['support-contracts'].service.store.dataSource.getRepository(ContractLinkRow).countBy({ supportContractId: 'sc-revoke' })).toBe(1);
  });
});

describe('SUP-11 linking attempts are limited (stack b; it moves b\'s clock)', () => {
  const wrong = (i: number) => [`09${String(i).padStart(8, '0')}`, `19${String(i).padStart(8, '0')}`] as const;

  it('SUP-11 the 11th wrong attempt in 15 minutes is RATE_LIMITED with retryAfterSeconds, even with the right pair; after the window linking works again', async () => {
    await insertContract(b, { id: 'sc-limit', accessId: '0960000001', contractId: '0960000002', organizationId: 'org-contoso' });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 10; i += 1) {
      const [accessId, contractId] = wrong(i);
      codes.push((await link(b, 'pat', accessId, contractId)).errors?.[0].extensions?.code);
      b.clock.set(new Date(b.clock.now().getTime() + 60_000));
    }
    expect(codes).toEqual(Array(10).fill('NOT_FOUND'));
    // The failures were recorded although every link mutation failed (its own transaction rolled back).
    expect(await countRows(b, 'support-contracts', "SELECT failures AS n FROM link_attempt WHERE user_id = 'user-pat'")).toBe(10);

    const eleventh = await link(b, 'pat', ...wrong(10));
    expect(eleventh.data).toBeNull();
    // The window started at the first failure, 10 minutes ago: 5 minutes left.
    expect(eleventh.errors?.[0]).toMatchObject({
      message: 'Too many failed attempts to link a support contract: try again in 300 seconds.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 300, retryAt: '2026-06-15T09:15:00.000Z' },
    });
    const right = await link(b, 'pat', '0960000001', '0960000002');
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');

    b.clock.set('2026-06-15T09:15:00.000Z');
    const later = await link(b, 'pat', '0960000001', '0960000002');
    expect(later.errors).toBeUndefined();
    expect(later.data?.linkSupportContract).toMatchObject({ id: 'sc-limit', accessId: '0960xxxxx' });
  });

  it('SUP-11 successful links are not failures: linking 12 contracts in a row is never limited', async () => {
    for (let n = 10; n < 22; n += 1) await insertContract(b, { id: `sc-many-${n}`, accessId: `09700000${n}`, contractId: `09700000${n}`, organizationId: 'org-tailspin' });
    const codes = [];
    for (let n = 10; n < 22; n += 1) codes.push((await link(b, 'lea', `09700000${n}`, `09700000${n}`)).errors?.[0].extensions?.code);
    expect(codes).toEqual(Array(12).fill(undefined));
  });

  it('SUP-11 20 parallel wrong attempts by one user: at most 10 are checked (NOT_FOUND), the rest RATE_LIMITED', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => link(b, 'will', ...wrong(100 + i))));
    const codes = results.map((r) => r.errors?.[0].extensions?.code);
    const notFound = codes.filter((c) => c === 'NOT_FOUND').length;
    expect(codes.filter((c) => c !== 'NOT_FOUND' && c !== 'RATE_LIMITED')).toEqual([]);
    expect(notFound).toBeLessThanOrEqual(10);
    // The reservation is atomic, so exactly the first 10 get through.
    expect(notFound).toBe(10);
    expect(await countRows(b, 'support-contracts', "SELECT COUNT(*) AS n FROM link_attempt WHERE user_id = 'user-will'")).toBe(1);
  });
});
