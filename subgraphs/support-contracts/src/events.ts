import { writeOutboxEvent, type EventHandlers } from '../../../common/outbox';
import {
  partnerBenefitContracts,
  problemResolutionContract,
  type PartnerBenefitActivated,
  type ProblemResolutionActivated,
} from './domain/provisionedContracts';
import { insertProvisionedContract } from './store/contractIdIssuer';

/**
 * Events this store applies (POST /events, docs/outbox.md). Each creates
 * contracts and, in the same transaction, writes the reply that tells the
 * sender which contract now exists (so it can leave PROVISIONING honestly).
 * The contract starts when the event is applied (SUP-1: one year from then).
 * Its IDs are drawn at random (SUP-11), so a second delivery of the same event
 * would mint a second pair: the inbox (same transaction) is what prevents it.
 */
export const supportEventHandlers: EventHandlers = {
  /** AGR-8. */
  async ProblemResolutionSupportActivated(tx, event, { clock }) {
    const p = event.payload as unknown as ProblemResolutionActivated;
    const now = clock.now();
    const contract = await insertProvisionedContract(tx, problemResolutionContract(p, now));
    await writeOutboxEvent(
      tx,
      {
        destination: 'agreements',
        type: 'SupportContractProvisioned',
        payload: { agreementId: p.agreementId, service: 'PROBLEM_RESOLUTION_SUPPORT', supportContractId: contract.id },
      },
      now,
    );
  },

  /** PB-4, SUP-7. */
  async PartnerBenefitActivated(tx, event, { clock }) {
    const p = event.payload as unknown as PartnerBenefitActivated;
    const now = clock.now();
    const { contracts, byEntitlement } = partnerBenefitContracts(p, now);
    // One by one: a collision redraws only the contract that collided.
    for (const contract of contracts) await insertProvisionedContract(tx, contract);
    await writeOutboxEvent(
      tx,
      { destination: 'partner-benefits', type: 'PartnerBenefitContractsProvisioned', payload: { packageId: p.packageId, entitlements: byEntitlement } },
      now,
    );
  },
};
