/** The licensing programs an agreement is under (AGR-1); the store keeps it as text. */
export type AgreementProgram = 'OPEN' | 'SELECT' | 'ENTERPRISE' | 'MPSA' | 'CSP';

export type ManagementPortal = 'EOPEN' | 'VOLUME_LICENSING_SERVICE_CENTER';

/** AGR-7: OPEN agreements are managed on eOpen, all others on the volume licensing portal. */
export function managementPortal(program: AgreementProgram): ManagementPortal {
  return program === 'OPEN' ? 'EOPEN' : 'VOLUME_LICENSING_SERVICE_CENTER';
}
