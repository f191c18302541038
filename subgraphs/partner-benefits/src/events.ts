import type { EventHandlers } from '../../../common/outbox';
import { answerProgramSupportCase, recordProvisionedContracts, resendReissuedDetails } from './store/eventCommands';

/** Reply from support-contracts (PB-4, SUP-7): which contract backs each entitlement of an activated package. */
export interface PartnerBenefitContractsProvisioned {
  packageId: string;
  entitlements: { entitlementId: string; supportContractId: string }[];
}

/**
 * From support-contracts (SUP-11): these contracts got new IDs; re-send the
 * details. `packageId` when the sender knows it (contracts the graph
 * provisioned are named after their package); otherwise the packages are the
 * ones whose entitlements the contracts back.
 */
export interface SupportContractIdsReissued {
  packageId?: string;
  supportContractIds: string[];
  reason: string;
}

/** From support-contracts (SUP-10): a program support case asks for a contract's details to be re-sent. */
export interface ProgramSupportCaseOpened {
  caseId: string;
  caseNumber: string;
  organizationId: string;
  supportContractId: string;
}

/** Events this store applies (POST /events, docs/outbox.md); what each writes is in `store/eventCommands.ts`. */
export const benefitsEventHandlers: EventHandlers = {
  /** PB-4, SUP-7: the contract that backs each entitlement. */
  async PartnerBenefitContractsProvisioned(tx, event) {
    await recordProvisionedContracts(tx, event.payload as unknown as PartnerBenefitContractsProvisioned);
  },
  /** SUP-10, SUP-11: re-send the details to the program contact of record. */
  async SupportContractIdsReissued(tx, event, { clock }) {
    await resendReissuedDetails(tx, event.payload as unknown as SupportContractIdsReissued, clock.now());
  },
  /** SUP-10: re-send the details of a program support case's contract, and reply who got them. */
  async ProgramSupportCaseOpened(tx, event, { clock }) {
    await answerProgramSupportCase(tx, event.payload as unknown as ProgramSupportCaseOpened, clock.now());
  },
};
