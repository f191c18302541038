import type { Deployment } from '../store/entities';

/**
 * Parents of the entities this subgraph extends (codegen.mappers.ts): the
 * owner resolves them, so all this subgraph ever receives is the key, plus the
 * fields it `@requires`.
 */

/** An organisation as a federation reference: its key only. */
export interface OrganizationRef {
  id: string;
}

/** A catalog product as a federation reference: its key, and `deployment` when the gateway supplies it (@requires). */
export interface ProductRef {
  id: string;
  deployment?: Deployment;
}
