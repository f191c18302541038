import type { SupportContractRow } from './store/entities';

const starts = new Date('2026-01-23T00:00:00.000Z');
const expires = new Date('2027-01-23T00:00:00.000Z');
const toolkitStarts = new Date('2026-02-05T00:00:00.000Z');
const toolkitExpires = new Date('2027-02-05T00:00:00.000Z');

/**
 * Support contracts that back the seeded partner benefits (owned by the
 * partner-benefits work: tiles point at these ids). Inserted by `seed.ts`.
 * Northwind's core benefits use `sc-pb-northwind-core` (product support
 * incidents and advisory hours) and the seeded `sc-northwind-scs` (Signature
 * Cloud, SUP-7); its Portland toolkit (PB-8) has its own pair of contracts.
 */
export const PARTNER_BENEFIT_CONTRACTS: SupportContractRow[] = [
  { id: 'sc-pb-northwind-core', accessId: '0230500100', contractId: '7000100001', organizationId: 'org-northwind', kind: 'PARTNER_BENEFIT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 15, advisoryHoursGranted: 30, advisoryHoursRemaining: 22, startsAt: starts, expiresAt: expires },
  { id: 'sc-pb-northwind-portland', accessId: '0230500200', contractId: '7000100002', organizationId: 'org-northwind', kind: 'PARTNER_BENEFIT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 19, advisoryHoursGranted: 15, advisoryHoursRemaining: 11, startsAt: toolkitStarts, expiresAt: toolkitExpires },
  { id: 'sc-pb-northwind-portland-scs', accessId: '0038451200', contractId: '4648142', organizationId: 'org-northwind', kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD', label: '15 SCS-4648141-unk (0038xxxxx)', incidentsGranted: 15, incidentsRemaining: 14, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: toolkitStarts, expiresAt: toolkitExpires },
];
