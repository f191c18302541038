import type { EventHandlers } from '../../../common/outbox';
import { programContactRecipient } from './domain/detailsRecipient';
import { BenefitDetailsResendRow, BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow } from './store/entities';

/** Reply from support-contracts (PB-4, SUP-7): which contract backs each entitlement of an activated package. */
export interface PartnerBenefitContractsProvisioned {
  packageId: string;
  entitlements: { entitlementId: string; supportContractId: string }[];
}

/** From support-contracts (SUP-11): these contracts of a package got new IDs; re-send the details. */
export interface SupportContractIdsReissued {
  packageId: string;
  supportContractIds: string[];
  reason: string;
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
  /**
   * SUP-10, SUP-11: the details go again to the package's program contact of
   * record (headquarters for core benefits, the location for a toolkit: the
   * PB-4 recipient), whoever received them at activation; recorded as a re-send.
   */
  async SupportContractIdsReissued(tx, event, { clock }) {
    const p = event.payload as unknown as SupportContractIdsReissued;
    const pkg = await tx.getRepository(BenefitPackageRow).findOneBy({ id: p.packageId });
    if (!pkg) throw new Error(`no benefit package ${p.packageId}`);
    const locations = await tx.getRepository(PartnerLocationRow).findBy({ membershipId: pkg.membershipId });
    const location = locations.find((l) => l.id === pkg.locationId);
    const headquarters = locations.find((l) => l.isHeadquarters) ?? location;
    if (!location || !headquarters) throw new Error(`benefit package ${p.packageId} has no location on record`);
    const recipient = programContactRecipient(pkg.kind, headquarters, location);
    const sentAt = clock.now();
    await tx.getRepository(BenefitDetailsResendRow).insert(
      p.supportContractIds.map((supportContractId) => ({
        packageId: p.packageId,
        supportContractId,
        reason: p.reason,
        recipientKind: recipient.kind,
        recipientName: recipient.name,
        recipientEmail: recipient.email,
        sentAt,
      })),
    );
  },
};
