import type { EventHandlers } from '../../../common/outbox';
import { BenefitEntitlementRow } from './store/entities';

/** Reply from support-contracts (PB-4, SUP-7): which contract backs each entitlement of an activated package. */
export interface PartnerBenefitContractsProvisioned {
  packageId: string;
  entitlements: { entitlementId: string; supportContractId: string }[];
}

/** Events this store applies (POST /events, docs/outbox.md). */
export const benefitsEventHandlers: EventHandlers = {
  async PartnerBenefitContractsProvisioned(tx, event) {
    const p = event.payload as unknown as PartnerBenefitContractsProvisioned;
    const repo = tx.getRepository(BenefitEntitlementRow);
    for (const e of p.entitlements) {
      const result = await repo.update({ id: e.entitlementId, packageId: p.packageId }, { supportContractId: e.supportContractId });
      if (!result.affected) throw new Error(`no entitlement ${e.entitlementId} in package ${p.packageId}`);
    }
  },
};
