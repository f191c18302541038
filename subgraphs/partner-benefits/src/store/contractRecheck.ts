import { In, IsNull, LessThanOrEqual, Not, type DataSource } from 'typeorm';
import type { Logger } from '../../../../common/logger';
import { OutboxEventRow } from '../../../../common/outbox/entities';
import { contractProvisioningEvent } from '../domain/activateBenefit';
import { delayedPackages, packageIdOfPayload, recheckWindowStart, recordedRecipient } from '../domain/contractRecheck';
import { writeContractProvisioningEvent } from './activationCommands';
import { BenefitEntitlementRow, BenefitPackageRow, PartnerMembershipRow } from './entities';

/**
 * PB-5/6, the recheck job: every package activated more than the
 * propagation window ago whose earned entitlements still have no contract
 * recorded (its tiles say PROVISIONING_DELAYED) gets its contract-provisioning
 * event written again, unchanged. Support-contracts answers a repeated
 * request with the contracts it already has (or creates the missing ones),
 * and the reply fills the tiles.
 *
 * Why the contract can be missing although the outbox never loses an event:
 * packages activated before the outbox existed (no event was ever written),
 * a store restored from an older backup, or a request the support store
 * could not apply. Asking again is safe because the support store's answer
 * is idempotent per package.
 *
 * A package whose provisioning event is still PENDING in this store's outbox
 * is skipped: the relay is still delivering it, and a second copy would only
 * queue behind the first. Each package is its own transaction, claimed by a
 * conditional UPDATE of its `contract_rerequests` counter, so two replicas running the
 * job at once ask once. Returns the ids of the packages asked for again.
 */
export async function rerequestDelayedContracts(db: DataSource, now: Date, logger?: Logger): Promise<string[]> {
  const overdue = await db.getRepository(BenefitPackageRow).findBy({ activatedAt: LessThanOrEqual(recheckWindowStart(now)) });
  if (overdue.length === 0) return [];
  const missing = await db.getRepository(BenefitEntitlementRow).findBy({ packageId: In(overdue.map((p) => p.id)), supportContractId: IsNull() });
  if (missing.length === 0) return [];
  const memberships = await db.getRepository(PartnerMembershipRow).findBy({ id: In([...new Set(overdue.map((p) => p.membershipId))]) });
  const membershipById = new Map(memberships.map((m) => [m.id, m]));
  const delayed = delayedPackages(overdue, missing, membershipById, now);
  if (delayed.length === 0) return [];
  const inFlight = await packagesWithPendingRequest(db);
  const asked: string[] = [];
  for (const pkg of delayed) {
    if (inFlight.has(pkg.id)) continue;
    const membership = membershipById.get(pkg.membershipId)!;
    try {
      const claimed = await db.transaction(async (tx) => {
        // Claimed on the counter read above (an integer compares exactly; a datetime may not across drivers).
        const claim = await tx
          .getRepository(BenefitPackageRow)
          .update(
            { id: pkg.id, activatedAt: Not(IsNull()), contractRerequests: pkg.contractRerequests ?? 0 },
            { contractsRequestedAt: now, contractRerequests: () => 'contract_rerequests + 1' },
          );
        if (!claim.affected) return false; // another replica asked in the meantime
        const entitlements = await tx.getRepository(BenefitEntitlementRow).findBy({ packageId: pkg.id });
        await writeContractProvisioningEvent(tx, contractProvisioningEvent(membership, pkg, entitlements, recordedRecipient(pkg), pkg.activatedAt!), now, logger);
        return true;
      });
      if (claimed) asked.push(pkg.id);
    } catch (err) {
      logger?.warn({ err, packageId: pkg.id }, 'asking again for a delayed benefit contract failed; next run retries');
    }
  }
  if (asked.length > 0) logger?.info({ packages: asked }, 'benefit contracts overdue (PB-5/6): asked support-contracts again');
  return asked;
}

/** Packages whose `PartnerBenefitActivated` event is still waiting in this store's outbox. */
async function packagesWithPendingRequest(db: DataSource): Promise<Set<string>> {
  const pending = await db.getRepository(OutboxEventRow).find({ select: { payload: true }, where: { type: 'PartnerBenefitActivated', status: 'PENDING' } });
  const ids = new Set<string>();
  for (const row of pending) {
    const packageId = packageIdOfPayload(row.payload);
    if (packageId !== null) ids.add(packageId);
  }
  return ids;
}
