/**
 * Federation references: what this subgraph knows of an entity another
 * subgraph owns is its key alone. Resolvers that receive or return one say
 * so with these types (codegen.mappers.ts).
 */

/** An organisation (owned by agreements), as this subgraph receives it: its key. */
export interface OrganizationRef {
  id: string;
}

/** A support contract (owned by support-contracts, `resolvable: false` here): its key. */
export interface SupportContractRef {
  id: string;
}

/** The reference to a recorded support contract, or `null` while there is none. */
export const supportContractRef = (id: string | null): SupportContractRef | null => (id ? { id } : null);
