import { In, type EntityManager } from 'typeorm';
import type { EventHandlers } from '../../../common/outbox';
import { programContactRecipient } from './domain/detailsRecipient';
import { BenefitDetailsResendRow, BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow } from './store/entities';

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
    const sentAt = clock.now();
    for (const [packageId, supportContractIds] of await packagesOf(tx, p)) {
      const pkg = await tx.getRepository(BenefitPackageRow).findOneBy({ id: packageId });
      if (!pkg) throw new Error(`no benefit package ${packageId}`);
      const locations = await tx.getRepository(PartnerLocationRow).findBy({ membershipId: pkg.membershipId });
      const location = locations.find((l) => l.id === pkg.locationId);
      const headquarters = locations.find((l) => l.isHeadquarters) ?? location;
      if (!location || !headquarters) throw new Error(`benefit package ${packageId} has no location on record`);
      const recipient = programContactRecipient(pkg.kind, headquarters, location);
      await tx.getRepository(BenefitDetailsResendRow).insert(
        supportContractIds.map((supportContractId) => ({
          packageId,
          supportContractId,
          reason: p.reason,
          recipientKind: recipient.kind,
          recipientName: recipient.name,
          recipientEmail: recipient.email,
          sentAt,
        })),
      );
    }
  },
};

/**
 * The package of each re-issued contract: the one named by the event if it exists, else
 * the packages whose entitlements the contracts back (one statement). A
 * contract that backs no entitlement has no program contact here; the
 * support store keeps its own notice of the re-issue.
 */
async function packagesOf(tx: EntityManager, p: SupportContractIdsReissued): Promise<Map<string, string[]>> {
  // The sender's package id is a hint from the contract's name; a seeded contract's name may not match a package.
  if (p.packageId && (await tx.getRepository(BenefitPackageRow).existsBy({ id: p.packageId }))) return new Map([[p.packageId, p.supportContractIds]]);
  const backing = await tx.getRepository(BenefitEntitlementRow).findBy({ supportContractId: In(p.supportContractIds) });
  const byPackage = new Map<string, string[]>();
  for (const e of backing) {
    const ids = byPackage.get(e.packageId) ?? [];
    if (e.supportContractId && !ids.includes(e.supportContractId)) ids.push(e.supportContractId);
    byPackage.set(e.packageId, ids);
  }
  return byPackage;
}
