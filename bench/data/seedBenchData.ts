import type { DataSource } from 'typeorm';
import type { OrganizationKind, Role } from '../../common/identity';
import type { SubgraphName } from '../../common/services';
import { OrganizationRow } from '../../subgraphs/agreements/src/store/entities';
import { agreementsRows } from './agreementsRows';
import { benefitsRows } from './benefitsRows';
import { catalogRows } from './catalogRows';
import { insertStore } from './insertRows';
import { supportRows } from './supportRows';
import { BENCH_SEARCH, benchWorld, type BenchWorld } from './world';

export interface BenchUser {
  sub: string;
  email: string;
  org: string;
  orgKind: OrganizationKind;
  roles: Role[];
}

export interface BenchDataSet {
  scale: number;
  /** tiles workload: program admins (also support_user) of partner orgs; each sees 6 ACTIVE tiles (core at HQ + a toolkit at one location, 3 entitlements each), every tile backed by a support contract with balances. */
  partnerUsers: BenchUser[];
  /** agreements workload: global admins of customer orgs; each org has at least 60 agreements, each with 3 licence lines on bench products and some SA services activated (so saServices is non-empty). */
  customerAdmins: BenchUser[];
  /** submit workload: support users, each with the contracts (at least 5) and products they may submit against successfully; contracts hold a very large incident balance (e.g. 1,000,000) so a benchmark never exhausts them. */
  submitters: { user: BenchUser; supportContractIds: string[]; productIds: string[] }[];
  /** catalog workload: a search text matching at least 20 bench products (each with several versions, languages and editions). */
  catalogSearch: string;
  /** Rows inserted per store (for docs/performance.md). */
  rows: Record<SubgraphName, number>;
}

/**
 * Adds the bench data set of the given scale (integer >= 1) to stores that
 * hold the demo seed (or are empty but migrated). Every string id starts
 * with `bench-` (incidents take the store's auto-increment ids; their
 * idempotency keys start with `bench-seed-`), and digit IDs and agreement
 * numbers use ranges the demo seed does not, so nothing collides with the
 * demo data. A second call on the same stores is refused.
 *
 * Dates are relative to `now` (default: the system clock, which `npm run
 * bench` runs on). A stack on a manual clock must pass that clock's time,
 * or contracts, SA coverage and benefit activations would be judged at
 * another date than the one they were made for.
 *
 * Per scale unit (everything is multiplied by `scale`; nothing else grows):
 *
 * | store | rows per unit | what |
 * |---|---|---|
 * | agreements | 7,220 | 20 organisations (10 CUSTOMER, 10 PARTNER); 600 agreements (60 per customer, ACTIVE, ENTERPRISE/SELECT/MPSA/OPEN); 1,800 licence lines (3 per agreement on the unit's products, 85 SA-covered licences: the 50–249 tier); 600 onboarded notice contacts; 600 services administrators; 1,200 invitations (notice contact + administrator per agreement); 1,200 rights and 1,200 activations (ELEARNING and TRAINING_VOUCHERS per agreement) |
 * | support-contracts | 340 | 50 product scopes (every bench product, SUP-4); 100 contracts (per customer 5 active PRODUCT_SUPPORT of 1,000,000 incidents + 1 expired 5-pack; per partner 4: product support and Signature Cloud for core and toolkit); 190 incidents (2 per active customer contract, 3 on the expired one, 2/1 per partner product-support/Signature Cloud contract) |
 * | software-catalog | 250 | 50 products (20 servers and 20 applications on premises, 10 cloud online services; all named `Bench …`); 200 versions (4 per product, 3–5 languages, 2–3 editions) |
 * | partner-benefits | 130 | 10 memberships (GOLD/SILVER); 30 locations (HQ + 2); 20 packages (core + 1 toolkit, both activated); 60 entitlements (3 per package, each with its contract); 10 advisory requests |
 *
 * Total 7,940 rows per unit (scale 10: 79,400 rows, about 4 s on a local
 * MariaDB). Each store is filled in one transaction of chunked multi-row
 * INSERTs; the four stores are filled in parallel, so a failure in one
 * store does not undo the others (seed fresh databases again).
 */
export async function seedBenchData(stores: Record<SubgraphName, DataSource>, scale: number, now: Date = new Date()): Promise<BenchDataSet> {
  const world = benchWorld(scale);
  await refuseSecondSeed(stores.agreements, world);
  const support = supportRows(world, now);
  // Four databases: no transaction spans them, so they are filled side by side.
  const [agreements, supportContracts, softwareCatalog, partnerBenefits] = await Promise.all([
    insertStore(stores.agreements, agreementsRows(world, now)),
    insertStore(stores['support-contracts'], support.tables),
    insertStore(stores['software-catalog'], catalogRows(world, now)),
    insertStore(stores['partner-benefits'], benefitsRows(world.partners, now)),
  ]);
  return {
    scale,
    partnerUsers: world.partners.map((p) => user(p.programAdmin)),
    customerAdmins: world.customers.map((c) => user(c.admin)),
    submitters: world.customers.map((c) => ({
      user: user(c.supportUser),
      supportContractIds: support.submitterContracts.get(c.id) ?? [],
      productIds: [...c.submitProductIds],
    })),
    catalogSearch: BENCH_SEARCH,
    rows: { agreements, 'support-contracts': supportContracts, 'software-catalog': softwareCatalog, 'partner-benefits': partnerBenefits },
  };
}

/** Just the token claims (world users carry a display name too). */
function user(u: BenchUser): BenchUser {
  return { sub: u.sub, email: u.email, org: u.org, orgKind: u.orgKind, roles: [...u.roles] };
}

/** Ids are deterministic, so a second seed would fail half-way on duplicate keys: say so before writing anything. */
async function refuseSecondSeed(agreements: DataSource, world: BenchWorld): Promise<void> {
  const first = world.customers[0].id;
  if (await agreements.getRepository(OrganizationRow).existsBy({ id: first })) {
    throw new Error(`These stores already hold bench data (organisation ${first}); seed fresh databases instead.`);
  }
}
