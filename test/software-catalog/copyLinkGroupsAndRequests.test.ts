import crypto from 'node:crypto';
import { signBody } from '../../common/outbox';
import { startStack, TEST_EVENT_SECRET, type Stack } from '../harness/stack';
import { countRows, eventually } from '../outbox/helpers';
import { submit } from '../support-contracts/helpers';
import type { DemoUserHandle } from '../../common/demo/users';
import { ok as okThrough } from '../harness/operations';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

type Errors = { extensions?: { code?: string; [k: string]: unknown } }[] | undefined;
const codes = (errors: Errors) => (errors ?? []).map((e) => e.extensions?.code);

const ok = <T>(as: DemoUserHandle | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> => okThrough<T>(stack, query, as, variables);
const catalogRows = (table: string) => countRows(stack, 'software-catalog', `SELECT COUNT(*) AS n FROM ${table}`);

// ------------------------------------------------------------------ CSP-9
const GENERATE = `mutation($s: ID!) { generateKeysAndDownloads(input: { subscriptionId: $s, version: "2021", language: "en-US" }) { downloadLink { id } } }`;
const COPY = `mutation($id: ID!) { copyDownloadLink(linkId: $id) { shareUrl copiedAt link { id status firstDownloadedAt expiresAt } } }`;
const FOLLOW = `mutation($t: String!) { followSharedDownloadLink(token: $t) { url link { id status firstDownloadedAt expiresAt } } }`;
const DOWNLOAD = `mutation($id: ID!) { downloadSoftware(linkId: $id) { url } }`;

interface Copied { copyDownloadLink: { shareUrl: string; copiedAt: string; link: { id: string; status: string; firstDownloadedAt: string | null; expiresAt: string | null } } }
interface Followed { followSharedDownloadLink: { url: string; link: { id: string; status: string; firstDownloadedAt: string | null; expiresAt: string | null } } }

async function newLink(subscription = 'sub-contoso-office'): Promise<string> {
  return (await ok<{ generateKeysAndDownloads: { downloadLink: { id: string } } }>('alice', GENERATE, { s: subscription })).generateKeysAndDownloads.downloadLink.id;
}
const tokenOf = (shareUrl: string) => shareUrl.slice(shareUrl.lastIndexOf('/') + 1);

describe('copy link (CSP-9)', () => {
  beforeEach(() => stack.clock.set('2026-06-15T09:00:00.000Z'));

  it("CSP-9 the reseller's admin agent copies a link without starting its five days; the customer following it, without a token, starts them", async () => {
    const linkId = await newLink();
    const copied = (await ok<Copied>('ada', COPY, { id: linkId })).copyDownloadLink;
    expect(copied.link).toEqual({ id: linkId, status: 'NOT_YET_DOWNLOADED', firstDownloadedAt: null, expiresAt: null });
    expect(copied.shareUrl).toMatch(/^https:\/\/downloads\.licensing\.example\/share\/[A-Za-z0-9_-]{43}$/);
    expect(copied.shareUrl).not.toContain(linkId);

    stack.clock.set('2026-06-25T09:00:00.000Z'); // ten days after the copy: still not started
    const followed = await stack.queryGateway<Followed>(FOLLOW, { variables: { t: tokenOf(copied.shareUrl) } });
    expect(followed.errors).toBeUndefined();
    expect(followed.data!.followSharedDownloadLink.url).toMatch(/^https:\/\/downloads\.licensing\.example\/files\//);
    expect(followed.data!.followSharedDownloadLink.link).toEqual({
      id: linkId,
      status: 'ACTIVE',
      firstDownloadedAt: '2026-06-25T09:00:00.000Z',
      expiresAt: '2026-06-30T09:00:00.000Z',
    });

    stack.clock.set('2026-06-30T09:00:00.000Z');
    const late = await stack.queryGateway(FOLLOW, { variables: { t: tokenOf(copied.shareUrl) } });
    expect(codes(late.errors)).toEqual(['LINK_EXPIRED']);
    expect(codes((await stack.queryGateway(DOWNLOAD, { as: 'ada', variables: { id: linkId } })).errors)).toEqual(['LINK_EXPIRED']);
    expect(codes((await stack.queryGateway(COPY, { as: 'ada', variables: { id: linkId } })).errors)).toEqual(['LINK_EXPIRED']);
  });

  it('CSP-9 copying twice gives two secrets on one clock; a customer user following one gets the download in My Products', async () => {
    const linkId = await newLink('sub-contoso-office');
    const first = (await ok<Copied>('alice', COPY, { id: linkId })).copyDownloadLink.shareUrl;
    const second = (await ok<Copied>('alice', COPY, { id: linkId })).copyDownloadLink.shareUrl;
    expect(second).not.toBe(first);

    stack.clock.set('2026-06-16T09:00:00.000Z');
    const bySue = await ok<Followed>('sue', FOLLOW, { t: tokenOf(first) });
    expect(bySue.followSharedDownloadLink.link.firstDownloadedAt).toBe('2026-06-16T09:00:00.000Z');
    const mine = await ok<{ myProducts: { nodes: { product: { id: string }; source: string; lastDownloads: { fileName: string }[] }[] } }>(
      'sue', `{ myProducts(first: 50) { nodes { product { id } source lastDownloads { fileName } } } }`);
    expect(mine.myProducts.nodes.find((n) => n.product.id === 'prod-office')).toMatchObject({ source: 'DOWNLOAD', lastDownloads: [{ fileName: 'prod-office_2021_en-US_x64.iso' }] });

    stack.clock.set('2026-06-18T09:00:00.000Z');
    const again = await ok<Followed>(undefined, FOLLOW, { t: tokenOf(second) });
    expect(again.followSharedDownloadLink.link).toMatchObject({ firstDownloadedAt: '2026-06-16T09:00:00.000Z', expiresAt: '2026-06-21T09:00:00.000Z' });
  });

  it("CSP-9 only CSP-3's parties copy: the customer's support user and the analyst are FORBIDDEN, another partner's agent NOT_FOUND; nothing recorded", async () => {
    const linkId = await newLink();
    const before = await catalogRows('download_link_copy');
    for (const [as, code] of [['sue', 'FORBIDDEN'], ['ana', 'FORBIDDEN'], ['pat', 'NOT_FOUND'], ['bob', 'NOT_FOUND']] as const) {
      const res = await stack.queryGateway<Copied>(COPY, { as, variables: { id: linkId } });
      expect(res.data?.copyDownloadLink ?? null).toBeNull();
      expect(codes(res.errors)).toEqual([code]);
    }
    expect(codes((await stack.queryGateway(COPY, { variables: { id: linkId } })).errors)).toEqual(['UNAUTHENTICATED']);
    expect(await catalogRows('download_link_copy')).toBe(before);
  });

  it('CSP-9 a guessed secret is NOT_FOUND: the link id, a random token, the stored hash; none starts the clock', async () => {
    const linkId = await newLink();
    await ok<Copied>('alice', COPY, { id: linkId });
    const db = stack.subgraphs['software-catalog'].service.store.dataSource;
    const [{ token_hash: hash }] = await db.query('SELECT token_hash FROM download_link_copy WHERE link_id = ?', [linkId]);
    for (const guess of [linkId, crypto.randomBytes(32).toString('base64url'), hash as string, '']) {
      const res = await stack.queryGateway(FOLLOW, { as: 'bob', variables: { t: guess } });
      expect(codes(res.errors)).toEqual(['NOT_FOUND']);
    }
    const [row] = await db.query('SELECT first_downloaded_at FROM download_link WHERE id = ?', [linkId]);
    expect(row.first_downloaded_at).toBeNull();
  });

  it("CSP-9 every copy is recorded (who, organisation, when) and listed to the customer's global admin only", async () => {
    const linkId = await newLink();
    stack.clock.set('2026-06-15T10:00:00.000Z');
    await ok<Copied>('ada', COPY, { id: linkId });
    const audit = await ok<{ downloadLinkCopyAudit: { nodes: { link: { id: string }; copiedBy: string; copiedByOrganizationId: string; copiedAt: string }[] } }>(
      'alice', `{ downloadLinkCopyAudit(first: 200) { nodes { link { id } copiedBy copiedByOrganizationId copiedAt } } }`);
    expect(audit.downloadLinkCopyAudit.nodes.filter((n) => n.link.id === linkId)).toEqual([
      { link: { id: linkId }, copiedBy: 'user-ada', copiedByOrganizationId: 'org-northwind', copiedAt: '2026-06-15T10:00:00.000Z' },
    ]);
    for (const as of ['sue', 'ada'] as const) {
      expect(codes((await stack.queryGateway(`{ downloadLinkCopyAudit { totalCount } }`, { as })).errors)).toEqual(['FORBIDDEN']);
    }
  });
});

// ------------------------------------------------------------------ MP-1 (service requests)
const MY_PRODUCTS = `{ myProducts(first: 20) { nodes { product { id } source registeredAt licenseStatus { licenses(first: 10) { nodes { licenseNumber userGroup role } } } } } }`;
interface MyProducts { myProducts: { nodes: { product: { id: string }; source: string; registeredAt: string; licenseStatus: { licenses: { nodes: { licenseNumber: string; userGroup: string; role: string }[] } } }[] } }
const productsOf = async (as: DemoUserHandle) => (await ok<MyProducts>(as, MY_PRODUCTS)).myProducts.nodes;
const openedEvents = () => countRows(stack, 'support-contracts', "SELECT COUNT(*) AS n FROM outbox_event WHERE type = 'SupportIncidentOpened'");

describe('My Products fills itself from service requests (MP-1)', () => {
  it("MP-1 opening a service request adds its product to the requester's My Products, through the outbox", async () => {
    stack.clock.set('2026-06-15T11:00:00.000Z');
    expect((await productsOf('sue')).map((n) => n.product.id)).not.toContain('prod-exchange-server');
    const res = await submit(stack, 'sue', { supportContractId: 'sc-contoso-20pack', productId: 'prod-exchange-server', idempotencyKey: 'mp1-first' });
    expect(res.errors).toBeUndefined();
    const { value } = await eventually(async () => (await productsOf('sue')).find((n) => n.product.id === 'prod-exchange-server'));
    expect(value).toMatchObject({ source: 'SERVICE_REQUEST', registeredAt: '2026-06-15T11:00:00.000Z' });
    // Another user of the organisation does not get it.
    expect((await productsOf('alice')).map((n) => n.product.id)).not.toContain('prod-exchange-server');
  });

  it('MP-1 a retried submission (same idempotency key) writes one event, a refused one none', async () => {
    const before = await openedEvents();
    const args = { supportContractId: 'sc-contoso-20pack', productId: 'prod-sql-server', idempotencyKey: 'mp1-retry' };
    const [a, b] = await Promise.all([submit(stack, 'sue', args), submit(stack, 'sue', args)]);
    expect(a.data?.submitSupportIncident.id).toBe(b.data?.submitSupportIncident.id);
    expect((await submit(stack, 'sue', args)).data?.submitSupportIncident.id).toBe(a.data?.submitSupportIncident.id);
    expect(await openedEvents()).toBe(before + 1);

    const refused = await submit(stack, 'bob', { supportContractId: 'sc-contoso-20pack', productId: 'prod-visio', idempotencyKey: 'mp1-foreign' });
    expect(codes(refused.errors)).toEqual(['NOT_FOUND']);
    expect(await openedEvents()).toBe(before + 1);
    await eventually(async () => ((await productsOf('sue')).some((n) => n.product.id === 'prod-sql-server') ? true : undefined));
  });

  it('MP-1 an event delivered twice applies once; a product already there keeps its first source', async () => {
    const post = (body: string) =>
      fetch(stack.subgraphs['software-catalog'].eventsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-event-signature': signBody(body, TEST_EVENT_SECRET) },
        body,
      });
    const envelope = (productId: string) =>
      JSON.stringify({
        id: `evt-${crypto.randomUUID()}`,
        source: 'support-contracts',
        type: 'SupportIncidentOpened',
        occurredAt: '2026-06-15T12:00:00.000Z',
        payload: { incidentId: '999', userId: 'user-alice', organizationId: 'org-contoso', productId, openedAt: '2026-06-15T12:00:00.000Z' },
      });
    const body = envelope('prod-azure');
    expect(await (await post(body)).json()).toMatchObject({ status: 'applied' });
    expect(await (await post(body)).json()).toMatchObject({ status: 'duplicate' });
    expect(await countRows(stack, 'software-catalog', "SELECT COUNT(*) AS n FROM my_product WHERE user_id = 'user-alice' AND product_id = 'prod-azure'")).toBe(1);

    expect(await (await post(envelope('prod-office'))).json()).toMatchObject({ status: 'applied' });
    const alice = await productsOf('alice');
    expect(alice.find((n) => n.product.id === 'prod-azure')?.source).toBe('SERVICE_REQUEST');
    expect(alice.find((n) => n.product.id === 'prod-office')?.source).toBe('LICENSE_NUMBER');
  });
});

// ------------------------------------------------------------------ MP-9
const CREATE = `mutation($n: String!, $name: String!) { createUserGroup(input: { licenseNumber: $n, name: $name }) { id name licenseNumber product { id } members { email } } }`;
const ADD = `mutation($g: ID!, $e: String!, $r: LicenseRole) { addUserGroupMember(input: { groupId: $g, email: $e, role: $r }) { groupId email role removedAt } }`;
const REMOVE = `mutation($g: ID!, $e: String!) { removeUserGroupMember(input: { groupId: $g, email: $e }) { email removedAt } }`;
const GROUPS = `query($n: String!) { userGroups(licenseNumber: $n) { id name members { email role } } }`;

async function createGroup(as: DemoUserHandle, licenseNumber: string, name: string): Promise<string> {
  return (await ok<{ createUserGroup: { id: string } }>(as, CREATE, { n: licenseNumber, name })).createUserGroup.id;
}
const licenceRow = async (as: DemoUserHandle, productId: string, licenseNumber: string) =>
  (await productsOf(as)).find((n) => n.product.id === productId)?.licenseStatus.licenses.nodes.find((l) => l.licenseNumber === licenseNumber);

describe('user groups (MP-9)', () => {
  it("MP-9 the global admin creates a group and adds sue as USER: sue sees the product and licence with the group and role; removed, she loses the licence row", async () => {
    stack.clock.set('2026-06-15T13:00:00.000Z');
    const group = await createGroup('alice', '00345678', 'DBA team');
    expect((await licenceRow('sue', 'prod-sql-server', '00345678')) ?? null).toBeNull();
    const added = await ok<{ addUserGroupMember: unknown }>('alice', ADD, { g: group, e: ' Sue@Contoso.example ' });
    expect(added.addUserGroupMember).toEqual({ groupId: group, email: 'sue@contoso.example', role: 'USER', removedAt: null });
    expect(await licenceRow('sue', 'prod-sql-server', '00345678')).toEqual({ licenseNumber: '00345678', userGroup: 'DBA team', role: 'USER' });
    expect((await ok<{ userGroups: unknown }>('alice', GROUPS, { n: '00345678' })).userGroups).toEqual([{ id: group, name: 'DBA team', members: [{ email: 'sue@contoso.example', role: 'USER' }] }]);

    const removed = await ok<{ removeUserGroupMember: { removedAt: string } }>('alice', REMOVE, { g: group, e: 'sue@contoso.example' });
    expect(removed.removeUserGroupMember.removedAt).toBe('2026-06-15T13:00:00.000Z');
    expect((await licenceRow('sue', 'prod-sql-server', '00345678')) ?? null).toBeNull();
  });

  it('MP-9 an ADMINISTRATOR member administers the licence; a USER member and a user without a role on it are FORBIDDEN, nothing written', async () => {
    const group = await createGroup('alice', '00123456', 'Office admins');
    await ok('alice', ADD, { g: group, e: 'nora@contoso.example', r: 'ADMINISTRATOR' });
    await ok('alice', ADD, { g: group, e: 'sue@contoso.example', r: 'USER' });
    expect(await licenceRow('nora', 'prod-office', '00123456')).toEqual({ licenseNumber: '00123456', userGroup: 'Office admins', role: 'ADMINISTRATOR' });
    await createGroup('nora', '00123456', 'Office users');

    const before = [await catalogRows('user_group'), await catalogRows('user_group_member')];
    for (const as of ['sue', 'sam'] as const) {
      expect(codes((await stack.queryGateway(ADD, { as, variables: { g: group, e: 'sam@contoso.example' } })).errors)).toEqual(['FORBIDDEN']);
      expect(codes((await stack.queryGateway(CREATE, { as, variables: { n: '00123456', name: `by ${as}` } })).errors)).toEqual(['FORBIDDEN']);
      expect(codes((await stack.queryGateway(REMOVE, { as, variables: { g: group, e: 'nora@contoso.example' } })).errors)).toEqual(['FORBIDDEN']);
      expect(codes((await stack.queryGateway(GROUPS, { as, variables: { n: '00123456' } })).errors)).toEqual(['FORBIDDEN']);
    }
    // Nora's role is on 00123456 only, not on the organisation's other licences.
    expect(codes((await stack.queryGateway(CREATE, { as: 'nora', variables: { n: '00234567', name: 'x' } })).errors)).toEqual(['FORBIDDEN']);
    expect([await catalogRows('user_group'), await catalogRows('user_group_member')]).toEqual(before);
  });

  it("MP-9 another organisation's admin gets NOT_FOUND for the licence and the group, and writes nothing", async () => {
    const group = await createGroup('alice', '00234567', 'Ops');
    const before = [await catalogRows('user_group'), await catalogRows('user_group_member')];
    for (const as of ['bob', 'ada'] as const) {
      expect(codes((await stack.queryGateway(CREATE, { as, variables: { n: '00234567', name: 'mine' } })).errors)).toEqual(['NOT_FOUND']);
      expect(codes((await stack.queryGateway(ADD, { as, variables: { g: group, e: `${as}@example.com`, r: 'ADMINISTRATOR' } })).errors)).toEqual(['NOT_FOUND']);
      expect(codes((await stack.queryGateway(REMOVE, { as, variables: { g: group, e: 'alice@contoso.example' } })).errors)).toEqual(['NOT_FOUND']);
      const list = await stack.queryGateway(GROUPS, { as, variables: { n: '00234567' } });
      expect(codes(list.errors)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(list)).not.toContain('Ops');
    }
    expect([await catalogRows('user_group'), await catalogRows('user_group_member')]).toEqual(before);
  });

  it('MP-9 adding twice (also at once) is CONFLICT, a group name twice is CONFLICT, removing someone not in the group is NOT_FOUND', async () => {
    const group = await createGroup('alice', '00123457', 'Sales desk');
    const twice = await Promise.all([0, 1].map(() => stack.queryGateway(ADD, { as: 'alice', variables: { g: group, e: 'sam@contoso.example' } })));
    expect(twice.map((r) => codes(r.errors)).sort()).toEqual([[], ['CONFLICT']]);
    const again = await stack.queryGateway(ADD, { as: 'alice', variables: { g: group, e: 'SAM@contoso.example', r: 'ADMINISTRATOR' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', role: 'USER' });
    expect(await countRows(stack, 'software-catalog', 'SELECT COUNT(*) AS n FROM user_group_member WHERE group_id = ?', [group])).toBe(1);

    const names = await Promise.all([0, 1].map(() => stack.queryGateway(CREATE, { as: 'alice', variables: { n: '00123457', name: 'Night shift' } })));
    expect(names.map((r) => codes(r.errors)).sort()).toEqual([[], ['CONFLICT']]);
    expect(codes((await stack.queryGateway(CREATE, { as: 'alice', variables: { n: '00123457', name: 'Sales desk' } })).errors)).toEqual(['CONFLICT']);

    expect(codes((await stack.queryGateway(REMOVE, { as: 'alice', variables: { g: group, e: 'nora@contoso.example' } })).errors)).toEqual(['NOT_FOUND']);
    await ok('alice', REMOVE, { g: group, e: 'sam@contoso.example' });
    expect(codes((await stack.queryGateway(REMOVE, { as: 'alice', variables: { g: group, e: 'sam@contoso.example' } })).errors)).toEqual(['NOT_FOUND']);
    expect(codes((await stack.queryGateway(ADD, { as: 'alice', variables: { g: group, e: 'not-an-email' } })).errors)).toEqual(['BAD_USER_INPUT']);
  });

  it("MP-9 a member is matched by e-mail in the group's organisation only: another organisation's user with that address sees nothing", async () => {
    const group = await createGroup('alice', '00123456', 'Partners');
    await ok('alice', ADD, { g: group, e: 'bob@fabrikam.example' });
    expect((await productsOf('bob')).map((n) => n.product.id)).not.toContain('prod-office');
  });
});
