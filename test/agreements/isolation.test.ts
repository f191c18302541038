import { AgreementRow, LicenseLineRow } from '../../subgraphs/agreements/src/store/entities';
import { startStack, type Stack } from '../harness/stack';
import { ACCEPT, ACTIVATE, ASSIGN, codeOf, DESIGNATE, ENTER, INVITE, ok, onboardNoticeContact, VALIDATE } from './helpers';

let stack: Stack;
beforeAll(async () => {
  // Statements are counted per subgraph to prove their batching: no gateway entity cache (the second list's products would otherwise come from memory, not from a catalog batch).
  stack = await startStack({ env: { GATEWAY_ENTITY_CACHE_MB: '0' } });
});
afterAll(async () => {
  await stack?.stop();
});

describe('isolation between organisations', () => {
  it('AGR-1 a user of another organisation sees none of Contoso\'s agreements or purchases', async () => {
    const mine = (await ok(stack, `{ myAgreements { totalCount nodes { number } } }`, 'bob')).myAgreements;
    expect(mine).toEqual({ totalCount: 1, nodes: [{ number: '0012345678' }] });
    expect(codeOf(await stack.queryGateway(`{ agreementByNumber(number: "0065432101") { id } }`, { as: 'bob' }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(`{ softwareSubscription(id: "sub-contoso-office") { id } }`, { as: 'bob' }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(`{ organization(id: "org-contoso") { name } }`, { as: 'bob' }))).toBe('FORBIDDEN');
    const subs = (await ok(stack, `{ myOrganization { softwareSubscriptions { totalCount } customers { totalCount } partners { totalCount } } }`, 'bob')).myOrganization;
    expect(subs).toEqual({ softwareSubscriptions: { totalCount: 0 }, customers: { totalCount: 0 }, partners: { totalCount: 1 } });
  });

  it('AGR-3 AGR-4 AGR-6 CSP-2 a user of another organisation can change none of Contoso\'s agreements or purchases (NOT_FOUND)', async () => {
    expect(codeOf(await stack.queryGateway(INVITE, { as: 'bob', variables: { id: 'agr-contoso-ea', email: 'bob@fabrikam.example' } }))).toBe('NOT_FOUND');
    const designate = { id: 'agr-contoso-ea', email: 'bob@fabrikam.example', name: 'Bob', rights: ['ELEARNING'] };
    expect(codeOf(await stack.queryGateway(DESIGNATE, { as: 'bob', variables: designate }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(ACTIVATE, { as: 'bob', variables: { id: 'agr-contoso-ea', service: 'ELEARNING' } }))).toBe('NOT_FOUND');
    const cancel = `mutation { cancelSoftwareSubscription(id: "sub-contoso-office") { status } }`;
    expect(codeOf(await stack.queryGateway(cancel, { as: 'bob' }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(cancel, { as: 'pat' }))).toBe('NOT_FOUND');
    const state = `{ agreementByNumber(number: "0065432101") { noticeContact { email } servicesAdministrators { totalCount } saServices { status } } }`;
    const ea = (await ok(stack, state, 'alice')).agreementByNumber;
    expect(ea.noticeContact).toBeNull();
    expect(ea.servicesAdministrators.totalCount).toBe(0);
    expect(ea.saServices.every((s: { status: string }) => s.status === 'NOT_ACTIVATED')).toBe(true);
  });

  it('AGR-3 AGR-6 notice contact steps and voucher assignment on another organisation\'s agreement are NOT_FOUND', async () => {
    const id = 'agr-contoso-ea';
    expect(codeOf(await stack.queryGateway(VALIDATE, { as: 'bob', variables: { id, name: 'Bob', email: 'bob@fabrikam.example' } }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(ACCEPT, { as: 'bob', variables: { id } }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.queryGateway(ENTER, { as: 'bob', variables: { id, number: '0065432101' } }))).toBe('NOT_FOUND');
    const assign = { id, service: 'TRAINING_VOUCHERS', name: 'Bob', email: 'bob@fabrikam.example', days: 1 };
    expect(codeOf(await stack.queryGateway(ASSIGN, { as: 'bob', variables: assign }))).toBe('NOT_FOUND');
  });

  it('AGR-4 another organisation can neither edit nor revoke a designation (NOT_FOUND), and it stays in force', async () => {
    await onboardNoticeContact(stack, 'agr-contoso-ea', '0065432101');
    const { id } = (await ok(stack, DESIGNATE, 'nora', { id: 'agr-contoso-ea', email: 'sam@contoso.example', name: 'Sam', rights: ['ELEARNING'] }))
      .designateServicesAdministrator;
    const set = `mutation($id: ID!) { setServicesAdministratorRights(input: { id: $id, rights: [TRAINING_VOUCHERS] }) { id } }`;
    const revoke = `mutation($id: ID!) { revokeServicesAdministrator(id: $id) { id } }`;
    for (const as of ['bob', 'ada'] as const) {
      expect(codeOf(await stack.queryGateway(set, { as, variables: { id } }))).toBe('NOT_FOUND');
      expect(codeOf(await stack.queryGateway(revoke, { as, variables: { id } }))).toBe('NOT_FOUND');
    }
    const q = `{ agreementByNumber(number: "0065432101") { servicesAdministrators { nodes { status rights } } } }`;
    expect((await ok(stack, q, 'alice')).agreementByNumber.servicesAdministrators.nodes).toEqual([{ status: 'ACTIVE', rights: ['ELEARNING'] }]);
  });

  it('AGR-1 an analyst reads any organisation\'s agreements but changes none (FORBIDDEN)', async () => {
    const q = `{ organization(id: "org-contoso") { agreements(program: ENTERPRISE) { nodes { number } } } }`;
    expect((await ok(stack, q, 'ana')).organization.agreements.nodes).toEqual([{ number: '0065432101' }]);
    expect(codeOf(await stack.queryGateway(INVITE, { as: 'ana', variables: { id: 'agr-contoso-ea', email: 'ana@operator.example' } }))).toBe('FORBIDDEN');
  });

  it('AGR-1 CSP-1 a reseller reached through a CSP agreement, or a customer reached through a partner, shows no agreements', async () => {
    const viaReseller = `{ agreementByNumber(number: "CSP-000123") { resellerPartner { id agreements { totalCount } } } }`;
    expect((await ok(stack, viaReseller, 'alice')).agreementByNumber.resellerPartner).toEqual({ id: 'org-northwind', agreements: { totalCount: 0 } });
    const viaCustomer = `{ myOrganization { customers { nodes { agreements { totalCount } } } } }`;
    expect((await ok(stack, viaCustomer, 'ada')).myOrganization.customers.nodes).toEqual([{ agreements: { totalCount: 0 } }]);
  });

  it('AGR-1 CSP-1 _entities on the agreements subgraph without a token returns no private field', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Organization { id name }
      ... on Agreement { id number }
      ... on SoftwareSubscription { id priceMinor } } }`;
    const res = await stack.querySubgraph('agreements', q, {
      variables: {
        r: [
          { __typename: 'Organization', id: 'org-contoso' },
          { __typename: 'Agreement', id: 'agr-contoso-ea' },
          { __typename: 'Agreement', number: '0065432101' },
          { __typename: 'SoftwareSubscription', id: 'sub-contoso-office' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ _entities: [null, null, null, null] });
    const asBob = await stack.querySubgraph('agreements', q, { as: 'bob', variables: { r: [{ __typename: 'SoftwareSubscription', id: 'sub-contoso-office' }] } });
    expect(asBob.data).toEqual({ _entities: [null] });
  });
});

describe('batching', () => {
  const LIST = `{ myAgreements(first: 200) { totalCount nodes { number portal saCoveredLicenseCount licenseLines { quantity saCoveredUntil product { id name deployment } } } } }`;

  async function insertAgreements(from: number, to: number): Promise<void> {
    const ds = stack.subgraphs.agreements.service.store.dataSource;
    const agreements = [];
    const lines = [];
    for (let i = from; i < to; i++) {
      const id = `agr-tailspin-${String(i).padStart(3, '0')}`;
      agreements.push({ id, number: `77${String(i).padStart(8, '0')}`, organizationId: 'org-tailspin', resellerPartnerId: null, program: 'SELECT' as const, status: 'ACTIVE' as const, startDate: '2025-01-01', endDate: '2027-12-31' });
      lines.push({ id: `${id}-1`, agreementId: id, productId: 'prod-windows-server', quantity: 10 + i, saCoveredUntil: '2027-12-31' });
      lines.push({ id: `${id}-2`, agreementId: id, productId: 'prod-office', quantity: 5, saCoveredUntil: null });
    }
    await ds.getRepository(AgreementRow).insert(agreements);
    await ds.getRepository(LicenseLineRow).insert(lines);
  }

  async function statementsFor(): Promise<{ agreements: number; catalog: number; count: number }> {
    const a0 = stack.subgraphs.agreements.sqlStatements();
    const c0 = stack.subgraphs['software-catalog'].sqlStatements();
    const data = await ok(stack, LIST, 'ken');
    return {
      agreements: stack.subgraphs.agreements.sqlStatements() - a0,
      catalog: stack.subgraphs['software-catalog'].sqlStatements() - c0,
      count: data.myAgreements.nodes.length,
    };
  }

  it('AGR-2 a list of 200 agreements with licence lines and products costs the same SQL statements as a list of 5', async () => {
    await insertAgreements(0, 5);
    const five = await statementsFor();
    await insertAgreements(5, 200);
    const twoHundred = await statementsFor();
    expect(five.count).toBe(5);
    expect(twoHundred.count).toBe(200);
    expect(twoHundred.agreements).toBe(five.agreements);
    expect(twoHundred.catalog).toBe(five.catalog);
    // The page with its total (one statement) + one batch of licence lines (with the SA activations).
    expect(five.agreements).toBe(2);
  });
});
