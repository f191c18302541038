import { startStack, type Stack } from '../harness/stack';
import { countRows, eventually, ok } from '../outbox/helpers';

/**
 * PB-12: Signature Cloud Support is for Gold and Silver competency partners
 * only. An activation provisions what the program earns, through the real
 * outbox flow (partner-benefits → support-contracts → reply), and the tiles
 * say why a partner has no Signature Cloud balance.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const TILES = `{ myBenefitTiles(first: 20) { nodes { id kind status packageKind failingChecks checklist { item passed hint } supportContract { id kind } } } }`;
type Tile = { id: string; kind: string; status: string; packageKind: string; failingChecks: string[]; checklist: { item: string; passed: boolean; hint: string }[]; supportContract: { id: string; kind: string } | null };
const tilesOf = async (user: 'pat' | 'pia', packageId: string): Promise<Tile[]> =>
  (await ok<{ myBenefitTiles: { nodes: Tile[] } }>(stack, TILES, user)).myBenefitTiles.nodes.filter((t) => t.id.startsWith(`ent-${packageId.slice(3)}-`));
const recordedContracts = (packageId: string) =>
  countRows(stack, 'partner-benefits', 'SELECT COUNT(*) AS n FROM benefit_entitlement WHERE package_id = ? AND support_contract_id IS NOT NULL', [packageId]);
const contractsCreated = (packageId: string) =>
  countRows(stack, 'support-contracts', 'SELECT COUNT(*) AS n FROM support_contract WHERE id LIKE ?', [`sc-pb-${packageId}%`]);
const signatureCloudContracts = (organizationId: string) =>
  countRows(stack, 'support-contracts', "SELECT COUNT(*) AS n FROM support_contract WHERE organization_id = ? AND kind = 'SIGNATURE_CLOUD_SUPPORT'", [organizationId]);

describe('PB-12 Signature Cloud Support only where earned', () => {
  it('PB-12 before activation an Action Pack member sees its Signature Cloud tile NOT_ELIGIBLE, saying why, and the other two NOT_ACTIVATED', async () => {
    const tiles = await tilesOf('pat', 'bp-adatum-core');
    expect(tiles.map((t) => [t.kind, t.status])).toEqual([
      ['ADVISORY_HOURS', 'NOT_ACTIVATED'],
      ['SIGNATURE_CLOUD_INCIDENTS', 'NOT_ELIGIBLE'],
      ['PRODUCT_SUPPORT_INCIDENTS', 'NOT_ACTIVATED'],
    ]);
    const eligibility = tiles[1].checklist.find((c) => c.item === 'ORGANIZATION_ELIGIBLE');
    expect(eligibility).toMatchObject({ passed: false });
    expect(eligibility?.hint).toMatch(/Gold and Silver/);
  });

  it('PB-06 PB-12 an Action Pack activation creates no Signature Cloud contract; a Gold activation creates one', async () => {
    await ok(stack, 'mutation { requestBenefitActivation(input: { packageId: "bp-adatum-core" }) { id } }', 'pat');
    await ok(stack, 'mutation { activateBenefitSelfService(input: { packageId: "bp-proseware-abtk-shanghai" }) { id } }', 'pia');

    // Each reply records the contracts on the entitlements the program earned: two for Adatum, three for Proseware.
    await eventually(async () => ((await recordedContracts('bp-adatum-core')) === 2 ? true : undefined));
    await eventually(async () => ((await recordedContracts('bp-proseware-abtk-shanghai')) === 3 ? true : undefined));

    expect(await contractsCreated('bp-adatum-core')).toBe(1);
    expect(await signatureCloudContracts('org-adatum')).toBe(0);
    expect(await contractsCreated('bp-proseware-abtk-shanghai')).toBe(2);
    expect(await countRows(stack, 'support-contracts', "SELECT COUNT(*) AS n FROM support_contract WHERE id = 'sc-pb-bp-proseware-abtk-shanghai-scs' AND kind = 'SIGNATURE_CLOUD_SUPPORT'")).toBe(1);

    // Past the propagation window (PB-5/6): Adatum's Signature Cloud tile stays blank and says why; Proseware's shows its contract.
    stack.clock.advanceDays(3);
    const adatum = await tilesOf('pat', 'bp-adatum-core');
    expect(adatum.map((t) => [t.kind, t.status, t.supportContract?.kind ?? null])).toEqual([
      ['ADVISORY_HOURS', 'ACTIVE', 'PARTNER_BENEFIT'],
      ['SIGNATURE_CLOUD_INCIDENTS', 'NOT_ELIGIBLE', null],
      ['PRODUCT_SUPPORT_INCIDENTS', 'ACTIVE', 'PARTNER_BENEFIT'],
    ]);
    expect(adatum[1].failingChecks[0]).toBe('ORGANIZATION_ELIGIBLE');
    const proseware = await tilesOf('pia', 'bp-proseware-abtk-shanghai');
    expect(proseware.map((t) => [t.kind, t.status, t.supportContract?.kind ?? null])).toEqual([
      ['ADVISORY_HOURS', 'ACTIVE', 'PARTNER_BENEFIT'],
      ['SIGNATURE_CLOUD_INCIDENTS', 'ACTIVE', 'SIGNATURE_CLOUD_SUPPORT'],
      ['PRODUCT_SUPPORT_INCIDENTS', 'ACTIVE', 'PARTNER_BENEFIT'],
    ]);
  });
});
