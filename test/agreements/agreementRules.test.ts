import { AgreementRow } from '../../subgraphs/agreements/src/store/entities';
import { startStack, type Stack } from '../harness/stack';
import { ACCEPT, ACTIVATE, ASSIGN, codeOf, DESIGNATE, ENTER, INVITE, ok, onboardNoticeContact, registerAdministrator, VALIDATE } from './helpers';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // Arrange: a bare Contoso agreement whose notice contact is someone other than Nora.
  await stack.subgraphs.agreements.service.store.dataSource.getRepository(AgreementRow).insert({
    id: 'agr-contoso-extra',
    number: '0000777001',
    organizationId: 'org-contoso',
    resellerPartnerId: null,
    program: 'SELECT',
    status: 'EXPIRED',
    startDate: '2020-01-01',
    endDate: '2022-12-31',
  });
  await onboardNoticeContact(stack, 'agr-contoso-ea', '0065432101');
  await onboardNoticeContact(stack, 'agr-contoso-csp', 'CSP-000123');
});
afterAll(async () => {
  await stack?.stop();
});

const SERVICES = `query($n: String!) { agreementByNumber(number: $n) { saCoveredLicenseCount saServices { kind unit status entitledQuantity remainingQuantity } } }`;

describe('agreements (AGR-1, AGR-2, AGR-7)', () => {
  it('AGR-1 lists my organisation\'s agreements newest first, filterable by program and status, numbers kept as strings', async () => {
    const q = `query($p: AgreementProgram, $s: AgreementStatus) { myAgreements(program: $p, status: $s) { totalCount nodes { number program status startDate endDate resellerPartner { name } } } }`;
    const all = (await ok(stack, q, 'alice')).myAgreements;
    expect(all.nodes.map((a: { number: string }) => a.number)).toEqual(['CSP-000123', '0065432101', '0087654321', '0000777001']);
    const csp = (await ok(stack, q, 'alice', { p: 'CSP' })).myAgreements;
    expect(csp).toEqual({
      totalCount: 1,
      nodes: [{ number: 'CSP-000123', program: 'CSP', status: 'ACTIVE', startDate: '2026-01-01', endDate: '2026-12-31', resellerPartner: { name: 'Northwind Partners' } }],
    });
    const expired = (await ok(stack, q, 'alice', { s: 'EXPIRED' })).myAgreements;
    expect(expired.nodes.map((a: { number: string }) => a.number)).toEqual(['0000777001']);
  });

  it('AGR-2 shows licence lines with catalog product, quantity and SA coverage date or none', async () => {
    const q = `{ agreementByNumber(number: "0087654321") { licenseLines { quantity saCoveredUntil product { id name } } } }`;
    expect((await ok(stack, q, 'alice')).agreementByNumber.licenseLines).toEqual([
      { quantity: 25, saCoveredUntil: null, product: { id: 'prod-visio', name: expect.any(String) } },
    ]);
    const ea = `{ agreementByNumber(number: "0065432101") { licenseLines { quantity saCoveredUntil product { id } } } }`;
    expect((await ok(stack, ea, 'alice')).agreementByNumber.licenseLines).toEqual([
      { quantity: 400, saCoveredUntil: '2028-06-30', product: { id: 'prod-windows-server' } },
      { quantity: 120, saCoveredUntil: '2028-06-30', product: { id: 'prod-sql-server' } },
      { quantity: 2500, saCoveredUntil: '2028-06-30', product: { id: 'prod-office' } },
    ]);
  });

  it('AGR-7 exposes the managing portal: OPEN on eOpen, every other program on the volume licensing portal', async () => {
    const q = `{ myAgreements { nodes { program portal } } }`;
    const nodes = (await ok(stack, q, 'alice')).myAgreements.nodes as { program: string; portal: string }[];
    expect(nodes.map((n) => `${n.program}:${n.portal}`).sort()).toEqual([
      'CSP:VOLUME_LICENSING_SERVICE_CENTER',
      'ENTERPRISE:VOLUME_LICENSING_SERVICE_CENTER',
      'OPEN:EOPEN',
      'SELECT:VOLUME_LICENSING_SERVICE_CENTER',
    ]);
  });
});

describe('notice contact (AGR-3)', () => {
  it('AGR-3 refuses to accept the terms before the profile is validated (OUT_OF_ORDER), and writes nothing', async () => {
    await ok(stack, INVITE, 'alice', { id: 'agr-contoso-open', email: 'nora@contoso.example' });
    const res = await stack.queryGateway(ACCEPT, { as: 'nora', variables: { id: 'agr-contoso-open' } });
    expect(codeOf(res)).toBe('OUT_OF_ORDER');
    expect(res.errors?.[0].extensions?.currentStep).toBe('INVITED');
    const q = `{ agreementByNumber(number: "0087654321") { noticeContact { step termsAcceptedAt } } }`;
    expect((await ok(stack, q, 'nora')).agreementByNumber.noticeContact).toEqual({ step: 'INVITED', termsAcceptedAt: null });
  });

  it('AGR-3 refuses to enter the number before the terms are accepted, and a step done twice (OUT_OF_ORDER)', async () => {
    await ok(stack, VALIDATE, 'nora', { id: 'agr-contoso-open', name: 'Nora Notice', email: 'nora@contoso.example' });
    expect(codeOf(await stack.queryGateway(ENTER, { as: 'nora', variables: { id: 'agr-contoso-open', number: '0087654321' } }))).toBe('OUT_OF_ORDER');
    expect(
      codeOf(await stack.queryGateway(VALIDATE, { as: 'nora', variables: { id: 'agr-contoso-open', name: 'Nora', email: 'nora@contoso.example' } })),
    ).toBe('OUT_OF_ORDER');
  });

  it('AGR-3 requires the exact agreement number: dropping a leading zero is BAD_USER_INPUT', async () => {
    await ok(stack, ACCEPT, 'nora', { id: 'agr-contoso-open' });
    const res = await stack.queryGateway(ENTER, { as: 'nora', variables: { id: 'agr-contoso-open', number: '87654321' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect((await ok(stack, ENTER, 'nora', { id: 'agr-contoso-open', number: '0087654321' })).enterAgreementNumber.step).toBe('REGISTERED');
  });

  it('AGR-3 lets only the invited person validate the profile (FORBIDDEN for another notice contact)', async () => {
    await ok(stack, INVITE, 'alice', { id: 'agr-contoso-extra', email: 'someone.else@contoso.example' });
    const res = await stack.queryGateway(VALIDATE, { as: 'nora', variables: { id: 'agr-contoso-extra', name: 'Nora', email: 'nora@contoso.example' } });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('AGR-3 records one invitation per agreement: inviting again is CONFLICT; only a global admin invites', async () => {
    expect(codeOf(await stack.queryGateway(INVITE, { as: 'alice', variables: { id: 'agr-contoso-ea', email: 'x@contoso.example' } }))).toBe('CONFLICT');
    expect(codeOf(await stack.queryGateway(INVITE, { as: 'sue', variables: { id: 'agr-contoso-extra', email: 'x@contoso.example' } }))).toBe('FORBIDDEN');
  });
});

describe('services administrators (AGR-4)', () => {
  it('AGR-4 refuses designations before the notice contact is registered (OUT_OF_ORDER)', async () => {
    const res = await stack.queryGateway(DESIGNATE, {
      as: 'alice',
      variables: { id: 'agr-contoso-extra', email: 'sam@contoso.example', name: 'Sam', rights: ['ELEARNING'] },
    });
    expect(codeOf(res)).toBe('OUT_OF_ORDER');
  });

  it('AGR-4 lets only the notice contact (or a global admin) designate: a support user gets FORBIDDEN', async () => {
    const res = await stack.queryGateway(DESIGNATE, {
      as: 'sue',
      variables: { id: 'agr-contoso-ea', email: 'sue@contoso.example', name: 'Sue', rights: ['ELEARNING'] },
    });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('AGR-4 edits rights per service: a removed right is refused at once, a granted one works', async () => {
    const d = (await ok(stack, DESIGNATE, 'nora', { id: 'agr-contoso-ea', email: 'sam@contoso.example', name: 'Sam Services', rights: ['ELEARNING'] }))
      .designateServicesAdministrator;
    await registerAdministrator(stack, d.id);
    const set = `mutation($id: ID!, $rights: [SaServiceKind!]!) { setServicesAdministratorRights(input: { id: $id, rights: $rights }) { rights } }`;
    expect((await ok(stack, set, 'nora', { id: d.id, rights: ['PROBLEM_RESOLUTION_SUPPORT', 'DEPLOYMENT_PLANNING_VOUCHERS'] })).setServicesAdministratorRights.rights).toEqual([
      'DEPLOYMENT_PLANNING_VOUCHERS',
      'PROBLEM_RESOLUTION_SUPPORT',
    ]);
    expect(codeOf(await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: 'agr-contoso-ea', service: 'ELEARNING' } }))).toBe('FORBIDDEN');
    const list = `{ agreementByNumber(number: "0065432101") { servicesAdministrators { totalCount nodes { email status rights } } invitations { totalCount } } }`;
    expect((await ok(stack, list, 'nora')).agreementByNumber).toEqual({
      servicesAdministrators: { totalCount: 1, nodes: [{ email: 'sam@contoso.example', status: 'ACTIVE', rights: ['DEPLOYMENT_PLANNING_VOUCHERS', 'PROBLEM_RESOLUTION_SUPPORT'] }] },
      invitations: { totalCount: 2 },
    });
  });

  it('AGR-4 designating the same administrator twice on one agreement is CONFLICT', async () => {
    const res = await stack.queryGateway(DESIGNATE, {
      as: 'nora',
      variables: { id: 'agr-contoso-ea', email: 'SAM@contoso.example', name: 'Sam', rights: ['ELEARNING'] },
    });
    expect(codeOf(res)).toBe('CONFLICT');
  });
});

describe('SA services (AGR-5, AGR-6)', () => {
  it('AGR-5 derives services and quantities from the SA-covered licence count by the documented table (3,020 licences: top tier)', async () => {
    const a = (await ok(stack, SERVICES, 'alice', { n: '0065432101' })).agreementByNumber;
    expect(a.saCoveredLicenseCount).toBe(3020);
    expect(a.saServices.map((s: { kind: string; entitledQuantity: number | null }) => `${s.kind}=${s.entitledQuantity}`)).toEqual([
      'HOME_USE_PROGRAM=null',
      'EMPLOYEE_PURCHASE_PROGRAM=null',
      'TECHNET_CONCIERGE_CHAT=null',
      'PROBLEM_RESOLUTION_SUPPORT=6',
      'TECHNET_PLUS_SUBSCRIPTION_SUPPORT=null',
      'EXTENDED_HOTFIX_SUPPORT=null',
      'WINDOWS_PE_AND_CER=null',
      'ENTERPRISE_SOURCE_LICENSING=null',
      'ELEARNING=null',
      'VIRTUAL_PC_EXPRESS=null',
      'TRAINING_VOUCHERS=40',
      'DEPLOYMENT_PLANNING_VOUCHERS=15',
    ]);
  });

  it('AGR-5 gives a 60-licence agreement the 50–249 tier and an agreement without SA nothing', async () => {
    const northwind = (await ok(stack, SERVICES, 'ada', { n: '0099001122' })).agreementByNumber;
    expect(northwind.saCoveredLicenseCount).toBe(60);
    expect(northwind.saServices.filter((s: { entitledQuantity: number | null }) => s.entitledQuantity !== null)).toEqual([
      { kind: 'PROBLEM_RESOLUTION_SUPPORT', unit: 'INCIDENTS', status: 'NOT_ACTIVATED', entitledQuantity: 1, remainingQuantity: 1 },
      { kind: 'TRAINING_VOUCHERS', unit: 'DAYS', status: 'NOT_ACTIVATED', entitledQuantity: 3, remainingQuantity: 3 },
    ]);
    expect((await ok(stack, SERVICES, 'alice', { n: '0087654321' })).agreementByNumber).toEqual({ saCoveredLicenseCount: 0, saServices: [] });
  });

  it('AGR-6 refuses to assign days of a service that is not activated (SERVICE_NOT_ACTIVATED)', async () => {
    const res = await stack.queryGateway(ASSIGN, {
      as: 'sam',
      variables: { id: 'agr-contoso-ea', service: 'DEPLOYMENT_PLANNING_VOUCHERS', name: 'Eve', email: 'eve@contoso.example', days: 1 },
    });
    expect(codeOf(res)).toBe('SERVICE_NOT_ACTIVATED');
  });

  it('AGR-6 refuses activation to anyone without the right: a global admin too (FORBIDDEN)', async () => {
    expect(codeOf(await stack.queryGateway(ACTIVATE, { as: 'alice', variables: { id: 'agr-contoso-ea', service: 'PROBLEM_RESOLUTION_SUPPORT' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('AGR-6 AGR-8 activating Problem Resolution Support records it ACTIVATED with the SA incident count', async () => {
    const res = await ok(stack, ACTIVATE, 'sam', { id: 'agr-contoso-ea', service: 'PROBLEM_RESOLUTION_SUPPORT' });
    expect(res.activateSaService).toMatchObject({ kind: 'PROBLEM_RESOLUTION_SUPPORT', status: 'ACTIVATED', unit: 'INCIDENTS', entitledQuantity: 6, remainingQuantity: 6 });
    expect(codeOf(await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: 'agr-contoso-ea', service: 'PROBLEM_RESOLUTION_SUPPORT' } }))).toBe('CONFLICT');
  });

  it('AGR-6 refuses a service the agreement is not entitled to (NOT_ELIGIBLE)', async () => {
    const csp = (await ok(stack, DESIGNATE, 'nora', { id: 'agr-contoso-csp', email: 'sam@contoso.example', name: 'Sam', rights: ['HOME_USE_PROGRAM'] }))
      .designateServicesAdministrator;
    await registerAdministrator(stack, csp.id);
    const res = await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: 'agr-contoso-csp', service: 'HOME_USE_PROGRAM' } });
    expect(codeOf(res)).toBe('NOT_ELIGIBLE');
  });

  it('AGR-4 AGR-6 a revoked administrator loses every right at once', async () => {
    const list = `{ agreementByNumber(number: "0065432101") { servicesAdministrators { nodes { id } } } }`;
    const [{ id }] = (await ok(stack, list, 'nora')).agreementByNumber.servicesAdministrators.nodes;
    const revoke = `mutation($id: ID!) { revokeServicesAdministrator(id: $id) { status rights revokedAt } }`;
    expect((await ok(stack, revoke, 'nora', { id })).revokeServicesAdministrator).toEqual({ status: 'REVOKED', rights: [], revokedAt: '2026-06-15T09:00:00.000Z' });
    expect(
      codeOf(await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: 'agr-contoso-ea', service: 'DEPLOYMENT_PLANNING_VOUCHERS' } })),
    ).toBe('FORBIDDEN');
  });
});
