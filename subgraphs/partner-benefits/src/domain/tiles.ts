import { DAY_MS } from '../../../../common/clock';
import type { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from '../store/entities';
import type { BenefitEntitlementKind, PackageKind } from './kinds';
import { isEligibleFor, isEligibleProgram } from './eligibility';

export type TileStatus = 'ACTIVE' | 'NOT_ACTIVATED' | 'NOT_ELIGIBLE' | 'PROVISIONING' | 'PROVISIONING_DELAYED' | 'USER_NOT_LINKED';
/** PB-7: the blank-tile checklist, in the order a person fixes it. */
export type ChecklistItem = 'USER_LINKED' | 'ORGANIZATION_ELIGIBLE' | 'BENEFIT_ACTIVATED' | 'BALANCE_PROPAGATED';
/**
 * PB-7: each item builds on the one before it (no eligibility without a
 * linked organisation, no activation that counts without eligibility, no
 * balance without activation), so the first failing item blocks the rest:
 * they are NOT_CHECKED, never reported as failing.
 */
export type CheckState = 'PASSED' | 'FAILED' | 'NOT_CHECKED';
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

/** PB-7 order: the first failing item blocks every later one. */
const CHECKLIST_ORDER: ChecklistItem[] = ['USER_LINKED', 'ORGANIZATION_ELIGIBLE', 'BENEFIT_ACTIVATED', 'BALANCE_PROPAGATED'];

export interface ChecklistCheck {
  item: ChecklistItem;
  state: CheckState;
  /** `state === 'PASSED'` (kept for clients written before `state`). */
  passed: boolean;
  /** FAILED: what to do. NOT_CHECKED: which item must pass first. PASSED: what the item requires. */
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

/** What each item asks for, phrased so that no two hints contradict each other whatever the states (PB-7). */
const HINTS: Record<ChecklistItem, string> = {
  USER_LINKED: 'Your account is not linked to an active partner organisation: ask your program admin to link it.',
  ORGANIZATION_ELIGIBLE: 'Network members have no technical benefits: buy an Action Pack or earn a competency.',
  BENEFIT_ACTIVATED: 'Activate this benefit (request it, or a program admin activates it on the dashboard).',
  BALANCE_PROPAGATED: `After activation the balance takes up to ${PROPAGATION_DAYS} days to appear.`,
};

/** The hint of an item that was not evaluated because `blocker` failed. */
const NOT_CHECKED_BECAUSE: Record<ChecklistItem, string> = {
  USER_LINKED: 'Not checked: your account must first be linked to a partner organisation.',
  ORGANIZATION_ELIGIBLE: 'Not checked: the organisation must first be eligible for this benefit.',
  BENEFIT_ACTIVATED: 'Not checked: the benefit must first be activated.',
  BALANCE_PROPAGATED: 'Not checked: the balance must first have propagated.',
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

/**
 * PB-7: evaluates the items in order and stops at the first failure: later
 * items are NOT_CHECKED (their result would be meaningless, and a hint for
 * them would contradict the blocking one). `results` may leave out the items
 * that cannot be evaluated once an earlier one fails.
 */
function checklist(
  results: Partial<Record<ChecklistItem, boolean>>,
  hints: Partial<Record<ChecklistItem, string>> = {},
  failureStatus: Partial<Record<ChecklistItem, TileStatus>> = {},
): { checks: ChecklistCheck[]; status: TileStatus } {
  const checks: ChecklistCheck[] = [];
  let blocker: ChecklistItem | null = null;
  for (const item of CHECKLIST_ORDER) {
    if (blocker) {
      checks.push({ item, state: 'NOT_CHECKED', passed: false, hint: NOT_CHECKED_BECAUSE[blocker] });
      continue;
    }
    const passed = results[item] === true;
    checks.push({ item, state: passed ? 'PASSED' : 'FAILED', passed, hint: hints[item] ?? HINTS[item] });
    if (!passed) blocker = item;
  }
  return { checks, status: blocker ? (failureStatus[blocker] ?? STATUS_OF_FAILURE[blocker]) : 'ACTIVE' };
}

/** `YYYY-MM-DD` (UTC) for hints. */
const day = (d: Date) => d.toISOString().slice(0, 10);

/** PB-5/6: when the balance is due: the end of the propagation window. */
export function balanceDueAt(activatedAt: Date): Date {
  return new Date(activatedAt.getTime() + PROPAGATION_DAYS * DAY_MS);
}

/**
 * PB-5/6: a balance has propagated when the backing contract is recorded
 * AND at least 3 days have passed since activation (the upper bound of the
 * 2–3 days the source documents give).
 */
export function balancePropagated(activatedAt: Date | null, supportContractId: string | null, now: Date): boolean {
  return !!activatedAt && !!supportContractId && now.getTime() >= balanceDueAt(activatedAt).getTime();
}

/**
 * PB-5/6: the propagation window has passed and the backing contract has
 * still not been recorded: the tile says so (PROVISIONING_DELAYED) instead
 * of promising a balance "within 3 days" for ever, and the recheck job asks
 * support-contracts for the contract again.
 */
export function provisioningDelayed(activatedAt: Date | null, supportContractId: string | null, now: Date): boolean {
  return !!activatedAt && !supportContractId && now.getTime() >= balanceDueAt(activatedAt).getTime();
}

/** PB-5/6: the hint of a failing BALANCE_PROPAGATED item, true to where the balance is. */
function propagationHint(pkg: BenefitPackageRow, activatedAt: Date, delayed: boolean): string {
  const due = day(balanceDueAt(activatedAt));
  if (!delayed) return `Activated on ${day(activatedAt)}: the balance appears by ${due} (it takes up to ${PROPAGATION_DAYS} days). Nothing to do.`;
  const asked = pkg.contractsRequestedAt && pkg.contractsRequestedAt.getTime() > activatedAt.getTime() ? ` (last asked on ${day(pkg.contractsRequestedAt)})` : '';
  return (
    `Activated on ${day(activatedAt)}: the balance was due by ${due}, but its support contract has not arrived. ` +
    `We are asking the support service for it again automatically${asked}; the tile fills as soon as it arrives. Nothing to do.`
  );
}

/** PB-8: core benefits first, then each toolkit, by id (the order of packages and of their tiles). */
export function packageOrder(a: Pick<BenefitPackageRow, 'kind' | 'id'>, b: Pick<BenefitPackageRow, 'kind' | 'id'>): number {
  return a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'CORE' ? -1 : 1;
}

/** Tiles for a user whose organisation has no partner membership: USER_LINKED fails, nothing after it is checked (PB-7). */
export function unlinkedTiles(orgId: string): Tile[] {
  return ENTITLEMENT_ORDER.map((kind) => {
    const { checks, status } = checklist({ USER_LINKED: false });
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
 * each toolkit), with its status and the checklist evaluated up to the first
 * failing item (the one that blocks the tile).
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
    .sort((a, b) => packageOrder(a.p, b.p));
  return ordered.flatMap(({ p, entitlements }) =>
    entitlements.map((e) => {
      const eligible = isEligibleFor(membership.program, e.kind);
      // An activated package never backs an entitlement the partner has not earned (PB-12), whatever a row says.
      const propagated = eligible && balancePropagated(p.activatedAt, e.supportContractId, now);
      const delayed = provisioningDelayed(p.activatedAt, e.supportContractId, now);
      const hints: Partial<Record<ChecklistItem, string>> = programEligible && !eligible ? { ORGANIZATION_ELIGIBLE: SIGNATURE_CLOUD_NOT_EARNED } : {};
      if (p.activatedAt) hints.BALANCE_PROPAGATED = propagationHint(p, p.activatedAt, delayed);
      const { checks, status } = checklist(
        {
          USER_LINKED: true,
          ORGANIZATION_ELIGIBLE: eligible,
          BENEFIT_ACTIVATED: !!p.activatedAt,
          BALANCE_PROPAGATED: propagated,
        },
        hints,
        delayed ? { BALANCE_PROPAGATED: 'PROVISIONING_DELAYED' } : {},
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
