import type { EventHandlers } from '../../../common/outbox';
import type { PartnerBenefitActivated, ProblemResolutionActivated } from './domain/provisionedContracts';
import { recordCaseOutcome, type ProgramSupportCaseDetailsResent } from './store/programSupportCaseCommands';
import { provisionPartnerBenefit, provisionProblemResolution } from './store/provisioningCommands';

/**
 * Events this store applies (POST /events, docs/outbox.md). Each creates
 * contracts and, in the same transaction, writes the reply that tells the
 * sender which contract now exists (so it can leave PROVISIONING honestly).
 * The contract starts when the event is applied (SUP-1: one year from then).
 * Its IDs are drawn at random (SUP-11), so a second delivery of the same event
 * would mint a second pair: the inbox (same transaction) is what prevents it.
 * The events this store sends are written by its `store/` commands.
 */
export const supportEventHandlers: EventHandlers = {
  /** AGR-8. */
  async ProblemResolutionSupportActivated(tx, event, { clock }) {
    await provisionProblemResolution(tx, event.payload as unknown as ProblemResolutionActivated, clock.now());
  },

  /**
   * PB-4, SUP-7. Also answers a repeated request for the same package
   * (partner-benefits asks again when the contracts are overdue, PB-5/6):
   * existing contracts are kept and named in the reply, missing ones created.
   */
  async PartnerBenefitActivated(tx, event, { clock }) {
    await provisionPartnerBenefit(tx, event.payload as unknown as PartnerBenefitActivated, clock.now());
  },

  /** SUP-10: partner-benefits re-sent a case's details to the program contact of record (or found none). */
  async ProgramSupportCaseDetailsResent(tx, event) {
    await recordCaseOutcome(tx, event.payload as unknown as ProgramSupportCaseDetailsResent);
  },
};
