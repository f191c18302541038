import type { SeedCalendar } from '../../../common/demo/seedCalendar';
import { scsLabel } from './domain/contractCredentials';
import { contractExpiry } from './domain/expiry';
import type { SupportContractRow } from './store/entities';

/**
 * Northwind's core contract started 143 days before the seeding day, its Portland toolkit's 130
 * (2026-01-23 and 2026-02-05 for the tests); both run a year (SUP-1), so they are valid on any seeding day.
 */
function partnerContractDates(cal: SeedCalendar): { starts: Date; expires: Date; toolkitStarts: Date; toolkitExpires: Date } {
  const starts = cal.day(-143);
  const toolkitStarts = cal.day(-130);
  return { starts, expires: contractExpiry(starts), toolkitStarts, toolkitExpires: contractExpiry(toolkitStarts) };
}

/**
 * Support contracts that back the seeded partner benefits (owned by the
 * partner-benefits work: tiles point at these ids). Inserted by `seed.ts`.
 * Northwind's core benefits use `sc-pb-northwind-core` (product support
 * incidents and advisory hours) and the seeded `sc-northwind-scs` (Signature
 * Cloud, SUP-7); its Portland toolkit (PB-8) has its own pair of contracts.
 */
const partnerContracts = ({ starts, expires, toolkitStarts, toolkitExpires }: ReturnType<typeof partnerContractDates>): SupportContractRow[] => [
  { id: 'sc-pb-northwind-core', accessId: '0230500100', contractId: '7000100001', organizationId: 'org-northwind', kind: 'PARTNER_BENEFIT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 15, advisoryHoursGranted: 30, advisoryHoursRemaining: 22, startsAt: starts, expiresAt: expires },
  { id: 'sc-pb-northwind-portland', accessId: '0230500200', contractId: '7000100002', organizationId: 'org-northwind', kind: 'PARTNER_BENEFIT', scope: 'ALL', label: '20Pack Partner Support Gold', incidentsGranted: 20, incidentsRemaining: 19, advisoryHoursGranted: 15, advisoryHoursRemaining: 11, startsAt: toolkitStarts, expiresAt: toolkitExpires },
  { id: 'sc-pb-northwind-portland-scs', accessId: '0038451200', contractId: '4902615', organizationId: 'org-northwind', kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'CLOUD', label: scsLabel(toolkitStarts, '4648141', '0038451200'), incidentsGranted: 15, incidentsRemaining: 14, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: toolkitStarts, expiresAt: toolkitExpires },
];

/** The partner-benefit contracts of a seed run on the calendar's day. */
export const partnerBenefitContracts = (cal: SeedCalendar): SupportContractRow[] => partnerContracts(partnerContractDates(cal));
