import type { Region } from '../../common/demo/organizations';
import type { Deployment } from '../../subgraphs/software-catalog/src/store/entities';
import type { BenchUser } from './seedBenchData';

/**
 * The bench world before it becomes rows: organisations, people and products,
 * with the ids every store shares. Pure and deterministic, so two runs at the
 * same scale name the same things.
 */

/** How much one unit of `scale` adds (every count below is multiplied by the scale). */
export const PER_SCALE_UNIT = {
  customerOrgs: 10,
  agreementsPerCustomer: 60,
  linesPerAgreement: 3,
  partnerOrgs: 10,
  /** Headquarters + 2 more locations; a toolkit (PB-8) at the first of the two. */
  locationsPerPartner: 3,
  products: 50,
  versionsPerProduct: 4,
  /** Active contracts of each customer's support user (the submit workload). */
  contractsPerSubmitter: 5,
  productsPerSubmitter: 10,
} as const;

/** What every bench name contains: `catalogSearch` matches bench products and nothing of the demo seed. */
export const BENCH_SEARCH = 'bench';

interface Place {
  country: string;
  region: Region;
  cities: readonly [string, string, string];
}

/** Countries cycled through by organisations, one per region rule of PB-9 (AU and TW go to the Regional Service Center, JP and ID to Technical Support). */
const PLACES: readonly Place[] = [
  { country: 'US', region: 'NORTH_AMERICA', cities: ['Seattle', 'Austin', 'Boston'] },
  { country: 'DE', region: 'EMEA', cities: ['Berlin', 'Munich', 'Hamburg'] },
  { country: 'GB', region: 'EMEA', cities: ['London', 'Leeds', 'Bristol'] },
  { country: 'AU', region: 'ASIA_PACIFIC', cities: ['Sydney', 'Melbourne', 'Perth'] },
  { country: 'BR', region: 'LATIN_AMERICA', cities: ['Sao Paulo', 'Curitiba', 'Recife'] },
  { country: 'JP', region: 'ASIA_PACIFIC', cities: ['Tokyo', 'Osaka', 'Nagoya'] },
  { country: 'TW', region: 'GREATER_CHINA', cities: ['Taipei', 'Taichung', 'Kaohsiung'] },
  { country: 'CA', region: 'NORTH_AMERICA', cities: ['Toronto', 'Vancouver', 'Montreal'] },
  { country: 'FR', region: 'EMEA', cities: ['Paris', 'Lyon', 'Lille'] },
  { country: 'ID', region: 'ASIA_PACIFIC', cities: ['Jakarta', 'Surabaya', 'Bandung'] },
];

export interface BenchProduct {
  id: string;
  name: string;
  family: string;
  deployment: Deployment;
  /** CSP-6: n-1 and n-2 for perpetual products; none for cloud services. */
  downgradeDepth: number | null;
  editions: string;
  languages: string;
}

export interface BenchOrg {
  id: string;
  name: string;
  country: string;
  region: Region;
  cities: readonly [string, string, string];
  /** 0-based index among organisations of its kind. */
  index: number;
  /** The scale unit it belongs to: its agreements license that unit's products. */
  unit: number;
}

export interface BenchCustomer extends BenchOrg {
  admin: BenchUser;
  noticeContact: BenchUser & { name: string };
  servicesAdmin: BenchUser & { name: string };
  supportUser: BenchUser;
  /** What the support user submits against: products of the organisation's unit, cloud and on-premises. */
  submitProductIds: string[];
}

export type PartnerProgram = 'GOLD' | 'SILVER';

export interface BenchPartner extends BenchOrg {
  program: PartnerProgram;
  partnerNumber: string;
  /** Program admin and support user; also the headquarters' program contact (PB-4). */
  programAdmin: BenchUser & { name: string };
}

export interface BenchWorld {
  scale: number;
  products: BenchProduct[];
  customers: BenchCustomer[];
  partners: BenchPartner[];
}

/** Zero-padded ordinal, so ids sort in creation order. */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Product families: servers and applications run on premises, online services in the cloud (SUP-4 scopes follow). */
const FAMILIES: readonly { family: string; deployment: Deployment; editions: string }[] = [
  { family: 'Bench Servers', deployment: 'ON_PREMISES', editions: 'Standard,Datacenter' },
  { family: 'Bench Servers', deployment: 'ON_PREMISES', editions: 'Standard,Enterprise' },
  { family: 'Bench Applications', deployment: 'ON_PREMISES', editions: 'Professional Plus,Standard' },
  { family: 'Bench Applications', deployment: 'ON_PREMISES', editions: 'Professional,Standard,Home' },
  { family: 'Bench Online Services', deployment: 'CLOUD', editions: 'E3,E5' },
];

const LANGUAGE_SETS = ['en-US,fr-FR,de-DE,ja-JP,id-ID', 'en-US,fr-FR,de-DE', 'en-US,ja-JP,zh-TW,id-ID'];

function product(i: number): BenchProduct {
  const f = FAMILIES[i % FAMILIES.length];
  const kind = f.family.replace('Bench ', '').replace(/s$/, '');
  return {
    id: `bench-prod-${pad(i + 1, 5)}`,
    name: `Bench ${kind} ${pad(i + 1, 5)}`,
    family: f.family,
    deployment: f.deployment,
    downgradeDepth: f.deployment === 'CLOUD' ? null : 2,
    editions: f.editions,
    languages: LANGUAGE_SETS[i % LANGUAGE_SETS.length],
  };
}

function org(prefix: 'c' | 'p', label: string, i: number): BenchOrg {
  const place = PLACES[i % PLACES.length];
  return {
    id: `bench-org-${prefix}${pad(i + 1, 4)}`,
    name: `Bench ${label} ${pad(i + 1, 4)}`,
    country: place.country,
    region: place.region,
    cities: place.cities,
    index: i,
    unit: Math.floor(i / (prefix === 'c' ? PER_SCALE_UNIT.customerOrgs : PER_SCALE_UNIT.partnerOrgs)),
  };
}

/** A person of a bench organisation; only the identity provider knows them (stores keep their `sub`). */
function person(o: BenchOrg, orgKind: BenchUser['orgKind'], handle: string, roles: BenchUser['roles']): BenchUser {
  const key = o.id.replace('bench-org-', '');
  return { sub: `bench-user-${key}-${handle}`, email: `${handle}@${key}.bench.example`, org: o.id, orgKind, roles };
}

function customer(i: number, products: BenchProduct[]): BenchCustomer {
  const o = org('c', 'Customer', i);
  const unitProducts = products.slice(o.unit * PER_SCALE_UNIT.products, (o.unit + 1) * PER_SCALE_UNIT.products);
  // Customers of a unit start at different products (5 apart), so submissions spread over the unit's catalog.
  const first = (i % PER_SCALE_UNIT.customerOrgs) * 5;
  return {
    ...o,
    admin: person(o, 'CUSTOMER', 'admin', ['global_admin']),
    noticeContact: { ...person(o, 'CUSTOMER', 'notice', ['notice_contact']), name: `Nora Notice ${pad(i + 1, 4)}` },
    servicesAdmin: { ...person(o, 'CUSTOMER', 'services', ['services_admin']), name: `Sam Services ${pad(i + 1, 4)}` },
    supportUser: person(o, 'CUSTOMER', 'support', ['support_user']),
    submitProductIds: Array.from({ length: PER_SCALE_UNIT.productsPerSubmitter }, (_, k) => unitProducts[(first + k) % unitProducts.length].id),
  };
}

function partner(i: number): BenchPartner {
  const o = org('p', 'Partner', i);
  return {
    ...o,
    program: i % 2 === 0 ? 'GOLD' : 'SILVER',
    // 7 digits like the program's partner IDs; 9xxxxxx is not used by the demo seed.
    partnerNumber: `9${pad(i + 1, 6)}`,
    programAdmin: { ...person(o, 'PARTNER', 'program', ['program_admin', 'support_user']), name: `Pat Program ${pad(i + 1, 4)}` },
  };
}

/** The bench world of a scale (integer >= 1). */
export function benchWorld(scale: number): BenchWorld {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`The bench scale must be an integer >= 1; got ${scale}.`);
  const products = Array.from({ length: PER_SCALE_UNIT.products * scale }, (_, i) => product(i));
  return {
    scale,
    products,
    customers: Array.from({ length: PER_SCALE_UNIT.customerOrgs * scale }, (_, i) => customer(i, products)),
    partners: Array.from({ length: PER_SCALE_UNIT.partnerOrgs * scale }, (_, i) => partner(i)),
  };
}

/** Products by id, for stores that need a product's deployment (SUP-4). */
export function productsById(world: BenchWorld): Map<string, BenchProduct> {
  return new Map(world.products.map((p) => [p.id, p]));
}

