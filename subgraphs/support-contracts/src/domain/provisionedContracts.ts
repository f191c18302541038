import crypto from 'node:crypto';
import type { SupportContractRow } from '../store/entities';
import { contractExpiry } from './expiry';

/**
 * Contracts created by events from other stores (AGR-8, PB-4, SUP-7). Pure:
 * the receiver in `src/events.ts` inserts what these return.
 */

/** A digit string of `length` derived from a seed (SUP-2: leading zeros kept). Deterministic, so a retried effect yields the same IDs. */
export function digitsFrom(seed: string, length: number, prefix = ''): string {
  const hex = crypto.createHash('sha256').update(seed).digest('hex');
  let digits = prefix;
  for (const ch of hex) {
    if (digits.length >= length) break;
    digits += String(parseInt(ch, 16) % 10);
  }
  return digits;
}

/** AGR-8 payload from agreements. */
export interface ProblemResolutionActivated {
  agreementId: string;
  organizationId: string;
  incidents: number;
}

/** AGR-8: the SA Problem Resolution contract: the SA incident count, the agreement's organisation, one year (SUP-1). */
export function problemResolutionContract(p: ProblemResolutionActivated, startsAt: Date): SupportContractRow {
  return {
    id: `sc-sa-${p.agreementId}`,
    accessId: digitsFrom(`sa-access:${p.agreementId}`, 10, '04'),
    contractId: digitsFrom(`sa-contract:${p.agreementId}`, 10, '2'),
    organizationId: p.organizationId,
    kind: 'SA_PROBLEM_RESOLUTION',
    scope: 'ALL',
    label: 'SA Problem Resolution Support',
    incidentsGranted: p.incidents,
    incidentsRemaining: p.incidents,
    advisoryHoursGranted: 0,
    advisoryHoursRemaining: 0,
    startsAt,
    expiresAt: contractExpiry(startsAt),
  };
}

export type BenefitEntitlementKind = 'PRODUCT_SUPPORT_INCIDENTS' | 'SIGNATURE_CLOUD_INCIDENTS' | 'ADVISORY_HOURS';

/** PB-4 payload from partner-benefits. */
export interface PartnerBenefitActivated {
  organizationId: string;
  packageId: string;
  packageKind: 'CORE' | 'ADDITIONAL_BUSINESS_TOOLKIT';
  program: string;
  partnerNumber: string;
  entitlements: { id: string; kind: BenefitEntitlementKind }[];
}

/** Benefit sizes (as seeded for Northwind): incidents and advisory hours of a package, SCS cloud incidents. */
export const BENEFIT_SIZES = {
  CORE: { incidents: 20, advisoryHours: 30 },
  ADDITIONAL_BUSINESS_TOOLKIT: { incidents: 20, advisoryHours: 15 },
  SIGNATURE_CLOUD: { incidents: 15 },
} as const;

const PROGRAM_LABEL: Record<string, string> = { GOLD: 'Gold', SILVER: 'Silver', ACTION_PACK: 'Action Pack' };

/**
 * PB-4, SUP-7: the package's product-support contract (incidents and
 * advisory hours) and, when it has a Signature Cloud entitlement, a second
 * pair of IDs for SCS cloud requests. Returns the contracts and, per
 * entitlement id, the contract that backs its tile.
 */
export function partnerBenefitContracts(
  p: PartnerBenefitActivated,
  startsAt: Date,
): { contracts: SupportContractRow[]; byEntitlement: { entitlementId: string; supportContractId: string }[] } {
  const size = BENEFIT_SIZES[p.packageKind];
  const expiresAt = contractExpiry(startsAt);
  const core: SupportContractRow = {
    id: `sc-pb-${p.packageId}`,
    accessId: digitsFrom(`pb-access:${p.packageId}`, 10, '023'),
    contractId: digitsFrom(`pb-contract:${p.packageId}`, 10, '7'),
    organizationId: p.organizationId,
    kind: 'PARTNER_BENEFIT',
    scope: 'ALL',
    label: `${size.incidents}Pack Partner Support ${PROGRAM_LABEL[p.program] ?? p.program}`,
    incidentsGranted: size.incidents,
    incidentsRemaining: size.incidents,
    advisoryHoursGranted: size.advisoryHours,
    advisoryHoursRemaining: size.advisoryHours,
    startsAt,
    expiresAt,
  };
  const contracts = [core];
  const wantsScs = p.entitlements.some((e) => e.kind === 'SIGNATURE_CLOUD_INCIDENTS');
  let scs: SupportContractRow | null = null;
  if (wantsScs) {
    const accessId = digitsFrom(`pb-scs-access:${p.packageId}`, 10, '003');
    const year = String(startsAt.getUTCFullYear() % 100).padStart(2, '0');
    scs = {
      id: `sc-pb-${p.packageId}-scs`,
      accessId,
      contractId: digitsFrom(`pb-scs-contract:${p.packageId}`, 7, '4'),
      organizationId: p.organizationId,
      kind: 'SIGNATURE_CLOUD_SUPPORT',
      scope: 'CLOUD',
      // SUP-8: year, kind, partner ID, access ID (masked).
      label: `${year} SCS-${p.partnerNumber}-unk (${accessId.slice(0, 4)}xxxxx)`,
      incidentsGranted: BENEFIT_SIZES.SIGNATURE_CLOUD.incidents,
      incidentsRemaining: BENEFIT_SIZES.SIGNATURE_CLOUD.incidents,
      advisoryHoursGranted: 0,
      advisoryHoursRemaining: 0,
      startsAt,
      expiresAt,
    };
    contracts.push(scs);
  }
  const byEntitlement = p.entitlements.map((e) => ({
    entitlementId: e.id,
    supportContractId: e.kind === 'SIGNATURE_CLOUD_INCIDENTS' && scs ? scs.id : core.id,
  }));
  return { contracts, byEntitlement };
}
