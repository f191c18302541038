import { addDays } from '../../common/clock';
import { ENTITLEMENT_ORDER } from '../../subgraphs/partner-benefits/src/domain/tiles';
import type { BenefitEntitlementKind, PackageKind } from '../../subgraphs/partner-benefits/src/store/entities';
import { partnerBenefitContracts } from '../../subgraphs/support-contracts/src/domain/provisionedContracts';
import type { DigitSource } from '../../subgraphs/support-contracts/src/domain/contractCredentials';
import type { SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import type { BenchPartner } from './world';

/**
 * A partner's two benefit packages and the contracts their activation
 * produced. Shared by the partner-benefits rows (packages, entitlements) and
 * the support-contracts rows (contracts), so both stores agree on every id.
 */

/** PB-3: enrolled well over a month ago, so the proactive job's window is closed and it leaves these packages alone. */
export const ENROLLED_DAYS_AGO = 45;
/** PB-3: the core benefits were activated proactively, within a month of enrolment. */
export const CORE_ACTIVATED_DAYS_AGO = 40;
/** PB-8: the toolkit was requested later; both are far past the PB-5/6 propagation window (3 days), so tiles are ACTIVE. */
export const TOOLKIT_ACTIVATED_DAYS_AGO = 30;

export interface BenchPackage {
  id: string;
  kind: PackageKind;
  activatedAt: Date;
  entitlements: { id: string; kind: BenefitEntitlementKind; position: number; supportContractId: string }[];
  /** The product-support contract (incidents and advisory hours), then the Signature Cloud one (SUP-7). */
  contracts: SupportContractRow[];
}

const SUFFIX: Record<BenefitEntitlementKind, string> = { ADVISORY_HOURS: 'adv', SIGNATURE_CLOUD_INCIDENTS: 'scs', PRODUCT_SUPPORT_INCIDENTS: 'ps' };

/**
 * Bench IDs: the documented shapes, numbered in order instead of drawn at
 * random, so a large data set never collides on the unique Access ID and
 * reruns are reproducible. Bench data only: the live graph draws from a CSPRNG (SUP-11).
 */
let benchIdSeq = 0;
const sequentialDigits: DigitSource = ({ prefix, length }) => prefix + String((benchIdSeq += 1)).padStart(length - prefix.length, '0');

function benchPackage(p: BenchPartner, kind: PackageKind, now: Date): BenchPackage {
  const key = p.id.slice('bench-org-'.length);
  const short = kind === 'CORE' ? 'core' : 'abtk';
  const id = `bench-bp-${key}-${short}`;
  const activatedAt = addDays(now, -(kind === 'CORE' ? CORE_ACTIVATED_DAYS_AGO : TOOLKIT_ACTIVATED_DAYS_AGO));
  const kinds = ENTITLEMENT_ORDER.map((k, position) => ({ id: `bench-ent-${key}-${short}-${SUFFIX[k]}`, kind: k, position }));
  // PB-4, SUP-7: the same contracts the support store creates when the activation event arrives
  // (sizes, scope, SUP-8 label, digit IDs), starting at activation; only the ids get the bench prefix.
  const provisioned = partnerBenefitContracts(
    { organizationId: p.id, packageId: id, packageKind: kind, program: p.program, partnerNumber: p.partnerNumber, entitlements: kinds },
    activatedAt,
    sequentialDigits,
  );
  const rename = (contractId: string): string => `bench-sc-${contractId.slice('sc-pb-bench-bp-'.length)}`;
  const contractOf = new Map(provisioned.byEntitlement.map((b) => [b.entitlementId, rename(b.supportContractId)] as const));
  const contracts = provisioned.contracts.map((c) => ({ ...c, id: rename(c.id) }));
  const entitlements = kinds.map((e) => ({ ...e, supportContractId: contractOf.get(e.id) ?? contracts[0].id }));
  return { id, kind, activatedAt, contracts, entitlements };
}

/** Core benefits at the headquarters, then the toolkit at the partner's second location. */
export function partnerPackages(p: BenchPartner, now: Date): [BenchPackage, BenchPackage] {
  return [benchPackage(p, 'CORE', now), benchPackage(p, 'ADDITIONAL_BUSINESS_TOOLKIT', now)];
}
