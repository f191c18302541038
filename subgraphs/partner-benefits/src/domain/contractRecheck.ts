import { DAY_MS } from '../../../../common/clock';
import type { BenefitEntitlementRow, BenefitPackageRow, PartnerMembershipRow } from '../store/entities';
import type { DetailsRecipient } from './detailsRecipient';
import { isEligibleFor } from './eligibility';
import { balanceDueAt, PROPAGATION_DAYS } from './tiles';

/** PB-5/6: packages activated at or before this instant are past the propagation window at `now`. */
export function recheckWindowStart(now: Date): Date {
  return new Date(now.getTime() - PROPAGATION_DAYS * DAY_MS);
}

/**
 * PB-5/6, PB-12: the overdue packages whose earned entitlements still have
 * no contract (`missing`: the entitlements without one). An entitlement the
 * program does not earn never gets a contract; it is not late.
 */
export function delayedPackages(
  overdue: BenefitPackageRow[],
  missing: BenefitEntitlementRow[],
  membershipById: Map<string, PartnerMembershipRow>,
  now: Date,
): BenefitPackageRow[] {
  return overdue.filter((p) => {
    const membership = membershipById.get(p.membershipId);
    return !!membership && !!p.activatedAt && now >= balanceDueAt(p.activatedAt) && missing.some((e) => e.packageId === p.id && isEligibleFor(membership.program, e.kind));
  });
}

/** The details recipient an activated package recorded (PB-4), as its provisioning event carries it again. */
export function recordedRecipient(pkg: BenefitPackageRow): DetailsRecipient {
  return { kind: pkg.recipientKind ?? 'HEADQUARTERS_CONTACT', name: pkg.recipientName ?? '', email: pkg.recipientEmail ?? '' };
}

/** The package a pending `PartnerBenefitActivated` outbox payload (JSON) is for, if it names one. */
export function packageIdOfPayload(payload: string): string | null {
  const parsed = JSON.parse(payload) as { packageId?: unknown };
  return typeof parsed.packageId === 'string' ? parsed.packageId : null;
}
