/**
 * How each workload's requests are built from the seeded data set: whose
 * token, which variables, and which subgraph calls lie on its critical path
 * (for the gateway-overhead figure).
 */
import crypto from 'node:crypto';
import type { SubgraphName } from '../common/services';
import type { BenchDataSet } from './data/seedBenchData';
import type { GraphQLRequest } from './load';
import { AGREEMENTS_QUERY, CATALOG_QUERY, SUBMIT_MUTATION, TILES_QUERY } from './workloads';

export const WORKLOAD_NAMES = ['tiles', 'agreements', 'catalog', 'submit'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface Workload {
  name: WorkloadName;
  description: string;
  /** A fresh request generator (round-robin over users and inputs). */
  requests(): () => GraphQLRequest;
  /**
   * The subgraph calls one operation waits for, in stages: calls within a
   * stage run in parallel, stages one after another.
   */
  criticalPath: SubgraphName[][];
}

/** Searches analysts and customers type: the bench products' text and a few demo ones. */
const DEMO_SEARCHES = ['server', 'office', 'sql', 'windows', 'azure'];

function cycle<T>(items: T[]): () => T {
  if (items.length === 0) throw new Error('a workload needs at least one user or input');
  let i = 0;
  return () => items[i++ % items.length];
}

/** One operation, sent as each user in turn. */
function sameQueryRoundRobin(query: string, authorizations: string[]): () => GraphQLRequest {
  const next = cycle(authorizations);
  const body = JSON.stringify({ query });
  return () => ({ body, authorization: next() });
}

export function defineWorkloads(data: BenchDataSet, tokens: Map<string, string>): Record<WorkloadName, Workload> {
  const bearer = (sub: string) => {
    const token = tokens.get(sub);
    if (!token) throw new Error(`no token for ${sub}`);
    return `Bearer ${token}`;
  };
  return {
    tiles: {
      name: 'tiles',
      description: "a partner's benefit tiles with their contracts' balances (partner dashboards)",
      criticalPath: [['partner-benefits'], ['support-contracts', 'agreements']],
      requests: () => sameQueryRoundRobin(TILES_QUERY, data.partnerUsers.map((u) => bearer(u.sub))),
    },
    agreements: {
      name: 'agreements',
      description: "an organisation's first 50 agreements with licence lines, products and SA services (frontend)",
      criticalPath: [['agreements'], ['software-catalog']],
      requests: () => sameQueryRoundRobin(AGREEMENTS_QUERY, data.customerAdmins.map((u) => bearer(u.sub))),
    },
    catalog: {
      name: 'catalog',
      description: 'public product search, no token',
      criticalPath: [['software-catalog']],
      requests() {
        const next = cycle([data.catalogSearch, ...DEMO_SEARCHES].map((search) => JSON.stringify({ query: CATALOG_QUERY, variables: { search } })));
        return () => ({ body: next() });
      },
    },
    submit: {
      name: 'submit',
      description: 'incident submission with a fresh idempotency key, round-robin over many contracts',
      criticalPath: [['support-contracts']],
      requests() {
        const targets = data.submitters.flatMap((s) =>
          s.supportContractIds.map((supportContractId, i) => ({
            authorization: bearer(s.user.sub),
            supportContractId,
            productId: s.productIds[i % s.productIds.length],
          })),
        );
        const next = cycle(targets);
        return () => {
          const target = next();
          const input = {
            supportContractId: target.supportContractId,
            productId: target.productId,
            severity: 'C',
            title: 'Benchmark incident',
            description: 'Submitted by npm run bench',
            idempotencyKey: crypto.randomUUID(),
          };
          return { body: JSON.stringify({ query: SUBMIT_MUTATION, variables: { input } }), authorization: target.authorization };
        };
      },
    },
  };
}
