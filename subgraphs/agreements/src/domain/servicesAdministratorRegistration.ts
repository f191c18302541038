import { domainError, ErrorCode, forbidden } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';

/**
 * AGR-9: a designated services administrator accepts the invitation (registers)
 * before acting. Registration is per designation, like the invitation it
 * accepts: each agreement's notice contact sees the state of their own.
 */
export type RegistrationStatus = 'INVITED' | 'REGISTERED';

/** What a designation keeps about its registration. */
export interface DesignationRegistration {
  id: string;
  registeredAt: Date | null;
  registeredBy: string | null;
}

export function registrationStatus(d: Pick<DesignationRegistration, 'registeredAt'>): RegistrationStatus {
  return d.registeredAt ? 'REGISTERED' : 'INVITED';
}

/**
 * Before activating or assigning (AGR-6): `REGISTRATION_REQUIRED` until the
 * invitation is accepted, with the designation id the client registers with;
 * FORBIDDEN for an account other than the one that registered (an e-mail can be
 * reused by another account; the `sub` that accepted is the one we trust).
 */
export function requireRegisteredBy(d: DesignationRegistration, viewer: Viewer): void {
  if (!d.registeredAt) {
    throw domainError(
      ErrorCode.REGISTRATION_REQUIRED,
      'Accept your services administrator invitation first (registerServicesAdministrator).',
      { designationId: d.id },
    );
  }
  if (d.registeredBy !== viewer.userId) throw forbidden('This designation was registered by another account.');
}
