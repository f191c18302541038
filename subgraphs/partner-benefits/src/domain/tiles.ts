import { DAY_MS } from '../../../../common/clock';
import type {
  BenefitEntitlementRow,
  BenefitPackageRow,
  BenefitEntitlementKind,
  PackageKind,
  PartnerLocationRow,
  PartnerMembershipRow,
} from '../store/entities';
import { isEligibleFor, isEligibleProgram } from './eligibility';

export type TileStatus = 'ACTIVE' | 'NOT_ACTIVATED' | 'NOT_ELIGIBLE' | 'PROVISIONING' | 'USER_NOT_LINKED';
/** PB-7: the blank-tile checklist, in the order a person fixes it. */
export type ChecklistItem = 'USER_LINKED' | 'ORGANIZATION_ELIGIBLE' | 'BENEFIT_ACTIVATED' | 'BALANCE_PROPAGATED';
export type BenefitUnit = 'INCIDENTS' | 'HOURS';

/** PB-5/6: balances take 2–3 days to propagate; we wait the upper bound. */
export const PROPAGATION_DAYS = 3;

/** PB-5/6: the three dashboard tiles: title and unit per entitlement kind. */
export const ENTITLEMENT_TILES: Record<BenefitEntitlementKind, { title: string; unit: BenefitUnit }> = {
  ADVISORY_HOURS: { title: 'Advisory hours consumption (total hours)', unit: 'HOURS' },
  SIGNATURE_CLOUD_INCIDENTS: { title: 'Signature Cloud consumption (total incidents)', unit: 'INCIDENTS' },
  PRODUCT_SUPPORT_INCIDENTS: { title: 'Product support consumption (total incidents)', unit: 'INCIDENTS' },
};

/** The order tiles are shown in, as on the dashboard (PB-5/6). */
export const ENTITLEMENT_ORDER: BenefitEntitlementKind[] = ['ADVISORY_HOURS', 'SIGNATURE_CLOUD_INCIDENTS', 'PRODUCT_SUPPORT_INCIDENTS'];

export interface ChecklistCheck {
  item: ChecklistItem;
  passed: boolean;
  /** What to do when it fails (a dashboard shows it under the tile). */
  hint: string;
}

export interface Tile {
  id: string;
  kind: BenefitEntitlementKind;
  title: string;
  unit: BenefitUnit;
  status: TileStatus;
  checklist: ChecklistCheck[];
  packageKind: PackageKind | null;
  location: PartnerLocationRow | null;
  activatedAt: Date | null;
  /** Set only for an ACTIVE tile: the contract whose balance the tile shows. */
  supportContractId: string | null;
}

const HINTS: Record<ChecklistItem, string> = {
  USER_LINKED: 'Your account is not linked to an active partner organisation: ask your program admin to link it.',
  ORGANIZATION_ELIGIBLE: 'Network members have no technical benefits: buy an Action Pack or earn a competency.',
  BENEFIT_ACTIVATED: 'Activate this benefit (request it, or a program admin activates it on the dashboard).',
  BALANCE_PROPAGATED: `The benefit is activated; its balance appears within ${PROPAGATION_DAYS} days.`,
};

/** The first failing item decides the status (PB-7 order). */
const STATUS_OF_FAILURE: Record<ChecklistItem, TileStatus> = {
  USER_LINKED: 'USER_NOT_LINKED',
  ORGANIZATION_ELIGIBLE: 'NOT_ELIGIBLE',
  BENEFIT_ACTIVATED: 'NOT_ACTIVATED',
  BALANCE_PROPAGATED: 'PROVISIONING',
};

/** PB-12: the eligibility hint of a Signature Cloud tile for an organisation that has other benefits, but not this one. */
const SIGNATURE_CLOUD_NOT_EARNED =
  'Signature Cloud Support is for Gold and Silver competency partners only (PB-12): earn a competency to get it.';

function checklist(
  results: Record<ChecklistItem, boolean>,
  hints: Partial<Record<ChecklistItem, string>> = {},
): { checks: ChecklistCheck[]; status: TileStatus } {
  const order: ChecklistItem[] = ['USER_LINKED', 'ORGANIZATION_ELIGIBLE', 'BENEFIT_ACTIVATED', 'BALANCE_PROPAGATED'];
  const checks = order.map((item) => ({ item, passed: results[item], hint: hints[item] ?? HINTS[item] }));
  const firstFailure = checks.find((c) => !c.passed);
  return { checks, status: firstFailure ? STATUS_OF_FAILURE[firstFailure.item] : 'ACTIVE' };
}

/**
 * PB-5/6: a balance has propagated when the backing contract is recorded
 * AND at least 3 days have passed since activation (the upper bound of the
 * 2–3 days the source documents give).
 */
export function balancePropagated(activatedAt: Date | null, supportContractId: string | null, now: Date): boolean {
  return !!activatedAt && !!supportContractId && now.getTime() - activatedAt.getTime() >= PROPAGATION_DAYS * DAY_MS;
}

/** Tiles for a user whose organisation has no partner membership: every item fails (PB-7). */
export function unlinkedTiles(orgId: string): Tile[] {
  return ENTITLEMENT_ORDER.map((kind) => {
    const { checks, status } = checklist({ USER_LINKED: false, ORGANIZATION_ELIGIBLE: false, BENEFIT_ACTIVATED: false, BALANCE_PROPAGATED: false });
    return {
      id: `unlinked:${orgId}:${kind}`,
      kind,
      ...ENTITLEMENT_TILES[kind],
      status,
      checklist: checks,
      packageKind: null,
      location: null,
      activatedAt: null,
      supportContractId: null,
    };
  });
}

/**
 * PB-5…PB-7: one tile per entitlement of every package (core first, then
 * each toolkit), with its status and the full checklist. Every item is
 * evaluated on its own, so a blank tile lists all that fail.
 */
export function partnerTiles(
  membership: PartnerMembershipRow,
  locations: PartnerLocationRow[],
  packages: BenefitPackageRow[],
  entitlementsByPackage: BenefitEntitlementRow[][],
  now: Date,
): Tile[] {
  const programEligible = isEligibleProgram(membership.program);
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const ordered = packages
    .map((p, i) => ({ p, entitlements: entitlementsByPackage[i] }))
    .sort((a, b) => (a.p.kind === b.p.kind ? a.p.id.localeCompare(b.p.id) : a.p.kind === 'CORE' ? -1 : 1));
  return ordered.flatMap(({ p, entitlements }) =>
    entitlements.map((e) => {
      const eligible = isEligibleFor(membership.program, e.kind);
      // An activated package never backs an entitlement the partner has not earned (PB-12), whatever a row says.
      const propagated = eligible && balancePropagated(p.activatedAt, e.supportContractId, now);
      const { checks, status } = checklist(
        {
          USER_LINKED: true,
          ORGANIZATION_ELIGIBLE: eligible,
          BENEFIT_ACTIVATED: !!p.activatedAt,
          BALANCE_PROPAGATED: propagated,
        },
        programEligible && !eligible ? { ORGANIZATION_ELIGIBLE: SIGNATURE_CLOUD_NOT_EARNED } : {},
      );
      return {
        id: e.id,
        kind: e.kind,
        ...ENTITLEMENT_TILES[e.kind],
        status,
        checklist: checks,
        packageKind: p.kind,
        location: locationById.get(p.locationId) ?? null,
        activatedAt: p.activatedAt,
        supportContractId: status === 'ACTIVE' ? e.supportContractId : null,
      };
    }),
  );
}
