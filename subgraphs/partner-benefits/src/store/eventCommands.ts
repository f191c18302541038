import { In, type EntityManager } from 'typeorm';
import { writeOutboxEvent } from '../../../../common/outbox';
import { maskEmail, packageLocations, programContactRecipient, type DetailsRecipient } from '../domain/detailsRecipient';
import type { PartnerBenefitContractsProvisioned, ProgramSupportCaseOpened, SupportContractIdsReissued } from '../events';
import { BenefitDetailsResendRow, BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';

/** Why the details went again, as recorded with the re-send (the case number is in support-contracts). */
export const PROGRAM_CASE_REASON = 'SUP-10_PROGRAM_SUPPORT_CASE';

/** PB-4, SUP-7: records the contract that backs each entitlement of an activated package, in the event's transaction. */
export async function recordProvisionedContracts(tx: EntityManager, p: PartnerBenefitContractsProvisioned): Promise<void> {
  const repo = tx.getRepository(BenefitEntitlementRow);
  for (const e of p.entitlements) {
    const result = await repo.update({ id: e.entitlementId, packageId: p.packageId }, { supportContractId: e.supportContractId });
    if (!result.affected) throw new Error(`no entitlement ${e.entitlementId} in package ${p.packageId}`);
  }
}

/**
 * SUP-10, SUP-11: the details go again to the package's program contact of
 * record (headquarters for core benefits, the location for a toolkit: the
 * PB-4 recipient), whoever received them at activation; recorded as a re-send.
 */
export async function resendReissuedDetails(tx: EntityManager, p: SupportContractIdsReissued, sentAt: Date): Promise<void> {
  for (const [packageId, supportContractIds] of await packagesOf(tx, p)) {
    const pkg = await tx.getRepository(BenefitPackageRow).findOneBy({ id: packageId });
    if (!pkg) throw new Error(`no benefit package ${packageId}`);
    await resendDetails(tx, pkg, supportContractIds, p.reason, sentAt);
  }
}

/**
 * SUP-10: a program admin opened a program support case for a contract of
 * its organisation. The package the contract backs is found by its
 * entitlements (this store knows which package a contract came with); the
 * details go to its program contact of record, as for re-issued IDs, and the
 * reply tells support-contracts who got them (kind, masked e-mail). No
 * package of that organisation backed by the contract: nothing is sent, and
 * the reply says so (the relay must not retry for ever).
 */
export async function answerProgramSupportCase(tx: EntityManager, p: ProgramSupportCaseOpened, now: Date): Promise<void> {
  const backing = await tx.getRepository(BenefitEntitlementRow).findOneBy({ supportContractId: p.supportContractId });
  const pkg = backing ? await tx.getRepository(BenefitPackageRow).findOneBy({ id: backing.packageId }) : null;
  const membership = pkg ? await tx.getRepository(PartnerMembershipRow).findOneBy({ id: pkg.membershipId }) : null;
  const recipient =
    pkg && membership?.organizationId === p.organizationId ? await resendDetails(tx, pkg, [p.supportContractId], PROGRAM_CASE_REASON, now) : null;
  await writeOutboxEvent(
    tx,
    {
      destination: 'support-contracts',
      type: 'ProgramSupportCaseDetailsResent',
      payload: {
        caseId: p.caseId,
        outcome: recipient ? 'RESENT' : 'NO_CONTACT_OF_RECORD',
        recipientKind: recipient?.kind ?? null,
        // Masked here, so the contact's full address does not travel to another store for display.
        recipientEmailMasked: recipient ? maskEmail(recipient.email) : null,
        sentAt: now.toISOString(),
      },
    },
    now,
  );
}

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

/**
 * Records one re-send of a package's details per contract to its program
 * contact of record (SUP-10, SUP-11; PB-4 picks the contact), in the caller's
 * transaction. The IDs never enter this store: the record says who, when, why.
 */
async function resendDetails(tx: EntityManager, pkg: BenefitPackageRow, supportContractIds: string[], reason: string, sentAt: Date): Promise<DetailsRecipient> {
  const found = packageLocations(pkg, await tx.getRepository(PartnerLocationRow).findBy({ membershipId: pkg.membershipId }));
  if (!found) throw new Error(`benefit package ${pkg.id} has no location on record`);
  const recipient = programContactRecipient(pkg.kind, found.headquarters, found.location);
  await tx.getRepository(BenefitDetailsResendRow).insert(
    supportContractIds.map((supportContractId) => ({
      packageId: pkg.id,
      supportContractId,
      reason,
      recipientKind: recipient.kind,
      recipientName: recipient.name,
      recipientEmail: recipient.email,
      sentAt,
    })),
  );
  return recipient;
}
