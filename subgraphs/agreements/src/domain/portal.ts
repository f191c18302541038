import type { AgreementProgram } from '../store/entities';

export type ManagementPortal = 'EOPEN' | 'VOLUME_LICENSING_SERVICE_CENTER';

/** AGR-7: OPEN agreements are managed on eOpen, all others on the volume licensing portal. */
export function managementPortal(program: AgreementProgram): ManagementPortal {
  return program === 'OPEN' ? 'EOPEN' : 'VOLUME_LICENSING_SERVICE_CENTER';
}
