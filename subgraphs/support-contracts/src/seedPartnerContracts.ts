import type { SupportContractRow } from './store/entities';

/**
 * Support contracts that back the seeded partner benefits (owned by the
 * partner-benefits work: tiles point at these ids). Inserted by `seed.ts`.
 */
export const PARTNER_BENEFIT_CONTRACTS: SupportContractRow[] = [];
