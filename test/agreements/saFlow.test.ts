import { startStack, type Stack } from '../harness/stack';
import { ACCEPT, ACTIVATE, ASSIGN, codeOf, DESIGNATE, ENTER, INVITE, ok, registerAdministrator, VALIDATE } from './helpers';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const EA = 'agr-contoso-ea';

const STATE = `query($n: String!) { agreementByNumber(number: $n) {
  noticeContact { step name }
  servicesAdministrators { totalCount nodes { email rights } }
  invitations { totalCount nodes { kind email servicesAdministrator { email } } }
  saServices { kind status entitledQuantity assignedQuantity remainingQuantity
    assignments { totalCount nodes { employeeName employeeEmail days } } }
} }`;

describe('the SA flow through the gateway (AGR-3, AGR-4, AGR-5, AGR-6)', () => {
  it('AGR-3 AGR-4 AGR-9 AGR-6 invite → validate → designate → register → activate one service (another refused) → assign days → over-assignment refused, nothing half-written', async () => {
    // AGR-3: invitation, profile, terms, number.
    expect((await ok(stack, INVITE, 'alice', { id: EA, email: 'nora@contoso.example' })).inviteNoticeContact).toMatchObject({ step: 'INVITED' });
    expect((await ok(stack, VALIDATE, 'nora', { id: EA, name: 'Nora Notice', email: 'nora@contoso.example' })).validateNoticeContactProfile).toEqual({
      name: 'Nora Notice',
      step: 'PROFILE_VALIDATED',
    });
    expect((await ok(stack, ACCEPT, 'nora', { id: EA })).acceptNoticeContactTerms.step).toBe('TERMS_ACCEPTED');
    expect((await ok(stack, ENTER, 'nora', { id: EA, number: '0065432101' })).enterAgreementNumber.step).toBe('REGISTERED');

    // AGR-4: the notice contact designates Sam with rights on two services.
    const designated = await ok(stack, DESIGNATE, 'nora', {
      id: EA,
      email: 'sam@contoso.example',
      name: 'Sam Services',
      rights: ['TRAINING_VOUCHERS', 'HOME_USE_PROGRAM'],
    });
    expect(designated.designateServicesAdministrator).toMatchObject({
      email: 'sam@contoso.example',
      status: 'ACTIVE',
      rights: ['HOME_USE_PROGRAM', 'TRAINING_VOUCHERS'],
    });

    // AGR-9: Sam accepts the invitation before acting.
    await registerAdministrator(stack, designated.designateServicesAdministrator.id);

    // AGR-6: Sam activates Training Vouchers; a service he holds no right for is refused.
    const activated = await ok(stack, ACTIVATE, 'sam', { id: EA, service: 'TRAINING_VOUCHERS' });
    expect(activated.activateSaService).toEqual({
      kind: 'TRAINING_VOUCHERS',
      status: 'ACTIVATED',
      unit: 'DAYS',
      entitledQuantity: 40,
      assignedQuantity: 0,
      remainingQuantity: 40,
      activatedAt: '2026-06-15T09:00:00.000Z',
    });
    const refused = await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: EA, service: 'DEPLOYMENT_PLANNING_VOUCHERS' } });
    expect(codeOf(refused)).toBe('FORBIDDEN');

    // Voucher days to a named employee, then one day too many.
    const assigned = await ok(stack, ASSIGN, 'sam', { id: EA, service: 'TRAINING_VOUCHERS', name: 'Eve Employee', email: 'eve@contoso.example', days: 30 });
    expect(assigned.assignSaVoucherDays).toMatchObject({ service: 'TRAINING_VOUCHERS', employeeName: 'Eve Employee', days: 30 });
    const over = await stack.queryGateway(ASSIGN, {
      as: 'sam',
      variables: { id: EA, service: 'TRAINING_VOUCHERS', name: 'Finn Employee', email: 'finn@contoso.example', days: 11 },
    });
    expect(codeOf(over)).toBe('INSUFFICIENT_BALANCE');
    expect(over.errors?.[0].extensions?.remaining).toBe(10);

    // Nothing half-written: one assignment, 10 days left, DPS still not activated; every invitation recorded.
    const state = (await ok(stack, STATE, 'alice', { n: '0065432101' })).agreementByNumber;
    expect(state.noticeContact).toEqual({ step: 'REGISTERED', name: 'Nora Notice' });
    expect(state.invitations).toEqual({
      totalCount: 2,
      nodes: [
        { kind: 'NOTICE_CONTACT', email: 'nora@contoso.example', servicesAdministrator: null },
        { kind: 'SERVICES_ADMINISTRATOR', email: 'sam@contoso.example', servicesAdministrator: { email: 'sam@contoso.example' } },
      ],
    });
    const byKind = Object.fromEntries(state.saServices.map((s: { kind: string }) => [s.kind, s]));
    expect(byKind.TRAINING_VOUCHERS).toEqual({
      kind: 'TRAINING_VOUCHERS',
      status: 'ACTIVATED',
      entitledQuantity: 40,
      assignedQuantity: 30,
      remainingQuantity: 10,
      assignments: { totalCount: 1, nodes: [{ employeeName: 'Eve Employee', employeeEmail: 'eve@contoso.example', days: 30 }] },
    });
    expect(byKind.DEPLOYMENT_PLANNING_VOUCHERS).toMatchObject({ status: 'NOT_ACTIVATED', remainingQuantity: 15, assignments: { totalCount: 0 } });
  });

  it('AGR-6 concurrent assignments never overdraw: of six 2-day requests on the 10 remaining days, exactly five succeed', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        stack.queryGateway(ASSIGN, {
          as: 'sam',
          variables: { id: EA, service: 'TRAINING_VOUCHERS', name: `Employee ${i}`, email: `e${i}@contoso.example`, days: 2 },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(5);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['INSUFFICIENT_BALANCE']);
    const state = (await ok(stack, STATE, 'alice', { n: '0065432101' })).agreementByNumber;
    const training = state.saServices.find((s: { kind: string }) => s.kind === 'TRAINING_VOUCHERS');
    expect(training).toMatchObject({ assignedQuantity: 40, remainingQuantity: 0, assignments: { totalCount: 6 } });
  });

  it('AGR-6 concurrent activations of one service: one wins, the others get CONFLICT', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: EA, service: 'HOME_USE_PROGRAM' } })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
  });
});
