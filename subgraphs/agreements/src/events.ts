import type { EntityManager } from 'typeorm';
import { writeOutboxEvent, type EventHandlers } from '../../../common/outbox';
import type { SubgraphName } from '../../../common/services';
import { SaServiceActivationRow } from './store/entities';

/**
 * Changes here that must cause a change in another store (design.md,
 * "Changes that cross stores", docs/outbox.md). Each event is written as an
 * outbox row in the caller's transaction and relayed to the owning subgraph:
 *
 * - `ProblemResolutionSupportActivated` → support-contracts creates the SA
 *   support contract with the incident count (AGR-8), then replies with
 *   `SupportContractProvisioned` (handled below).
 * - `SoftwarePurchased` / `SoftwarePurchaseCancelled` → software-catalog
 *   creates the key entitlement / revokes the keys (CSP-2, CSP-3).
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

const DESTINATION: Record<CrossStoreEvent['type'], SubgraphName> = {
  ProblemResolutionSupportActivated: 'support-contracts',
  SoftwarePurchased: 'software-catalog',
  SoftwarePurchaseCancelled: 'software-catalog',
};

/** Records a cross-store event in the caller's transaction (the outbox row commits with the change or not at all). */
export async function recordCrossStoreEvent(tx: EntityManager, event: CrossStoreEvent): Promise<void> {
  const { type, at, ...payload } = event;
  await writeOutboxEvent(tx, { destination: DESTINATION[type], type, payload }, at);
}

/** Reply from support-contracts (AGR-8): the Problem Resolution contract now exists. */
export interface SupportContractProvisioned {
  agreementId: string;
  service: string;
  supportContractId: string;
}

/** Events this store applies (POST /events). */
export const agreementsEventHandlers: EventHandlers = {
  async SupportContractProvisioned(tx, event) {
    const p = event.payload as unknown as SupportContractProvisioned;
    const result = await tx
      .getRepository(SaServiceActivationRow)
      .update({ agreementId: p.agreementId, service: p.service }, { supportContractId: p.supportContractId });
    // The activation committed before its event left, so it must exist: fail loudly (the sender retries and logs).
    if (!result.affected) throw new Error(`no ${p.service} activation on agreement ${p.agreementId}`);
  },
};
