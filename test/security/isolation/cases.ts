import type { DemoUserHandle } from '../../../common/demo/users';
import type { SubgraphName } from '../../../common/services';
import { INSIGHT_CASES } from './insightCases';

/** Values created by the arrange step, for cases that target them. */
export interface Arranged {
  /** Alice's generated key and download link on Contoso's Office purchase. */
  keyId: string;
  linkId: string;
  /** Sam's services-administrator designation on Contoso's EA. */
  designationId: string;
  /** Alice's designation on Contoso's EA, invitation not accepted yet (AGR-9). */
  pendingDesignationId: string;
  /** Sue's open incident on Contoso's 20-pack. */
  openIncidentId: string;
  /** Alice's user group on Contoso's licence 00123456, with Sue in it (MP-9). */
  userGroupId: string;
}

/** What a caller must get back for the field. */
export type Outcome =
  /** Refused: errors whose codes are all in `codes`, the field null or absent. */
  | { kind: 'denied'; codes: readonly string[] }
  /** Answered without error with the caller's own data only (`check` pins it). */
  | { kind: 'own'; check?: (value: unknown) => void }
  /** Public data, answered without error (`check` pins it). */
  | { kind: 'public'; check: (value: unknown) => void };

export const denied = (...codes: string[]): Outcome => ({ kind: 'denied', codes });
export const own = (check?: (value: unknown) => void): Outcome => ({ kind: 'own', check });
export const publicData = (check: (value: unknown) => void): Outcome => ({ kind: 'public', check });

export interface IsolationCase {
  /** Whose data the operation aims at (an organisation id of `markers.ts`). */
  victim: 'org-contoso' | 'org-northwind' | 'org-wingtip';
  /** `public`: the field serves the public catalog; it must still return only public data. */
  access: 'private' | 'public';
  /** The operation, aimed at the victim's data (ids via variables). */
  query: string;
  variables?: (arranged: Arranged) => Record<string, unknown>;
  /** Users of other organisations who try it, and what each must get. */
  foreign: Partial<Record<DemoUserHandle, Outcome>>;
  /** What a caller without a token gets (default: denied UNAUTHENTICATED). */
  anonymous?: Outcome;
  /** Mutations: the store it writes, compared before and after every call. */
  writes?: SubgraphName;
  /**
   * Known leaks, by foreign caller: what leaks. The case still asserts the
   * correct behaviour but runs as `it.failing`, so it fails loudly once the
   * subgraph is fixed (then delete the entry).
   */
  knownLeaks?: Partial<Record<DemoUserHandle, string>>;
}

const UNAUTH = denied('UNAUTHENTICATED');

/** `{ totalCount, nodes }` of a connection. */
const connection = (value: unknown) => value as { totalCount: number; nodes: Record<string, unknown>[] };
const emptyConnection = own((v) => expect(connection(v)).toMatchObject({ totalCount: 0, nodes: [] }));

/**
 * One case per root field of the API schema, keyed `Query.<field>` /
 * `Mutation.<field>`. A field without a case (or a case without a field)
 * fails `isolationTable.test.ts`.
 */
export const CASES: Record<string, IsolationCase> = {
  // ---------------------------------------------------------------- agreements
  'Query.myOrganization': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ myOrganization { id name agreements(first: 50) { totalCount nodes { number } } customers { nodes { id } }
      softwareSubscriptions { nodes { id priceMinor } } supportContracts { accessId contractId } partnerMembership { partnerNumber } } }`,
    foreign: { bob: own((v) => expect(v).toMatchObject({ id: 'org-fabrikam', agreements: { totalCount: 1, nodes: [{ number: '0012345678' }] } })) },
  },
  'Query.organization': {
    victim: 'org-contoso',
    access: 'private',
    query: `query($id: ID!) { organization(id: $id) { id name agreements { nodes { number } } softwareSubscriptions { nodes { id } } supportContracts { accessId } } }`,
    variables: () => ({ id: 'org-contoso' }),
    foreign: { bob: denied('FORBIDDEN'), ada: denied('FORBIDDEN') },
  },
  'Query.agreementByNumber': {
    victim: 'org-contoso',
    access: 'private',
    query: `query($n: String!) { agreementByNumber(number: $n) { id number licenseLines { quantity } noticeContact { email } saServices { kind status } } }`,
    variables: () => ({ n: '0065432101' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Query.myAgreements': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ myAgreements(first: 50) { totalCount nodes { id number licenseLines { quantity } } } }`,
    foreign: { bob: own((v) => expect(connection(v).nodes.map((n) => n.number)).toEqual(['0012345678'])), pat: emptyConnection },
  },
  'Query.softwareSubscription': {
    victim: 'org-contoso',
    access: 'private',
    query: `query($id: ID!) { softwareSubscription(id: $id) { id priceMinor customer { id } productKeys { id maskedValue } downloadLinks { id } } }`,
    variables: () => ({ id: 'sub-contoso-office' }),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Mutation.inviteNoticeContact': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!, $email: String!) { inviteNoticeContact(input: { agreementId: $id, email: $email }) { email step } }`,
    variables: () => ({ id: 'agr-contoso-open', email: 'bob@fabrikam.example' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.validateNoticeContactProfile': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { validateNoticeContactProfile(input: { agreementId: $id, name: "Bob", email: "bob@fabrikam.example" }) { email step } }`,
    variables: () => ({ id: 'agr-contoso-csp' }),
    foreign: { bob: denied('NOT_FOUND') },
  },
  'Mutation.acceptNoticeContactTerms': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { acceptNoticeContactTerms(agreementId: $id) { email step } }`,
    variables: () => ({ id: 'agr-contoso-csp' }),
    foreign: { bob: denied('NOT_FOUND') },
  },
  'Mutation.enterAgreementNumber': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!, $n: String!) { enterAgreementNumber(input: { agreementId: $id, number: $n }) { email step } }`,
    variables: () => ({ id: 'agr-contoso-csp', n: 'CSP-000123' }),
    foreign: { bob: denied('NOT_FOUND') },
  },
  'Mutation.designateServicesAdministrator': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { designateServicesAdministrator(input: { agreementId: $id, email: "bob@fabrikam.example", name: "Bob", rights: [ELEARNING] }) { id } }`,
    variables: () => ({ id: 'agr-contoso-ea' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.setServicesAdministratorRights': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { setServicesAdministratorRights(input: { id: $id, rights: [ELEARNING, TRAINING_VOUCHERS, HOME_USE_PROGRAM] }) { id email rights } }`,
    variables: (a) => ({ id: a.designationId }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
    // agreements `designationForChange`: a designation id of another organisation is answered "No agreement
    // agr-contoso-ea in your organisation." — it names the victim's agreement and confirms the designation
    // exists (an unknown id gets "No services administrator <id> in your organisation.").
  },
  'Mutation.registerServicesAdministrator': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { registerServicesAdministrator(id: $id) { id email registrationStatus registeredAt } }`,
    variables: (a) => ({ id: a.pendingDesignationId }),
    // AGR-9: another organisation's pending invitation is NOT_FOUND, like an unknown id; it stays pending.
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Mutation.revokeServicesAdministrator': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { revokeServicesAdministrator(id: $id) { id email status } }`,
    variables: (a) => ({ id: a.designationId }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
    // agreements `designationForChange`: a designation id of another organisation is answered "No agreement
    // agr-contoso-ea in your organisation." — it names the victim's agreement and confirms the designation
    // exists (an unknown id gets "No services administrator <id> in your organisation.").
  },
  'Mutation.activateSaService': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { activateSaService(input: { agreementId: $id, service: ELEARNING }) { kind status } }`,
    variables: () => ({ id: 'agr-contoso-ea' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Mutation.assignSaVoucherDays': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { assignSaVoucherDays(input: { agreementId: $id, service: TRAINING_VOUCHERS, employeeName: "Bob", employeeEmail: "bob@fabrikam.example", days: 1 }) { id days } }`,
    variables: () => ({ id: 'agr-contoso-ea' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.purchaseSoftware': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($customer: ID!) { purchaseSoftware(input: { customerId: $customer, productId: "prod-visio", kind: PERPETUAL, quantity: 1, priceMinor: 100, currency: "USD" }) { id customer { id } } }`,
    variables: () => ({ customer: 'org-contoso' }),
    // Adatum is a partner with an admin agent but no relationship with Contoso (CSP-1); Bob is no admin agent at all.
    foreign: { pat: denied('FORBIDDEN'), bob: denied('FORBIDDEN') },
  },
  'Mutation.cancelSoftwareSubscription': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'agreements',
    query: `mutation($id: ID!) { cancelSoftwareSubscription(id: $id) { id status proratedCreditMinor } }`,
    variables: () => ({ id: 'sub-contoso-office' }),
    foreign: { pat: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },

  // ---------------------------------------------------------- partner-benefits
  'Query.myPartnerMembership': {
    victim: 'org-northwind',
    access: 'private',
    query: `{ myPartnerMembership { id partnerNumber program competencies headquarters { name programContact { name email } }
      benefitPackages { id activation { detailsRecipient { email } } } } }`,
    foreign: {
      pat: own((v) => expect(v).toMatchObject({ id: 'pm-adatum', partnerNumber: '5100200', program: 'ACTION_PACK' })),
      bob: own((v) => expect(v).toBeNull()),
    },
  },
  'Query.myBenefitTiles': {
    victim: 'org-northwind',
    access: 'private',
    query: `{ myBenefitTiles(first: 50) { totalCount nodes { id title status location { name } supportContract { id accessId contractId incidentsRemaining } } } }`,
    foreign: {
      pat: own((v) => expect(connection(v).nodes.map((n) => [n.status, n.supportContract])).toEqual([
        // PB-12: an Action Pack has no Signature Cloud benefit.
        ['NOT_ACTIVATED', null], ['NOT_ELIGIBLE', null], ['NOT_ACTIVATED', null],
      ])),
      bob: own((v) => expect(connection(v).nodes.map((n) => [n.status, n.supportContract])).toEqual([
        ['USER_NOT_LINKED', null], ['USER_NOT_LINKED', null], ['USER_NOT_LINKED', null],
      ])),
    },
  },
  'Mutation.requestBenefitActivation': {
    victim: 'org-wingtip',
    access: 'private',
    writes: 'partner-benefits',
    query: `mutation($id: ID!) { requestBenefitActivation(input: { packageId: $id, partnerId: "5100200", email: "pat@adatum.example", name: "Pat",
      company: "Adatum", phone: "+61 2 5550 0100", city: "Sydney", country: "AU" }) { id activation { activatedAt } } }`,
    variables: () => ({ id: 'bp-wingtip-abtk-manchester' }),
    foreign: { pat: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.activateBenefitSelfService': {
    victim: 'org-wingtip',
    access: 'private',
    writes: 'partner-benefits',
    query: `mutation($id: ID!) { activateBenefitSelfService(input: { packageId: $id, alternateEmail: "pat@adatum.example" }) { id activation { activatedAt } } }`,
    variables: () => ({ id: 'bp-wingtip-core' }),
    foreign: { pat: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.requestAdvisory': {
    victim: 'org-northwind',
    access: 'private',
    writes: 'partner-benefits',
    // No target argument: the request is always the caller's own organisation's (PB-10).
    query: `mutation { requestAdvisory(input: { topic: "Isolation table probe" }) { id topic beforeActivation } }`,
    foreign: {
      pat: own((v) => expect(v).toMatchObject({ topic: 'Isolation table probe', beforeActivation: true })),
      bob: denied('NOT_ELIGIBLE'),
    },
  },

  // ---------------------------------------------------------- software-catalog
  'Query.products': {
    victim: 'org-contoso',
    access: 'public',
    query: `{ products(first: 50) { totalCount nodes { id name eligibleSupportContracts { id accessId contractId } myOpenSupportRequests { totalCount nodes { title } } } } }`,
    anonymous: publicData((v) => {
      expect(connection(v).totalCount).toBe(9);
      expect(connection(v).nodes.filter((n) => JSON.stringify(n.eligibleSupportContracts) !== '[]' || JSON.stringify(n.myOpenSupportRequests) !== '{"totalCount":0,"nodes":[]}')).toEqual([]);
    }),
    foreign: {
      bob: publicData((v) => {
        expect(connection(v).totalCount).toBe(9);
        const contracts = connection(v).nodes.flatMap((n) => n.eligibleSupportContracts as { id: string }[]).map((c) => c.id);
        expect([...new Set(contracts)]).toEqual(['sc-fabrikam-5pack']);
      }),
    },
  },
  'Query.product': {
    victim: 'org-contoso',
    access: 'public',
    // Contoso's open incident is on SQL Server (MP-7), and its 20-pack covers it (SUP-4).
    query: `query($id: ID!) { product(id: $id) { id name eligibleSupportContracts { id accessId contractId } myOpenSupportRequests { totalCount nodes { title requestNumber } } } }`,
    variables: () => ({ id: 'prod-sql-server' }),
    anonymous: publicData((v) => expect(v).toEqual({ id: 'prod-sql-server', name: 'SQL Server', eligibleSupportContracts: [], myOpenSupportRequests: { totalCount: 0, nodes: [] } })),
    foreign: {
      bob: publicData((v) => expect(v).toMatchObject({ id: 'prod-sql-server', name: 'SQL Server', myOpenSupportRequests: { totalCount: 0, nodes: [] } })),
    },
  },
  'Query.rdsCalCompatibility': {
    victim: 'org-contoso',
    access: 'public',
    query: `{ rdsCalCompatibility(calVersion: "2016", serverVersion: "2019") { calVersion serverVersion compatible worksOnServerVersions } }`,
    anonymous: publicData((v) => expect(v).toEqual({ calVersion: '2016', serverVersion: '2019', compatible: true, worksOnServerVersions: ['2016', '2019'] })),
    foreign: { bob: publicData((v) => expect(v).toEqual({ calVersion: '2016', serverVersion: '2019', compatible: true, worksOnServerVersions: ['2016', '2019'] })) },
  },
  'Query.mySoftwareEntitlements': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ mySoftwareEntitlements(first: 50) { totalCount nodes { id priceMinor productKeys { id maskedValue } downloadLinks { id } } } }`,
    foreign: { bob: emptyConnection, pat: emptyConnection },
  },
  'Query.softwareEntitlement': {
    victim: 'org-contoso',
    access: 'private',
    query: `query($id: ID!) { softwareEntitlement(subscriptionId: $id) { id entitlementStatus productKeys { id maskedValue } downloadLinks { id fileName } } }`,
    variables: () => ({ id: 'sub-contoso-office' }),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Query.keyRevealAudit': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ keyRevealAudit(first: 50) { totalCount nodes { id subscriptionId revealedBy revealedByOrganizationId key { id maskedValue } } } }`,
    foreign: { ada: denied('FORBIDDEN'), bob: emptyConnection },
  },
  'Query.downloadLinkCopyAudit': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ downloadLinkCopyAudit(first: 50) { totalCount nodes { id subscriptionId copiedBy copiedByOrganizationId link { id } } } }`,
    foreign: { ada: denied('FORBIDDEN'), bob: emptyConnection },
  },
  'Query.userGroups': {
    victim: 'org-contoso',
    access: 'private',
    query: `query($n: String!) { userGroups(licenseNumber: $n) { id name members { email role } } }`,
    variables: () => ({ n: '00123456' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Query.myProducts': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ myProducts(first: 50) { totalCount nodes { id product { id } lastDownloads { fileName } } } }`,
    foreign: { bob: emptyConnection },
  },
  'Query.myActivationCodes': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ myActivationCodes(first: 50) { totalCount nodes { code calVersion calCount } } }`,
    foreign: { ada: denied('FORBIDDEN'), bob: own((v) => expect(connection(v).nodes.map((n) => n.code)).toEqual(['W3X9B-5CF7H-2KM4P-6QR8T-9VYJD'])), ken: emptyConnection },
  },
  'Mutation.generateKeysAndDownloads': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($id: ID!) { generateKeysAndDownloads(input: { subscriptionId: $id, version: "2024", language: "de-DE" }) { key { id maskedValue } downloadLink { id } } }`,
    variables: () => ({ id: 'sub-contoso-office' }),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Mutation.revealProductKey': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($id: ID!) { revealProductKey(keyId: $id) { value key { id maskedValue } } }`,
    variables: (a) => ({ id: a.keyId }),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Mutation.downloadSoftware': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($id: ID!) { downloadSoftware(linkId: $id) { url link { id } } }`,
    variables: (a) => ({ id: a.linkId }),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Mutation.copyDownloadLink': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($id: ID!) { copyDownloadLink(linkId: $id) { shareUrl link { id } } }`,
    variables: (a) => ({ id: a.linkId }),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Mutation.followSharedDownloadLink': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    // The secret is the permission (CSP-9): what an attacker can try is a guess, e.g. the link id.
    query: `mutation($t: String!) { followSharedDownloadLink(token: $t) { url link { id } } }`,
    variables: (a) => ({ t: a.linkId }),
    anonymous: denied('NOT_FOUND'),
    foreign: { bob: denied('NOT_FOUND'), pat: denied('NOT_FOUND') },
  },
  'Mutation.redeemActivationCode': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($code: String!) { redeemActivationCode(code: $code, licenseServerId: "ls-fabrikam-01") { code calCount redeemedAt } }`,
    variables: () => ({ code: 'K7M2Q-8XR4T-6WPJ9-3HCVB-2DNFG' }),
    foreign: { ada: denied('FORBIDDEN'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Mutation.registerMyProduct': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($n: String!) { registerMyProduct(input: { licenseNumber: $n }) { id product { id } licenseStatus { licenses { nodes { licenseNumber userGroup } } } } }`,
    variables: () => ({ n: '00345678' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.createUserGroup': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($n: String!) { createUserGroup(input: { licenseNumber: $n, name: "Taken over" }) { id members { email } } }`,
    variables: () => ({ n: '00123456' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.addUserGroupMember': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($g: ID!) { addUserGroupMember(input: { groupId: $g, email: "intruder@example.com", role: ADMINISTRATOR }) { groupId email } }`,
    variables: (a) => ({ g: a.userGroupId }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.removeUserGroupMember': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($g: ID!) { removeUserGroupMember(input: { groupId: $g, email: "sue@contoso.example" }) { email } }`,
    variables: (a) => ({ g: a.userGroupId }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.setProductAlertsOptIn': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    // Alice has Windows Server in My Products with alerts off; Bob has no My Products at all.
    query: `mutation($id: ID!) { setProductAlertsOptIn(productId: $id, optIn: true) { id alertsOptIn } }`,
    variables: () => ({ id: 'prod-windows-server' }),
    foreign: { bob: denied('NOT_FOUND') },
  },
  'Mutation.markProductNewsVisited': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'software-catalog',
    query: `mutation($id: ID!) { markProductNewsVisited(productId: $id) { id lastVisitedAt } }`,
    variables: () => ({ id: 'prod-office' }),
    foreign: { bob: denied('NOT_FOUND') },
  },

  // --------------------------------------------------------- support-contracts
  'Query.mySupportContracts': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ mySupportContracts { id accessId contractId incidentsRemaining } }`,
    foreign: { bob: own((v) => expect(v).toEqual([{ id: 'sc-fabrikam-5pack', accessId: '230242323', contractId: '1000200030', incidentsRemaining: 5 }])) },
  },
  'Query.myLinkedSupportContracts': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ myLinkedSupportContracts { id accessId contractId } }`,
    foreign: { bob: own((v) => expect(v).toEqual([])) },
  },
  'Query.mySupportActivity': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ mySupportActivity(first: 50) { totalCount nodes { id requestNumber title contract { id accessId } } } }`,
    foreign: { bob: emptyConnection },
  },
  'Query.mySupportBenefits': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ mySupportBenefits { incidentsRemaining advisoryHoursRemaining contracts { id accessId contractId } } }`,
    foreign: { bob: own((v) => expect(v).toEqual({ incidentsRemaining: 5, advisoryHoursRemaining: 0, contracts: [{ id: 'sc-fabrikam-5pack', accessId: '230242323', contractId: '1000200030' }] })) },
  },
  'Mutation.linkSupportContract': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'support-contracts',
    // Both IDs together are the credential (SUP-3): knowing Contoso's Access ID alone gets NOT_FOUND and learns nothing.
    query: `mutation($a: String!, $c: String!) { linkSupportContract(input: { accessId: $a, contractId: $c }) { id displayName incidentsRemaining } }`,
    variables: () => ({ a: '0230242323', c: '1000200031' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.submitSupportIncident': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'support-contracts',
    query: `mutation($id: ID!) { submitSupportIncident(input: { supportContractId: $id, productId: "prod-windows-server", severity: B,
      description: "Isolation table probe", idempotencyKey: "isolation-probe-1" }) { id requestNumber contract { incidentsRemaining } } }`,
    variables: () => ({ id: 'sc-contoso-20pack' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Mutation.closeSupportIncident': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'support-contracts',
    // RESOLVED: what a customer or partner may do, so the refusal is about the organisation (NON_DECREMENT is
    // refused to every customer and partner before any lookup, SUP-6: see the SUP-6 tests in isolationTable.test.ts).
    query: `mutation($id: ID!) { closeSupportIncident(input: { incidentId: $id, resolution: RESOLVED }) { id status contract { incidentsRemaining } } }`,
    variables: (a) => ({ id: a.openIncidentId }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND') },
  },
  'Mutation.revokeSupportContractLink': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'support-contracts',
    // SUP-11: admins of other organisations (a customer's global admin, a partner's program admin) cannot revoke
    // links to Contoso's contract, nor learn whether the contract or the link exists.
    query: `mutation($id: ID!, $user: ID!) { revokeSupportContractLink(input: { supportContractId: $id, userId: $user }) { userId revoked revokedAt } }`,
    variables: () => ({ id: 'sc-contoso-20pack', user: 'user-sue' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Mutation.reissueSupportContractIds': {
    victim: 'org-contoso',
    access: 'private',
    writes: 'support-contracts',
    // SUP-11: only the owner's admins rotate a pair; others learn nothing, not even whether the contract exists.
    query: `mutation($id: ID!) { reissueSupportContractIds(supportContractId: $id) { id accessId contractId } }`,
    variables: () => ({ id: 'sc-contoso-20pack' }),
    foreign: { ada: denied('NOT_FOUND'), bob: denied('NOT_FOUND'), ken: denied('NOT_FOUND') },
  },
  'Query.myProgramSupportCases': {
    victim: 'org-northwind',
    access: 'private',
    // SUP-10: always the caller's own organisation's cases (Northwind's arranged case must not show).
    query: `{ myProgramSupportCases(first: 50) { totalCount nodes { id caseNumber supportContractId status openedBy detailsResentTo { kind maskedEmail } } } }`,
    foreign: { pat: emptyConnection, bob: emptyConnection },
  },
  'Mutation.openProgramSupportCase': {
    victim: 'org-northwind',
    access: 'private',
    writes: 'support-contracts',
    // SUP-10: only a program admin, only for its own organisation's contract; nobody else learns whether the
    // contract exists or has an open case (NOT_FOUND before any case lookup).
    query: `mutation($id: ID!) { openProgramSupportCase(input: { supportContractId: $id }) { id caseNumber status } }`,
    variables: () => ({ id: 'sc-pb-northwind-portland' }),
    foreign: { pat: denied('NOT_FOUND'), will: denied('NOT_FOUND'), bob: denied('FORBIDDEN'), ken: denied('FORBIDDEN') },
  },
  // ------------------------------------------------- analysts' insights (issue 17)
  ...INSIGHT_CASES,
};

/** Default outcome for a caller without a token. */
export const ANONYMOUS_DEFAULT = UNAUTH;
