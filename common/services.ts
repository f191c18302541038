/**
 * The four subgraphs of the graph: their names, default ports and default
 * database names. One list, read by the config, the composer, the launcher,
 * the test harness and the docker-compose test, so they cannot disagree.
 */
export interface SubgraphDescriptor {
  /** Subgraph name as it appears in the supergraph (`@join__graph(name:)`). */
  readonly name: SubgraphName;
  /** Prefix of this subgraph's environment variables, e.g. `AGREEMENTS`. */
  readonly envPrefix: string;
  /** Port used when `<PREFIX>_PORT` is not set. */
  readonly defaultPort: number;
  /** MySQL database used when `<PREFIX>_DATABASE_URL` is not set. */
  readonly defaultDatabase: string;
}

export type SubgraphName = 'agreements' | 'support-contracts' | 'software-catalog' | 'partner-benefits';

export const SUBGRAPHS: readonly SubgraphDescriptor[] = [
  { name: 'agreements', envPrefix: 'AGREEMENTS', defaultPort: 4001, defaultDatabase: 'agreements' },
  { name: 'support-contracts', envPrefix: 'SUPPORT_CONTRACTS', defaultPort: 4002, defaultDatabase: 'support_contracts' },
  { name: 'software-catalog', envPrefix: 'SOFTWARE_CATALOG', defaultPort: 4003, defaultDatabase: 'software_catalog' },
  { name: 'partner-benefits', envPrefix: 'PARTNER_BENEFITS', defaultPort: 4004, defaultDatabase: 'partner_benefits' },
];

export const GATEWAY_DEFAULT_PORT = 4000;

export function subgraphDescriptor(name: string): SubgraphDescriptor {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) {
    throw new Error(`Unknown subgraph "${name}". Known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  }
  return found;
}
