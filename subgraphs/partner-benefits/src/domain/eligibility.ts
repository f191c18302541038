import type { BenefitEntitlementKind, PartnerProgram } from './kinds';

/** PB-7: network members without an Action Pack have no technical benefits; every other program does. */
export function isEligibleProgram(program: PartnerProgram): boolean {
  return program !== 'NETWORK_MEMBER';
}

/** PB-12: Signature Cloud Support is earned by Gold and Silver competency partners only. */
export function earnsSignatureCloud(program: PartnerProgram): boolean {
  return program === 'GOLD' || program === 'SILVER';
}

/**
 * PB-7, PB-12: whether a partner of `program` is entitled to one benefit
 * entitlement. An Action Pack member has product support and advisory hours,
 * but no Signature Cloud incidents.
 */
export function isEligibleFor(program: PartnerProgram, kind: BenefitEntitlementKind): boolean {
  if (!isEligibleProgram(program)) return false;
  return kind !== 'SIGNATURE_CLOUD_INCIDENTS' || earnsSignatureCloud(program);
}

/** PB-3: Gold and Silver competency partners are the ones activated proactively. */
export function isProactivelyActivated(program: PartnerProgram): boolean {
  return program === 'GOLD' || program === 'SILVER';
}

/**
 * PB-3: whether `now` lies within one calendar month of enrolment (UTC),
 * i.e. the proactive job may still activate the core benefits.
 */
export function withinProactiveWindow(enrolledOn: string, now: Date): boolean {
  const start = new Date(`${enrolledOn}T00:00:00.000Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  return now.getTime() >= start.getTime() && now.getTime() < end.getTime();
}
