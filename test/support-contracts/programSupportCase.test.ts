import { SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import { startStack, type Stack } from '../harness/stack';
import { countRows, eventually } from '../outbox/helpers';

/**
 * SUP-10 (seed 002): a partner that lost a benefit contract's IDs opens a
 * program support case; the pair is re-sent to the program contact of record
 * (PB-4), never shown to the requester. Through the real gateway, the real
 * outbox (support-contracts → partner-benefits → reply) and MySQL.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const OPEN = `mutation($id: ID!) { openProgramSupportCase(input: { supportContractId: $id }) {
  id caseNumber supportContractId status openedAt openedBy detailsResentAt detailsResentTo { kind maskedEmail } } }`;
const CASES = `{ myProgramSupportCases(first: 50) { totalCount nodes { id caseNumber supportContractId status openedAt detailsResentAt detailsResentTo { kind maskedEmail } } } }`;

interface Case {
  id: string;
  caseNumber: string;
  supportContractId: string;
  status: string;
  openedAt: string;
  openedBy?: string;
  detailsResentAt: string | null;
  detailsResentTo: { kind: string; maskedEmail: string } | null;
}

/** Both IDs of every seeded Northwind contract: none may ever appear in this flow's answers. */
const NORTHWIND_IDS = ['0230500100', '7000100001', '0230500200', '7000100002', '0038451200', '4648142', '0037451200', '4648141'];

const open = (id: string, as: Parameters<Stack['tokenFor']>[0] = 'ada') => stack.queryGateway<{ openProgramSupportCase: Case }>(OPEN, { as, variables: { id } });
const casesOf = async (as: Parameters<Stack['tokenFor']>[0] = 'ada'): Promise<Case[]> => {
  const res = await stack.queryGateway<{ myProgramSupportCases: { nodes: Case[] } }>(CASES, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.myProgramSupportCases.nodes;
};
const resolved = (caseId: string) =>
  eventually(async () => {
    const found = (await casesOf()).find((c) => c.id === caseId);
    return found && found.status !== 'OPEN' ? found : undefined;
  });
const resends = (contractId: string) =>
  stack.subgraphs['partner-benefits'].service.store.dataSource.query(
    'SELECT package_id, support_contract_id, reason, recipient_kind, recipient_email FROM benefit_details_resend WHERE support_contract_id = ? ORDER BY id',
    [contractId],
  ) as Promise<{ package_id: string; support_contract_id: string; reason: string; recipient_kind: string; recipient_email: string }[]>;
/** Rows a refused call must not write: cases, and outbox events of support-contracts. */
const written = async () => ({
  cases: await countRows(stack, 'support-contracts', 'SELECT COUNT(*) AS n FROM program_support_case'),
  events: await countRows(stack, 'support-contracts', 'SELECT COUNT(*) AS n FROM outbox_event'),
});

describe('SUP-10 program support case', () => {
  it('SUP-10 PB-4 a program admin opens a case for a core benefit contract: a case number, then the pair goes to the HQ program contact; the IDs never appear', async () => {
    const res = await open('sc-pb-northwind-core');
    expect(res.errors).toBeUndefined();
    const opened = res.data!.openProgramSupportCase;
    expect(opened).toMatchObject({ supportContractId: 'sc-pb-northwind-core', status: 'OPEN', openedAt: '2026-06-15T09:00:00.000Z', openedBy: 'user-ada', detailsResentAt: null, detailsResentTo: null });
    expect(opened.caseNumber).toMatch(/^PSC-260615-\d{6}$/);

    const { value: done } = await resolved(opened.id);
    expect(done).toMatchObject({
      caseNumber: opened.caseNumber,
      status: 'DETAILS_RESENT',
      detailsResentAt: '2026-06-15T09:00:00.000Z',
      detailsResentTo: { kind: 'HEADQUARTERS_CONTACT', maskedEmail: 'a**@northwind.example' },
    });
    // The re-send is recorded where PB-4's recipients live, to the contact of record, with no IDs.
    expect(await resends('sc-pb-northwind-core')).toEqual([
      { package_id: 'bp-northwind-core', support_contract_id: 'sc-pb-northwind-core', reason: 'SUP-10_PROGRAM_SUPPORT_CASE', recipient_kind: 'HEADQUARTERS_CONTACT', recipient_email: 'ada@northwind.example' },
    ]);
    // Neither the answers nor the events between the stores carry the pair.
    const events = [
      ...(await stack.subgraphs['support-contracts'].service.store.dataSource.query("SELECT payload FROM outbox_event WHERE type = 'ProgramSupportCaseOpened'")),
      ...(await stack.subgraphs['partner-benefits'].service.store.dataSource.query("SELECT payload FROM outbox_event WHERE type = 'ProgramSupportCaseDetailsResent'")),
    ];
    expect(events).toHaveLength(2);
    const seen = JSON.stringify([res, done, events]);
    expect(NORTHWIND_IDS.filter((id) => seen.includes(id))).toEqual([]);
  });

  it('SUP-10 PB-4 PB-8 a toolkit contract goes to the location contact, not to the requester, even when another program admin of the organisation asks', async () => {
    const nick = await stack.tokenForClaims({ sub: 'user-nick', email: 'nick@northwind.example', org: 'org-northwind', orgKind: 'PARTNER', roles: ['program_admin'] });
    const res = await stack.queryGateway<{ openProgramSupportCase: Case }>(OPEN, { authorization: `Bearer ${nick}`, variables: { id: 'sc-pb-northwind-portland-scs' } });
    expect(res.errors).toBeUndefined();
    const { value: done } = await resolved(res.data!.openProgramSupportCase.id);
    expect(done.detailsResentTo).toEqual({ kind: 'LOCATION_CONTACT', maskedEmail: 'p**@northwind.example' });
    expect((await resends('sc-pb-northwind-portland-scs')).map((r) => [r.package_id, r.recipient_email])).toEqual([['bp-northwind-abtk-portland', 'paul@northwind.example']]);
    // The seeded Signature Cloud pair of the core benefits (SUP-7) goes to the headquarters contact.
    const scs = await open('sc-northwind-scs');
    expect((await resolved(scs.data!.openProgramSupportCase.id)).value.detailsResentTo).toEqual({ kind: 'HEADQUARTERS_CONTACT', maskedEmail: 'a**@northwind.example' });
  });

  it('SUP-10 twice: while a case is OPEN another one for the contract is CONFLICT naming the open case (also at once); once resolved a new case may be opened', async () => {
    const benefits = stack.subgraphs['partner-benefits'];
    await benefits.stopListening(); // the re-send cannot land: the case stays OPEN
    let first: Case;
    try {
      const before = await written();
      const answers = await Promise.all(Array.from({ length: 5 }, () => open('sc-pb-northwind-portland')));
      const winners = answers.filter((a) => !a.errors);
      expect(winners).toHaveLength(1);
      first = winners[0].data!.openProgramSupportCase;
      for (const loser of answers.filter((a) => a.errors)) {
        expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', caseNumber: first.caseNumber });
      }
      const again = await open('sc-pb-northwind-portland');
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', caseNumber: first.caseNumber });
      expect(await written()).toEqual({ cases: before.cases + 1, events: before.events + 1 });
    } finally {
      await benefits.startListening();
    }
    const { value: done } = await resolved(first.id);
    expect(done.status).toBe('DETAILS_RESENT');
    expect(await resends('sc-pb-northwind-portland')).toHaveLength(1);
    const next = await open('sc-pb-northwind-portland');
    expect(next.errors).toBeUndefined();
    expect(next.data!.openProgramSupportCase.caseNumber).not.toBe(first.caseNumber);
  });

  it('SUP-10 wrong role: a customer global admin, a support user, an analyst, and a program_admin role in a customer token are FORBIDDEN, and nothing is written', async () => {
    const before = await written();
    const misfit = await stack.tokenForClaims({ sub: 'user-alice', email: 'alice@contoso.example', org: 'org-contoso', orgKind: 'CUSTOMER', roles: ['program_admin', 'global_admin'] });
    const answers = [
      await open('sc-contoso-20pack', 'alice'),
      await open('sc-contoso-20pack', 'sue'),
      await open('sc-pb-northwind-core', 'ana'),
      await stack.queryGateway(OPEN, { authorization: `Bearer ${misfit}`, variables: { id: 'sc-contoso-20pack' } }),
    ];
    expect(answers.map((a) => a.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await written()).toEqual(before);
  });

  it('SUP-10 other organisation: another partner\'s program admin gets NOT_FOUND for Northwind\'s contract (as for a guessed id) and writes nothing', async () => {
    const before = await written();
    const stranger = await open('sc-pb-northwind-core', 'pat');
    const guessed = await open('sc-pb-bp-adatum-nope', 'pat');
    expect([stranger.errors?.[0].extensions?.code, guessed.errors?.[0].extensions?.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(stranger.errors?.[0].message).toBe(guessed.errors?.[0].message);
    expect(await written()).toEqual(before);
    // Nor does it see Northwind's cases.
    expect(await casesOf('pat')).toEqual([]);
  });

  it('SUP-10 a contract that came with no program benefit (SA Problem Resolution) is NO_PROGRAM_CONTACT and writes nothing', async () => {
    await stack.subgraphs['support-contracts'].service.store.dataSource.getRepository(SupportContractRow).insert({
      id: 'sc-sa-agr-northwind-test', accessId: '0499990001', contractId: '2999990001', organizationId: 'org-northwind', kind: 'SA_PROBLEM_RESOLUTION', scope: 'ALL',
      label: 'SA Problem Resolution Support', incidentsGranted: 4, incidentsRemaining: 4, advisoryHoursGranted: 0, advisoryHoursRemaining: 0,
      startsAt: new Date('2026-03-01T00:00:00.000Z'), expiresAt: new Date('2027-03-01T00:00:00.000Z'),
    });
    const before = await written();
    const res = await open('sc-sa-agr-northwind-test');
    expect(res.errors?.[0].extensions?.code).toBe('NO_PROGRAM_CONTACT');
    expect(res.errors?.[0].message).toMatch(/no program contact of record/);
    expect(await written()).toEqual(before);
  });

  it('SUP-10 a benefit-kind contract no package of the organisation is backed by: nothing is sent, the case says NO_CONTACT_OF_RECORD', async () => {
    await stack.subgraphs['support-contracts'].service.store.dataSource.getRepository(SupportContractRow).insert({
      id: 'sc-pb-orphan-test', accessId: '0230999001', contractId: '7999990001', organizationId: 'org-northwind', kind: 'PARTNER_BENEFIT', scope: 'ALL',
      label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 20, advisoryHoursGranted: 0, advisoryHoursRemaining: 0,
      startsAt: new Date('2026-03-01T00:00:00.000Z'), expiresAt: new Date('2027-03-01T00:00:00.000Z'),
    });
    const res = await open('sc-pb-orphan-test');
    expect(res.errors).toBeUndefined();
    const { value: done } = await resolved(res.data!.openProgramSupportCase.id);
    expect(done).toMatchObject({ status: 'NO_CONTACT_OF_RECORD', detailsResentAt: null, detailsResentTo: null });
    expect(await resends('sc-pb-orphan-test')).toEqual([]);
  });
});
