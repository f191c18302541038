import { writeOutboxEvent, type EventHandlers } from '../../../common/outbox';
import {
  partnerBenefitContracts,
  problemResolutionContract,
  type PartnerBenefitActivated,
  type ProblemResolutionActivated,
} from './domain/provisionedContracts';
import { In } from 'typeorm';
import { insertProvisionedContract } from './store/contractIdIssuer';
import { SupportContractRow } from './store/entities';
import { recordCaseOutcome, type ProgramSupportCaseDetailsResent } from './store/programSupportCases';

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

  /**
   * PB-4, SUP-7. Also answers a repeated request for the same package
   * (partner-benefits asks again when the contracts are overdue, PB-5/6):
   * contracts that already exist are kept as they are, pair and balance
   * included, and named in the reply; only missing ones are created.
   */
  async PartnerBenefitActivated(tx, event, { clock }) {
    const p = event.payload as unknown as PartnerBenefitActivated;
    const now = clock.now();
    const { contracts, byEntitlement } = partnerBenefitContracts(p, now);
    const existing = await tx.getRepository(SupportContractRow).findBy({ id: In(contracts.map((c) => c.id)) });
    if (existing.some((c) => c.organizationId !== p.organizationId)) throw new Error(`contracts of package ${p.packageId} belong to another organisation`);
    const have = new Set(existing.map((c) => c.id));
    // One by one: a collision redraws only the contract that collided.
    for (const contract of contracts) if (!have.has(contract.id)) await insertProvisionedContract(tx, contract);
    await writeOutboxEvent(
      tx,
      { destination: 'partner-benefits', type: 'PartnerBenefitContractsProvisioned', payload: { packageId: p.packageId, entitlements: byEntitlement } },
      now,
    );
  },

  /** SUP-10: partner-benefits re-sent a case's details to the program contact of record (or found none). */
  async ProgramSupportCaseDetailsResent(tx, event) {
    await recordCaseOutcome(tx, event.payload as unknown as ProgramSupportCaseDetailsResent);
  },
};
