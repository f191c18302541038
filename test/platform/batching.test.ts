import { AgreementRow, LicenseLineRow } from '../../subgraphs/agreements/src/store/entities';
import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
beforeAll(async () => {
  // Statements are counted per subgraph to prove their batching: no gateway entity cache (the catalog's share would otherwise be answered from memory the second time).
  stack = await startStack({ env: { GATEWAY_ENTITY_CACHE_MB: '0' } });
});
afterAll(async () => {
  await stack?.stop();
});

/** Gives Fabrikam `total` agreements (it has one seeded), each with two licence lines. */
async function growFabrikamTo(total: number): Promise<void> {
  const db = stack.subgraphs.agreements.service.store.dataSource;
  const existing = await db.getRepository(AgreementRow).countBy({ organizationId: 'org-fabrikam' });
  const agreements: AgreementRow[] = [];
  const lines: LicenseLineRow[] = [];
  for (let i = existing; i < total; i++) {
    const id = `agr-batch-${i}`;
    agreements.push({ id, number: `77${String(i).padStart(8, '0')}`, organizationId: 'org-fabrikam', resellerPartnerId: null, program: 'SELECT', status: 'ACTIVE', startDate: '2024-01-01', endDate: '2026-12-31' });
    lines.push({ id: `${id}-1`, agreementId: id, productId: 'prod-sql-server', quantity: 10, saCoveredUntil: '2026-12-31' });
    lines.push({ id: `${id}-2`, agreementId: id, productId: 'prod-m365', quantity: 5, saCoveredUntil: null });
  }
  await db.getRepository(AgreementRow).insert(agreements);
  await db.getRepository(LicenseLineRow).insert(lines);
}

// Lists crossing all four subgraphs: licence lines and SA services (agreements), products (catalog),
// the organisation's contracts (support) and membership (benefits), once per agreement.
const QUERY = `query {
  myAgreements(first: 200) {
    totalCount
    nodes {
      number
      saServices { kind }
      licenseLines { quantity product { name deployment } }
      organization { name supportContracts { displayName } partnerMembership { program } }
    }
  }
}`;

async function statementsPerSubgraph(): Promise<{ total: number; bySubgraph: Record<string, number>; agreements: number }> {
  const before = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.sqlStatements()]));
  const res = await stack.queryGateway<{ myAgreements: { totalCount: number; nodes: { licenseLines: { product: { name: string } }[] }[] } }>(QUERY, { as: 'bob' });
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.myAgreements.nodes;
  expect(nodes.every((n) => n.licenseLines.every((l) => typeof l.product.name === 'string'))).toBe(true);
  const bySubgraph = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.sqlStatements() - before[s.name]]));
  return { total: Object.values(bySubgraph).reduce((a, b) => a + b, 0), bySubgraph, agreements: nodes.length };
}

describe('batching across subgraphs (per-request DataLoaders)', () => {
  it('runs the same number of SQL statements for 10 and for 100 agreements with their children', async () => {
    await growFabrikamTo(10);
    const ten = await statementsPerSubgraph();
    await growFabrikamTo(100);
    const hundred = await statementsPerSubgraph();
    expect(ten.agreements).toBe(10);
    expect(hundred.agreements).toBe(100);
    expect(hundred.bySubgraph).toEqual(ten.bySubgraph);
    expect(ten.total).toBeGreaterThan(0);
  });
});
