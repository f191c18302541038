import type { PartnerProgram } from '../store/entities';

/** PB-7: network members without an Action Pack have no technical benefits; every other program does. */
export function isEligibleProgram(program: PartnerProgram): boolean {
  return program !== 'NETWORK_MEMBER';
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
