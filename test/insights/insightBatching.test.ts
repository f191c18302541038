import { startStack, type Stack } from '../harness/stack';
import { insertCatalogFacts, insertIncidents, insertPackages, insertSaActivations } from './fixtures';

/**
 * Issue 17: the analysts' fields are aggregates the stores compute, and the
 * organisation list resolves its children through per-request loaders, so the
 * SQL statements of one analyst operation do not grow with the number of
 * organisations (the batching tests' method: a short and a long list, the same
 * count per subgraph).
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

let grown = 0;
/** Adds organisations, each with an SA activation, incidents, a waiting package and catalog activity, up to `total`. */
async function growTo(total: number): Promise<void> {
  const ids = Array.from({ length: total - grown }, (_, i) => `ins-batch-${grown + i}`);
  grown = total;
  await insertSaActivations(
    stack.subgraphs.agreements.service.store.dataSource,
    ids.map((org, i) => ({ agreement: `${org}-agr`, organization: org, program: i % 2 ? 'SELECT' : 'ENTERPRISE', service: 'TRAINING_VOUCHERS', entitled: 5, assigned: i % 5, activatedAt: '2026-06-01T00:00:00Z' })),
  );
  await insertIncidents(
    stack.subgraphs['support-contracts'].service.store.dataSource,
    ids.flatMap((org) => [
      { contract: `${org}-sc`, kind: 'PRODUCT_SUPPORT' as const, organization: org, status: 'RESOLVED' as const, createdAt: '2026-05-02T00:00:00Z' },
      { contract: `${org}-sc`, kind: 'PRODUCT_SUPPORT' as const, organization: org, status: 'NON_DECREMENT' as const, createdAt: '2026-06-02T00:00:00Z' },
    ]),
  );
  await insertPackages(
    stack.subgraphs['partner-benefits'].service.store.dataSource,
    ids.map((org) => ({ id: `${org}-p`, organization: org, program: 'GOLD' as const, region: 'EMEA' as const, channel: 'REGIONAL_SERVICE_CENTER' as const, activatedAt: '2026-06-10T00:00:00Z', contractsRecorded: [false] })),
  );
  await insertCatalogFacts(stack.subgraphs['software-catalog'].service.store.dataSource, {
    products: [{ id: 'ins-batch-prod', name: 'Insight Batch' }],
    registrations: ids.map((org) => ({ product: 'ins-batch-prod', user: `${org}-u`, organization: org, via: 'PRODUCT_LIST' as const, at: '2026-06-01T00:00:00Z' })),
    downloads: ids.map((org) => ({ product: 'ins-batch-prod', user: `${org}-u`, organization: org, at: '2026-06-01T00:00:00Z' })),
    licences: ids.map((org) => ({ number: `${org}-lic`, product: 'ins-batch-prod', organization: org, renewalDate: '2026-06-01' })),
  });
}

// Every insight, and a page of organisations with children owned by three other subgraphs.
const QUERY = `{
  organizations(first: 200, search: "ins-batch") { totalCount nodes { name supportContracts { displayName } partnerMembership { program } } }
  saServiceInsights { program kind activatedCount assignedQuantity }
  supportIncidentInsights { month contractKind submitted creditedBack }
  benefitActivationInsights { region channel waiting delayed oldestWaitingHours }
  catalogInsights { mostRegistered { productName count } mostDownloaded { productName count } licencesToRenew { productName expired } }
}`;

async function statementsPerSubgraph(): Promise<{ bySubgraph: Record<string, number>; organizations: number }> {
  const before = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.sqlStatements()]));
  const res = await stack.queryGateway<{ organizations: { totalCount: number } }>(QUERY, { as: 'ana' });
  expect(res.errors).toBeUndefined();
  const bySubgraph = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.sqlStatements() - before[s.name]]));
  return { bySubgraph, organizations: res.data!.organizations.totalCount };
}

describe('analyst insights batching', () => {
  it('AGR-1 SUP-6 PB-9 MP-5 run the same number of SQL statements for 10 and for 100 organisations', async () => {
    await growTo(10);
    const ten = await statementsPerSubgraph();
    await growTo(100);
    const hundred = await statementsPerSubgraph();
    expect(ten.organizations).toBe(10);
    expect(hundred.organizations).toBe(100);
    expect(hundred.bySubgraph).toEqual(ten.bySubgraph);
  });
});
