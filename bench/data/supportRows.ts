import { addDays } from '../../common/clock';
import { scopeCovers, effectiveScope } from '../../subgraphs/support-contracts/src/domain/eligibility';
import { contractExpiry } from '../../subgraphs/support-contracts/src/domain/expiry';
import { responseTimeMinutes } from '../../subgraphs/support-contracts/src/domain/responseTime';
import { ProductScopeRow, SupportContractRow, SupportIncidentRow } from '../../subgraphs/support-contracts/src/store/entities';
import { table, type TableRows } from './insertRows';
import { partnerPackages } from './partnerPackages';
import type { BenchUser } from './seedBenchData';
import { pad, PER_SCALE_UNIT, productsById, type BenchCustomer, type BenchProduct, type BenchWorld } from './world';

/** SUP-5: a benchmark never exhausts these contracts, however long it submits. */
export const SUBMITTER_INCIDENTS = 1_000_000;
/** SUP-1: the submit workload's contracts started a month ago and expire in eleven months. */
const CONTRACT_STARTED_DAYS_AGO = 30;
/** An expired 5-pack per customer (SUP-4 offers it for nothing): started 400 days ago, so it expired 35 days ago. */
const EXPIRED_STARTED_DAYS_AGO = 400;

/** Incidents already used, per contract: the balances shown are what these incidents left (SUP-5). */
const USED = { submitterContract: 2, expiredContract: 3, partnerProductSupport: 2, partnerSignatureCloud: 1 } as const;
/** Advisory hours already used on a partner's product-support contracts (the advisory requests are in partner-benefits). */
const ADVISORY_HOURS_USED = 4;

export interface SupportPlan {
  tables: TableRows[];
  /** Per customer organisation: the contracts its support user submits against. */
  submitterContracts: Map<string, string[]>;
}

/** Sequential digit IDs (SUP-2): 0990… and 80… are used by neither the demo seed nor provisioned contracts (023…, 003…, 04…). */
function digitIds(n: number): { accessId: string; contractId: string } {
  return { accessId: `0990${pad(n, 6)}`, contractId: `80${pad(n, 8)}` };
}

interface Usage {
  contract: SupportContractRow;
  user: BenchUser;
  count: number;
  /** Products the incidents are about, in the contract's scope (SUP-4). */
  products: readonly BenchProduct[];
}

/**
 * SUP-5: the incidents a contract has used; deducts them from the contract's
 * balance (the row is not inserted yet), so balance and history agree.
 * The first is resolved, the rest open; all between the contract's start and
 * now. Idempotency keys are unique per user, like real submissions.
 */
function incidentsOf({ contract, user, count, products }: Usage): Omit<SupportIncidentRow, 'id'>[] {
  const eligible = products.filter((p) => scopeCovers(effectiveScope(contract), p.deployment));
  if (eligible.length === 0) throw new Error(`bench contract ${contract.id} has no product in its scope to have incidents about`);
  contract.incidentsRemaining -= count;
  return Array.from({ length: count }, (_, k) => {
    const createdAt = addDays(contract.startsAt, k + 1);
    const severity = (['B', 'C', 'A'] as const)[k % 3];
    const title = `Bench incident ${k + 1} on ${contract.id}`;
    return {
      supportContractId: contract.id,
      organizationId: user.org,
      userId: user.sub,
      productId: eligible[k % eligible.length].id,
      severity,
      title,
      description: `${title}: seeded history for the benchmark.`,
      status: k === 0 ? 'RESOLVED' : 'OPEN',
      responseTimeMinutes: responseTimeMinutes(contract.kind, severity),
      idempotencyKey: `bench-seed-${contract.id}-${k + 1}`,
      createdAt,
      updatedAt: k === 0 ? addDays(createdAt, 1) : createdAt,
      closedAt: k === 0 ? addDays(createdAt, 1) : null,
    };
  });
}

function customerContracts(c: BenchCustomer, firstNumber: number, now: Date): { active: SupportContractRow[]; expired: SupportContractRow } {
  const key = c.id.slice('bench-org-'.length);
  const startsAt = addDays(now, -CONTRACT_STARTED_DAYS_AGO);
  const active = Array.from({ length: PER_SCALE_UNIT.contractsPerSubmitter }, (_, k): SupportContractRow => ({
    id: `bench-sc-${key}-${k + 1}`,
    ...digitIds(firstNumber + k),
    organizationId: c.id,
    kind: 'PRODUCT_SUPPORT',
    scope: 'ALL',
    label: 'Premier Support Bench Pack',
    incidentsGranted: SUBMITTER_INCIDENTS,
    incidentsRemaining: SUBMITTER_INCIDENTS,
    advisoryHoursGranted: 0,
    advisoryHoursRemaining: 0,
    startsAt,
    expiresAt: contractExpiry(startsAt),
  }));
  const expiredStart = addDays(now, -EXPIRED_STARTED_DAYS_AGO);
  const expired: SupportContractRow = {
    id: `bench-sc-${key}-expired`,
    ...digitIds(firstNumber + PER_SCALE_UNIT.contractsPerSubmitter),
    organizationId: c.id,
    kind: 'PRODUCT_SUPPORT',
    scope: 'ON_PREMISES',
    label: '5Pack Professional Support',
    incidentsGranted: 5,
    incidentsRemaining: 5,
    advisoryHoursGranted: 0,
    advisoryHoursRemaining: 0,
    startsAt: expiredStart,
    expiresAt: contractExpiry(expiredStart),
  };
  return { active, expired };
}

/**
 * Rows of the support-contracts store: the SUP-4 product scopes of every
 * bench product, each customer's contracts (5 active, 1 expired) with some
 * history, and the contracts behind every partner's benefit tiles with
 * theirs. No contract links (SUP-3): every workload uses contracts of the
 * caller's own organisation, which need none.
 */
export function supportRows(world: BenchWorld, now: Date): SupportPlan {
  const scopes: ProductScopeRow[] = world.products.map((p) => ({ productId: p.id, deployment: p.deployment }));
  const contracts: SupportContractRow[] = [];
  const incidents: Omit<SupportIncidentRow, 'id'>[] = [];
  const submitterContracts = new Map<string, string[]>();
  const perCustomer = PER_SCALE_UNIT.contractsPerSubmitter + 1;
  const byId = productsById(world);

  for (const c of world.customers) {
    const { active, expired } = customerContracts(c, c.index * perCustomer + 1, now);
    const products = c.submitProductIds.flatMap((id) => byId.get(id) ?? []);
    for (const contract of active) incidents.push(...incidentsOf({ contract, user: c.supportUser, count: USED.submitterContract, products }));
    incidents.push(...incidentsOf({ contract: expired, user: c.supportUser, count: USED.expiredContract, products }));
    contracts.push(...active, expired);
    submitterContracts.set(c.id, active.map((x) => x.id));
  }

  for (const p of world.partners) {
    const unitProducts = world.products.slice(p.unit * PER_SCALE_UNIT.products, (p.unit + 1) * PER_SCALE_UNIT.products);
    for (const pkg of partnerPackages(p, now)) {
      for (const contract of pkg.contracts) {
        const cloud = contract.kind === 'SIGNATURE_CLOUD_SUPPORT';
        incidents.push(...incidentsOf({ contract, user: p.programAdmin, count: cloud ? USED.partnerSignatureCloud : USED.partnerProductSupport, products: unitProducts }));
        if (contract.advisoryHoursGranted > 0) contract.advisoryHoursRemaining = contract.advisoryHoursGranted - ADVISORY_HOURS_USED;
        contracts.push(contract);
      }
    }
  }

  return {
    tables: [table(ProductScopeRow, scopes), table(SupportContractRow, contracts), table(SupportIncidentRow, incidents)],
    submitterContracts,
  };
}
