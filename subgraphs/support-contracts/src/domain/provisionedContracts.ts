import type { SupportContract } from './supportContract';
import { ID_SHAPES, randomDigits, scsLabel, type DigitSource } from './contractCredentials';
import { contractExpiry } from './expiry';

/**
 * Contracts created by events from other stores (AGR-8, PB-4, SUP-7). Pure
 * apart from the digit source (a CSPRNG by default, SUP-11): the receiver in
 * `src/events.ts` inserts what these return, drawing again on a collision.
 */

/** AGR-8 payload from agreements. */
export interface ProblemResolutionActivated {
  agreementId: string;
  organizationId: string;
  incidents: number;
}

/** AGR-8: the SA Problem Resolution contract: the SA incident count, the agreement's organisation, one year (SUP-1). */
export function problemResolutionContract(p: ProblemResolutionActivated, startsAt: Date, digits: DigitSource = randomDigits): SupportContract {
  return {
    id: `sc-sa-${p.agreementId}`,
    // SUP-11: random, never derived from the (public) agreement id.
    accessId: digits(ID_SHAPES.SA_PROBLEM_RESOLUTION.access),
    contractId: digits(ID_SHAPES.SA_PROBLEM_RESOLUTION.contract),
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
/** PB-12: the partner programs that earn Signature Cloud Support. */
const SIGNATURE_CLOUD_PROGRAMS: ReadonlySet<string> = new Set(['GOLD', 'SILVER']);

export function partnerBenefitContracts(
  p: PartnerBenefitActivated,
  startsAt: Date,
  digits: DigitSource = randomDigits,
): { contracts: SupportContract[]; byEntitlement: { entitlementId: string; supportContractId: string }[] } {
  const size = BENEFIT_SIZES[p.packageKind];
  const expiresAt = contractExpiry(startsAt);
  const core: SupportContract = {
    id: `sc-pb-${p.packageId}`,
    accessId: digits(ID_SHAPES.PARTNER_BENEFIT.access),
    contractId: digits(ID_SHAPES.PARTNER_BENEFIT.contract),
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
  // PB-12: only Gold and Silver partners earn Signature Cloud Support. partner-benefits sends no such
  // entitlement for other programs; this store does not take a sender's word for it either.
  const wantsScs = SIGNATURE_CLOUD_PROGRAMS.has(p.program) && p.entitlements.some((e) => e.kind === 'SIGNATURE_CLOUD_INCIDENTS');
  let scs: SupportContract | null = null;
  if (wantsScs) {
    const accessId = digits(ID_SHAPES.SIGNATURE_CLOUD_SUPPORT.access);
    scs = {
      id: `sc-pb-${p.packageId}-scs`,
      accessId,
      contractId: digits(ID_SHAPES.SIGNATURE_CLOUD_SUPPORT.contract),
      organizationId: p.organizationId,
      kind: 'SIGNATURE_CLOUD_SUPPORT',
      scope: 'CLOUD',
      // SUP-8: year, kind, partner ID, access ID (masked).
      label: scsLabel(startsAt, p.partnerNumber, accessId),
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
