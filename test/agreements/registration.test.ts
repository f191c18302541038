import type { TokenClaims } from '../../common/identity';
import { SaServiceActivationRow, ServicesAdministratorRow } from '../../subgraphs/agreements/src/store/entities';
import { startStack, type GraphQLResponse, type Stack } from '../harness/stack';
import { ACTIVATE, ASSIGN, codeOf, DESIGNATE, ok, onboardNoticeContact, REGISTER } from './helpers';

/**
 * AGR-9 through the gateway on MySQL: a designated services administrator
 * accepts the invitation (registers) before activating or assigning, and the
 * notice contact sees who has registered and when.
 */
let stack: Stack;
const EA = 'agr-contoso-ea';
const designations: Record<'sam' | 'dana' | 'eve', string> = { sam: '', dana: '', eve: '' };

beforeAll(async () => {
  stack = await startStack();
  await onboardNoticeContact(stack, EA, '0065432101');
  const designate = async (email: string, name: string) =>
    (await ok(stack, DESIGNATE, 'nora', { id: EA, email, name, rights: ['TRAINING_VOUCHERS', 'ELEARNING'] })).designateServicesAdministrator.id as string;
  designations.sam = await designate('sam@contoso.example', 'Sam Services');
  designations.dana = await designate('dana@contoso.example', 'Dana Delegate');
  designations.eve = await designate('eve@contoso.example', 'Eve Early');
});
afterAll(async () => {
  await stack?.stop();
});

/** A Contoso (or other) user no demo token exists for. */
const claims = (handle: string, over: Partial<TokenClaims> = {}): TokenClaims => ({
  sub: `user-${handle}`,
  email: `${handle}@contoso.example`,
  org: 'org-contoso',
  orgKind: 'CUSTOMER',
  roles: ['services_admin'],
  ...over,
});
const asClaims = async (c: TokenClaims, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<Record<string, any>>> =>
  stack.queryGateway(query, { authorization: `Bearer ${await stack.tokenForClaims(c)}`, variables });

const LIST = `{ agreementByNumber(number: "0065432101") { servicesAdministrators { nodes { email status registrationStatus registeredAt } } } }`;
const registrationRow = (id: string) =>
  stack.subgraphs.agreements.service.store.dataSource.getRepository(ServicesAdministratorRow).findOneByOrFail({ id });

describe('services administrators register before acting (AGR-9)', () => {
  it('AGR-9 an administrator who has not registered cannot activate or assign (REGISTRATION_REQUIRED, naming the designation) and nothing is written', async () => {
    const activate = await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: EA, service: 'TRAINING_VOUCHERS' } });
    expect(codeOf(activate)).toBe('REGISTRATION_REQUIRED');
    expect(activate.errors?.[0].extensions?.designationId).toBe(designations.sam);
    const assign = await stack.queryGateway(ASSIGN, {
      as: 'sam',
      variables: { id: EA, service: 'TRAINING_VOUCHERS', name: 'Eve Employee', email: 'eve@contoso.example', days: 1 },
    });
    expect(codeOf(assign)).toBe('REGISTRATION_REQUIRED');
    // A service without the right stays FORBIDDEN: registering would not help.
    expect(codeOf(await stack.queryGateway(ACTIVATE, { as: 'sam', variables: { id: EA, service: 'PROBLEM_RESOLUTION_SUPPORT' } }))).toBe('FORBIDDEN');
    expect(await stack.subgraphs.agreements.service.store.dataSource.getRepository(SaServiceActivationRow).count()).toBe(0);
  });

  it('AGR-9 only the addressee registers: wrong role, another e-mail, another organisation, an analyst, no token, a guessed id are refused and the invitation stays pending', async () => {
    const id = designations.dana;
    // Same organisation, wrong role: the notice contact and the global admin cannot accept for her.
    expect(codeOf(await stack.queryGateway(REGISTER, { as: 'nora', variables: { id } }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.queryGateway(REGISTER, { as: 'alice', variables: { id } }))).toBe('FORBIDDEN');
    expect(codeOf(await asClaims(claims('dana', { roles: ['support_user'] }), REGISTER, { id }))).toBe('FORBIDDEN');
    // Same organisation and role, another e-mail: Sam cannot accept Dana's invitation.
    expect(codeOf(await stack.queryGateway(REGISTER, { as: 'sam', variables: { id } }))).toBe('FORBIDDEN');
    // Other organisations, even with her e-mail and the role in their token: as if the id did not exist.
    for (const as of ['bob', 'ada'] as const) expect(codeOf(await stack.queryGateway(REGISTER, { as, variables: { id } }))).toBe('NOT_FOUND');
    const forged = claims('dana', { sub: 'user-mallory', org: 'org-fabrikam' });
    expect(codeOf(await asClaims(forged, REGISTER, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(REGISTER, { as: 'ana', variables: { id } }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.queryGateway(REGISTER, { variables: { id } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await asClaims(claims('dana'), REGISTER, { id: `${id}x` }))).toBe('NOT_FOUND');

    expect(await registrationRow(id)).toMatchObject({ registeredAt: null, registeredBy: null });
  });

  it('AGR-9 the notice contact and the global admin see who has registered and when; the registered administrator then activates', async () => {
    stack.clock.set('2026-06-15T09:30:00.000Z');
    const registered = await ok(stack, REGISTER, 'sam', { id: designations.sam });
    expect(registered.registerServicesAdministrator).toEqual({
      id: designations.sam,
      email: 'sam@contoso.example',
      status: 'ACTIVE',
      registrationStatus: 'REGISTERED',
      registeredAt: '2026-06-15T09:30:00.000Z',
    });
    for (const as of ['nora', 'alice'] as const) {
      expect((await ok(stack, LIST, as)).agreementByNumber.servicesAdministrators.nodes).toEqual([
        { email: 'sam@contoso.example', status: 'ACTIVE', registrationStatus: 'REGISTERED', registeredAt: '2026-06-15T09:30:00.000Z' },
        { email: 'dana@contoso.example', status: 'ACTIVE', registrationStatus: 'INVITED', registeredAt: null },
        { email: 'eve@contoso.example', status: 'ACTIVE', registrationStatus: 'INVITED', registeredAt: null },
      ]);
    }
    expect((await ok(stack, ACTIVATE, 'sam', { id: EA, service: 'TRAINING_VOUCHERS' })).activateSaService).toMatchObject({ status: 'ACTIVATED' });
    expect(
      (await ok(stack, ASSIGN, 'sam', { id: EA, service: 'TRAINING_VOUCHERS', name: 'Eve Employee', email: 'eve@contoso.example', days: 2 })).assignSaVoucherDays,
    ).toMatchObject({ days: 2 });
  });

  it('AGR-9 registering twice is CONFLICT with the first registration time, which stays', async () => {
    stack.clock.set('2026-06-15T10:00:00.000Z');
    const again = await stack.queryGateway(REGISTER, { as: 'sam', variables: { id: designations.sam } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.registeredAt).toBe('2026-06-15T09:30:00.000Z');
    expect(await registrationRow(designations.sam)).toMatchObject({ registeredAt: new Date('2026-06-15T09:30:00.000Z'), registeredBy: 'user-sam' });
  });

  it('AGR-9 the same registration sent four times at once: exactly one wins, the others are CONFLICT', async () => {
    const dana = claims('dana');
    const results = await Promise.all(Array.from({ length: 4 }, () => asClaims(dana, REGISTER, { id: designations.dana })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await registrationRow(designations.dana)).toMatchObject({ registeredBy: 'user-dana' });
  });

  it('AGR-9 the registration binds the account: another account with the same e-mail cannot act on it (FORBIDDEN)', async () => {
    const impostor = claims('sam', { sub: 'user-sam-second-account' });
    expect(codeOf(await asClaims(impostor, ACTIVATE, { id: EA, service: 'ELEARNING' }))).toBe('FORBIDDEN');
    expect(codeOf(await asClaims(impostor, REGISTER, { id: designations.sam }))).toBe('CONFLICT');
  });

  it('AGR-9 AGR-4 a revoked designation cannot be registered (CONFLICT) and stays unregistered', async () => {
    await ok(stack, `mutation($id: ID!) { revokeServicesAdministrator(id: $id) { status } }`, 'nora', { id: designations.eve });
    const res = await asClaims(claims('eve'), REGISTER, { id: designations.eve });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/revoked/);
    expect(await registrationRow(designations.eve)).toMatchObject({ status: 'REVOKED', registeredAt: null });
  });
});
