import type { EntityManager } from 'typeorm';

/**
 * Changes here that must cause a change in another store (design.md,
 * "Changes that cross stores"). The cross-store issue will write each event
 * as an outbox row in THIS transaction, to be relayed to the owning subgraph:
 *
 * - `ProblemResolutionSupportActivated` → support-contracts creates the SA
 *   support contract with the incident count (AGR-8).
 * - `SoftwarePurchased` / `SoftwarePurchaseCancelled` → software-catalog
 *   creates the key entitlement / revokes the keys (CSP-2, CSP-3).
 *
 * Until then this is the single seam every such mutation already calls, with
 * the transaction it must write in; it writes nothing yet.
 */
export type CrossStoreEvent =
  | { type: 'ProblemResolutionSupportActivated'; agreementId: string; organizationId: string; incidents: number; at: Date }
  | {
      type: 'SoftwarePurchased';
      subscriptionId: string;
      customerId: string;
      partnerId: string;
      productId: string;
      kind: 'SUBSCRIPTION' | 'PERPETUAL';
      quantity: number;
      at: Date;
    }
  | { type: 'SoftwarePurchaseCancelled'; subscriptionId: string; customerId: string; partnerId: string; at: Date };

/** Records a cross-store event in the caller's transaction (outbox: delivered by the cross-store issue). */
export async function recordCrossStoreEvent(_tx: EntityManager, _event: CrossStoreEvent): Promise<void> {
  // Deliberately empty: the outbox table and relay arrive with the cross-store issue.
}
