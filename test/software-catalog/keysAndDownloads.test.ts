import { startStack, type Stack } from '../harness/stack';
import { grantEntitlement, revokeEntitlement } from '../../subgraphs/software-catalog/src/store/entitlementCommands';
import { EntitlementRow } from '../../subgraphs/software-catalog/src/store/entities';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const GENERATE = `
  mutation Generate($input: GenerateKeysAndDownloadsInput!) {
    generateKeysAndDownloads(input: $input) {
      key { id version language bitness maskedValue }
      downloadLink { id fileName bitness status expiresAt firstDownloadedAt }
    }
  }`;
const REVEAL = `mutation Reveal($keyId: ID!) { revealProductKey(keyId: $keyId) { value revealedAt key { id maskedValue } } }`;
const DOWNLOAD = `mutation Download($linkId: ID!) { downloadSoftware(linkId: $linkId) { url link { status firstDownloadedAt expiresAt } } }`;
const AUDIT = `{ keyRevealAudit(first: 50) { totalCount nodes { revealedBy revealedByOrganizationId revealedAt subscriptionId key { id } } } }`;

interface Generated {
  generateKeysAndDownloads: {
    key: { id: string; version: string; language: string; bitness: string; maskedValue: string };
    downloadLink: { id: string; fileName: string; bitness: string; status: string; expiresAt: string | null; firstDownloadedAt: string | null };
  };
}

async function generate(as: 'alice' | 'ada', input: Record<string, unknown>) {
  const res = await stack.queryGateway<Generated>(GENERATE, { as, variables: { input } });
  expect(res.errors).toBeUndefined();
  return res.data!.generateKeysAndDownloads;
}

describe('keys and downloads (CSP-3, CSP-4, CSP-5, CSP-8)', () => {
  it('CSP-4 generates a 64-bit key and link by default for a version and language', async () => {
    const out = await generate('alice', { subscriptionId: 'sub-contoso-office', version: '2021', language: 'fr-FR' });
    expect(out.key).toMatchObject({ version: '2021', language: 'fr-FR', bitness: 'X64' });
    expect(out.key.maskedValue).toMatch(/^XXXXX-XXXXX-XXXXX-XXXXX-[A-Z0-9]{5}$/);
    expect(out.downloadLink).toMatchObject({
      fileName: 'prod-office_2021_fr-FR_x64.iso',
      bitness: 'X64',
      status: 'NOT_YET_DOWNLOADED',
      expiresAt: null,
      firstDownloadedAt: null,
    });
  });

  it('CSP-4 makes a 32-bit key and link when asked', async () => {
    const out = await generate('alice', { subscriptionId: 'sub-contoso-office', version: '2019', language: 'ja-JP', bitness: 'X86' });
    expect(out.key.bitness).toBe('X86');
    expect(out.downloadLink.fileName).toBe('prod-office_2019_ja-JP_x86.iso');
  });

  it('CSP-4 refuses a version the product never shipped with BAD_USER_INPUT', async () => {
    const res = await stack.queryGateway(GENERATE, {
      as: 'alice',
      variables: { input: { subscriptionId: 'sub-contoso-office', version: '2007', language: 'en-US' } },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
  });

  it("CSP-3 lets the reselling partner's admin agent generate and reveal a key", async () => {
    const out = await generate('ada', { subscriptionId: 'sub-contoso-office', version: '2024', language: 'en-US' });
    const res = await stack.queryGateway<{ revealProductKey: { value: string; key: { maskedValue: string } } }>(REVEAL, {
      as: 'ada',
      variables: { keyId: out.key.id },
    });
    expect(res.errors).toBeUndefined();
    const value = res.data!.revealProductKey.value;
    expect(value).toMatch(/^[BCDFGHJKMPQRTVWXY2346789]{5}(-[BCDFGHJKMPQRTVWXY2346789]{5}){4}$/);
    expect(value.slice(-5)).toBe(out.key.maskedValue.slice(-5));
  });

  it("CSP-3 refuses a key to the customer's support user (FORBIDDEN) and to an unrelated partner's admin agent (NOT_FOUND)", async () => {
    const out = await generate('alice', { subscriptionId: 'sub-contoso-office', version: '2021', language: 'en-US' });
    const sue = await stack.queryGateway(REVEAL, { as: 'sue', variables: { keyId: out.key.id } });
    expect(sue.data ?? null).toBeNull();
    expect(sue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const pat = await stack.queryGateway(REVEAL, { as: 'pat', variables: { keyId: out.key.id } });
    expect(pat.data ?? null).toBeNull();
    expect(pat.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify([sue, pat])).not.toMatch(/[BCDFGHJKMPQRTVWXY2346789]{5}-[BCDFGHJKMPQRTVWXY2346789]{5}-/);
  });

  it('CSP-3 never shows keys or download links to the analyst', async () => {
    const out = await generate('alice', { subscriptionId: 'sub-contoso-office', version: '2021', language: 'en-US' });
    const list = await stack.queryGateway<{ softwareEntitlement: Record<string, unknown> }>(
      `{ softwareEntitlement(subscriptionId: "sub-contoso-office") { entitlementStatus viewerCanManageKeys productKeys { id } } }`,
      { as: 'ana' },
    );
    expect(list.data?.softwareEntitlement).toEqual({ entitlementStatus: 'ACTIVE', viewerCanManageKeys: false, productKeys: null });
    expect(list.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const reveal = await stack.queryGateway(REVEAL, { as: 'ana', variables: { keyId: out.key.id } });
    expect(reveal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const download = await stack.queryGateway(DOWNLOAD, { as: 'ana', variables: { linkId: out.downloadLink.id } });
    expect(download.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('CSP-8 records every allowed reveal (who, when) and lists it to the customer global admin', async () => {
    const out = await generate('alice', { subscriptionId: 'sub-contoso-m365', version: 'Current Channel', language: 'de-DE' });
    stack.clock.set('2026-06-16T10:00:00.000Z');
    expect((await stack.queryGateway(REVEAL, { as: 'alice', variables: { keyId: out.key.id } })).errors).toBeUndefined();
    stack.clock.set('2026-06-16T11:30:00.000Z');
    expect((await stack.queryGateway(REVEAL, { as: 'ada', variables: { keyId: out.key.id } })).errors).toBeUndefined();
    expect((await stack.queryGateway(REVEAL, { as: 'sue', variables: { keyId: out.key.id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const audit = await stack.queryGateway<{ keyRevealAudit: { nodes: { key: { id: string } }[] } }>(AUDIT, { as: 'alice' });
    expect(audit.errors).toBeUndefined();
    const forKey = audit.data!.keyRevealAudit.nodes.filter((n) => n.key.id === out.key.id);
    expect(forKey).toEqual([
      { revealedBy: 'user-ada', revealedByOrganizationId: 'org-northwind', revealedAt: '2026-06-16T11:30:00.000Z', subscriptionId: 'sub-contoso-m365', key: { id: out.key.id } },
      { revealedBy: 'user-alice', revealedByOrganizationId: 'org-contoso', revealedAt: '2026-06-16T10:00:00.000Z', subscriptionId: 'sub-contoso-m365', key: { id: out.key.id } },
    ]);
  });

  it('CSP-8 keeps the reveal audit from the support user and the partner (FORBIDDEN)', async () => {
    for (const as of ['sue', 'ada'] as const) {
      const res = await stack.queryGateway(AUDIT, { as });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('CSP-5 a link first downloaded on day 0 works on day 4 and is refused with LINK_EXPIRED on day 6', async () => {
    stack.clock.set('2026-06-20T09:00:00.000Z');
    const out = await generate('alice', { subscriptionId: 'sub-contoso-office', version: '2024', language: 'en-US' });
    const day0 = await stack.queryGateway<{ downloadSoftware: { url: string; link: Record<string, unknown> } }>(DOWNLOAD, {
      as: 'alice',
      variables: { linkId: out.downloadLink.id },
    });
    expect(day0.errors).toBeUndefined();
    expect(day0.data!.downloadSoftware.url).toMatch(/^https:\/\/downloads\.licensing\.example\/files\//);
    expect(day0.data!.downloadSoftware.link).toEqual({
      status: 'ACTIVE',
      firstDownloadedAt: '2026-06-20T09:00:00.000Z',
      expiresAt: '2026-06-25T09:00:00.000Z',
    });
    stack.clock.advanceDays(4);
    const day4 = await stack.queryGateway<{ downloadSoftware: { link: { expiresAt: string } } }>(DOWNLOAD, {
      as: 'alice',
      variables: { linkId: out.downloadLink.id },
    });
    expect(day4.errors).toBeUndefined();
    expect(day4.data!.downloadSoftware.link.expiresAt).toBe('2026-06-25T09:00:00.000Z');
    stack.clock.advanceDays(2);
    const day6 = await stack.queryGateway(DOWNLOAD, { as: 'alice', variables: { linkId: out.downloadLink.id } });
    expect(day6.data ?? null).toBeNull();
    expect(day6.errors?.[0].extensions?.code).toBe('LINK_EXPIRED');
  });

  it('CSP-5 the five days start at the first download, not at generation', async () => {
    stack.clock.set('2026-07-01T09:00:00.000Z');
    const out = await generate('ada', { subscriptionId: 'sub-contoso-office', version: '2021', language: 'en-US' });
    stack.clock.advanceDays(30);
    const res = await stack.queryGateway<{ downloadSoftware: { link: Record<string, unknown> } }>(DOWNLOAD, {
      as: 'ada',
      variables: { linkId: out.downloadLink.id },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.downloadSoftware.link).toEqual({
      status: 'ACTIVE',
      firstDownloadedAt: '2026-07-31T09:00:00.000Z',
      expiresAt: '2026-08-05T09:00:00.000Z',
    });
  });

  it('CSP-1 granting an entitlement twice (a duplicate purchase event) changes nothing', async () => {
    const db = stack.subgraphs['software-catalog'].service.store.dataSource;
    const grant = { subscriptionId: 'sub-contoso-office', customerOrgId: 'org-contoso', partnerOrgId: 'org-northwind', productId: 'prod-office', purchaseKind: 'PERPETUAL' as const };
    await db.transaction((tx) => grantEntitlement(tx, grant, new Date('2030-01-01T00:00:00.000Z')));
    const rows = await db.getRepository(EntitlementRow).findBy({ subscriptionId: 'sub-contoso-office' });
    expect(rows.map((r) => r.grantedAt.toISOString())).toEqual(['2026-06-01T09:00:00.000Z']);
  });

  it('CSP-2 a revoked entitlement (the cancellation seam) refuses keys with CONFLICT', async () => {
    const out = await generate('alice', { subscriptionId: 'sub-contoso-m365', version: 'Current Channel', language: 'en-US' });
    const db = stack.subgraphs['software-catalog'].service.store.dataSource;
    await db.transaction((tx) => revokeEntitlement(tx, 'sub-contoso-m365', stack.clock.now()));
    const res = await stack.queryGateway(REVEAL, { as: 'alice', variables: { keyId: out.key.id } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    const status = await stack.queryGateway<{ softwareEntitlement: { entitlementStatus: string } }>(
      `{ softwareEntitlement(subscriptionId: "sub-contoso-m365") { entitlementStatus } }`,
      { as: 'alice' },
    );
    expect(status.data?.softwareEntitlement.entitlementStatus).toBe('REVOKED');
  });
});

describe('SoftwareSubscription across agreements and software-catalog', () => {
  it("CSP-3 the purchase (agreements) carries its keys for the customer's global admin and refuses them to its support user", async () => {
    const query = `{ softwareSubscription(id: "sub-contoso-office") { id entitlementStatus entitledProduct { id } viewerCanManageKeys productKeys { bitness } } }`;
    const alice = await stack.queryGateway<{ softwareSubscription: { viewerCanManageKeys: boolean; productKeys: unknown[] } }>(query, { as: 'alice' });
    expect(alice.errors).toBeUndefined();
    expect(alice.data?.softwareSubscription).toMatchObject({ id: 'sub-contoso-office', entitlementStatus: 'ACTIVE', entitledProduct: { id: 'prod-office' }, viewerCanManageKeys: true });
    expect(alice.data?.softwareSubscription.productKeys.length).toBeGreaterThan(0);
    const sue = await stack.queryGateway<{ softwareSubscription: Record<string, unknown> | null }>(query, { as: 'sue' });
    expect(sue.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(sue.data?.softwareSubscription?.productKeys ?? null).toBeNull();
  });

  it('CSP-1 the deprecated entitledProduct and entitlementKind still answer, equal to product and kind, for the seller and the buyer', async () => {
    const query = `query Both($id: ID!) { softwareSubscription(id: $id) { product { id } kind entitledProduct { id } entitlementKind } }`;
    for (const as of ['alice', 'ada'] as const) {
      for (const id of ['sub-contoso-office', 'sub-contoso-m365']) {
        const res = await stack.queryGateway<{ softwareSubscription: { product: { id: string }; kind: string; entitledProduct: { id: string } | null; entitlementKind: string | null } }>(query, { as, variables: { id } });
        expect(res.errors).toBeUndefined();
        const sub = res.data!.softwareSubscription;
        expect({ entitledProduct: sub.entitledProduct, entitlementKind: sub.entitlementKind }).toEqual({ entitledProduct: sub.product, entitlementKind: sub.kind });
      }
    }
  });

  it('says PROVISIONING for a purchase whose entitlement has not arrived yet, and nothing else', async () => {
    const res = await stack.querySubgraph(
      'software-catalog',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on SoftwareSubscription { id entitlementStatus entitledCustomerId productKeys { id } } } }`,
      { as: 'alice', variables: { r: [{ __typename: 'SoftwareSubscription', id: 'sub-not-yet-here' }] } },
    );
    expect(res.data).toEqual({ _entities: [{ id: 'sub-not-yet-here', entitlementStatus: 'PROVISIONING', entitledCustomerId: null, productKeys: [] }] });
  });

  it('CSP-8 never logs a key value or a download URL', async () => {
    const logger = stack.subgraphs['software-catalog'].service.logger;
    const lines: string[] = [];
    const spies = (['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const).map((level) =>
      jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
        lines.push(JSON.stringify(args));
      }),
    );
    try {
      const out = await generate('alice', { subscriptionId: 'sub-contoso-office', version: '2019', language: 'en-US' });
      const reveal = await stack.queryGateway<{ revealProductKey: { value: string } }>(REVEAL, { as: 'alice', variables: { keyId: out.key.id } });
      const download = await stack.queryGateway<{ downloadSoftware: { url: string } }>(DOWNLOAD, { as: 'alice', variables: { linkId: out.downloadLink.id } });
      const secrets = [reveal.data!.revealProductKey.value, download.data!.downloadSoftware.url];
      for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('RDS CAL activation codes (CSP-7)', () => {
  const REDEEM = `mutation R($code: String!, $server: String!) { redeemActivationCode(code: $code, licenseServerId: $server) { code redeemedAt licenseServerId } }`;

  it('CSP-7 of 100 concurrent redemptions of one 5x5 code exactly one succeeds', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        stack.queryGateway(REDEEM, { as: 'alice', variables: { code: 'K7M2Q-8XR4T-6WPJ9-3HCVB-2DNFG', server: `ls-${i}` } }),
      ),
    );
    const codes = attempts.map((a) => (a.errors ? a.errors[0].extensions?.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CODE_ALREADY_REDEEMED')).toHaveLength(99);
  });

  it('CSP-7 a redeemed code is refused again, on the same licence server too', async () => {
    const code = 'Q4T8W-2BN6Y-7RJ3K-9MXPC-5HVDF';
    const first = await stack.queryGateway(REDEEM, { as: 'alice', variables: { code, server: 'ls-contoso-01' } });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ redeemActivationCode: { code, redeemedAt: stack.clock.now().toISOString(), licenseServerId: 'ls-contoso-01' } });
    const again = await stack.queryGateway(REDEEM, { as: 'alice', variables: { code, server: 'ls-contoso-01' } });
    expect(again.errors?.[0].extensions?.code).toBe('CODE_ALREADY_REDEEMED');
  });

  it("CSP-7 lists only my organisation's codes with their redemption", async () => {
    const q = '{ myActivationCodes { totalCount nodes { code calVersion calCount redeemedAt licenseServerId } } }';
    const bob = await stack.queryGateway<{ myActivationCodes: { nodes: { code: string; redeemedAt: string | null }[] } }>(q, { as: 'bob' });
    expect(bob.data?.myActivationCodes.nodes).toEqual([
      { code: 'W3X9B-5CF7H-2KM4P-6QR8T-9VYJD', calVersion: '2019', calCount: 20, redeemedAt: null, licenseServerId: null },
    ]);
    const alice = await stack.queryGateway<{ myActivationCodes: { nodes: { code: string; licenseServerId: string | null }[] } }>(q, { as: 'alice' });
    expect(alice.data?.myActivationCodes.nodes.find((n) => n.code === 'Q4T8W-2BN6Y-7RJ3K-9MXPC-5HVDF')?.licenseServerId).toBe('ls-contoso-01');
  });

  it("CSP-7 another organisation's code is NOT_FOUND", async () => {
    const res = await stack.queryGateway(REDEEM, { as: 'alice', variables: { code: 'W3X9B-5CF7H-2KM4P-6QR8T-9VYJD', server: 'ls-1' } });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('CSP-7 answers CAL-versus-server compatibility publicly', async () => {
    const res = await stack.queryGateway<Record<string, { compatible: boolean; worksOnServerVersions: string[] }>>(`{
      a: rdsCalCompatibility(calVersion: "2016", serverVersion: "2019") { compatible worksOnServerVersions }
      b: rdsCalCompatibility(calVersion: "2019", serverVersion: "2016") { compatible worksOnServerVersions }
      c: rdsCalCompatibility(calVersion: "2019", serverVersion: "2019") { compatible worksOnServerVersions }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { compatible: true, worksOnServerVersions: ['2016', '2019'] },
      b: { compatible: false, worksOnServerVersions: ['2019'] },
      c: { compatible: true, worksOnServerVersions: ['2019'] },
    });
  });
});

describe('isolation', () => {
  it("gives another organisation's user none of Contoso's entitlements", async () => {
    const list = await stack.queryGateway<{ mySoftwareEntitlements: { totalCount: number } }>(
      '{ mySoftwareEntitlements { totalCount nodes { id } } }',
      { as: 'bob' },
    );
    expect(list.data?.mySoftwareEntitlements).toEqual({ totalCount: 0, nodes: [] });
    const one = await stack.queryGateway('{ softwareEntitlement(subscriptionId: "sub-contoso-office") { id } }', { as: 'bob' });
    expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the entitlements to the customer and to the reseller', async () => {
    for (const as of ['alice', 'ada'] as const) {
      const res = await stack.queryGateway<{ mySoftwareEntitlements: { nodes: { id: string }[] } }>(
        '{ mySoftwareEntitlements { nodes { id } } }',
        { as },
      );
      expect(res.data?.mySoftwareEntitlements.nodes.map((n) => n.id).sort()).toEqual(['sub-contoso-m365', 'sub-contoso-office']);
    }
  });

  it('returns no private field from _entities without a token or for another organisation', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SoftwareSubscription { id entitledCustomerId productKeys { id } } } }`;
    const variables = { r: [{ __typename: 'SoftwareSubscription', id: 'sub-contoso-office' }] };
    const anonymous = await stack.querySubgraph('software-catalog', query, { variables });
    expect(anonymous.data).toEqual({ _entities: [null] });
    const bob = await stack.querySubgraph('software-catalog', query, { variables, as: 'bob' });
    expect(bob.data).toEqual({ _entities: [null] });
  });
});
