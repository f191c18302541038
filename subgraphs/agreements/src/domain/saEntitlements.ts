/**
 * AGR-5: which Software Assurance services an agreement gets, and how many
 * incidents or voucher days, follows from ONE table keyed by the number of
 * SA-covered licences. The same table is printed in the subgraph README;
 * `saEntitlements.test.ts` pins every cell of it.
 */

export const SA_SERVICE_KINDS = [
  'HOME_USE_PROGRAM',
  'EMPLOYEE_PURCHASE_PROGRAM',
  'TECHNET_CONCIERGE_CHAT',
  'PROBLEM_RESOLUTION_SUPPORT',
  'TECHNET_PLUS_SUBSCRIPTION_SUPPORT',
  'EXTENDED_HOTFIX_SUPPORT',
  'WINDOWS_PE_AND_CER',
  'ENTERPRISE_SOURCE_LICENSING',
  'ELEARNING',
  'VIRTUAL_PC_EXPRESS',
  'TRAINING_VOUCHERS',
  'DEPLOYMENT_PLANNING_VOUCHERS',
] as const;
export type SaServiceKind = (typeof SA_SERVICE_KINDS)[number];

export type SaServiceUnit = 'NONE' | 'INCIDENTS' | 'DAYS';

/** Lower bound (inclusive) of each tier's SA-covered licence count. */
export const SA_TIER_FLOORS = [1, 50, 250, 750, 2400] as const;

/**
 * A cell: `false` = not entitled, `true` = entitled (a right without
 * quantity), a number = entitled to that many incidents or days.
 */
type Cell = boolean | number;
type Row = readonly [Cell, Cell, Cell, Cell, Cell];

/** The table. Columns follow `SA_TIER_FLOORS`: 1–49, 50–249, 250–749, 750–2,399, 2,400+. */
export const SA_ENTITLEMENT_TABLE: Readonly<Record<SaServiceKind, { unit: SaServiceUnit; tiers: Row }>> = {
  HOME_USE_PROGRAM: { unit: 'NONE', tiers: [true, true, true, true, true] },
  EMPLOYEE_PURCHASE_PROGRAM: { unit: 'NONE', tiers: [true, true, true, true, true] },
  TECHNET_CONCIERGE_CHAT: { unit: 'NONE', tiers: [true, true, true, true, true] },
  PROBLEM_RESOLUTION_SUPPORT: { unit: 'INCIDENTS', tiers: [false, 1, 2, 4, 6] },
  TECHNET_PLUS_SUBSCRIPTION_SUPPORT: { unit: 'NONE', tiers: [false, false, true, true, true] },
  EXTENDED_HOTFIX_SUPPORT: { unit: 'NONE', tiers: [false, false, false, true, true] },
  WINDOWS_PE_AND_CER: { unit: 'NONE', tiers: [true, true, true, true, true] },
  ENTERPRISE_SOURCE_LICENSING: { unit: 'NONE', tiers: [false, false, false, false, true] },
  ELEARNING: { unit: 'NONE', tiers: [true, true, true, true, true] },
  VIRTUAL_PC_EXPRESS: { unit: 'NONE', tiers: [true, true, true, true, true] },
  TRAINING_VOUCHERS: { unit: 'DAYS', tiers: [false, 3, 10, 20, 40] },
  DEPLOYMENT_PLANNING_VOUCHERS: { unit: 'DAYS', tiers: [false, false, 5, 10, 15] },
};

/** One service an agreement is entitled to. */
export interface SaEntitlement {
  kind: SaServiceKind;
  unit: SaServiceUnit;
  /** Incidents or days; `null` for a right without quantity. */
  quantity: number | null;
}

/** Index into `SA_TIER_FLOORS` for a licence count, or -1 without SA. */
export function saTierIndex(saCoveredLicenses: number): number {
  let tier = -1;
  SA_TIER_FLOORS.forEach((floor, i) => {
    if (saCoveredLicenses >= floor) tier = i;
  });
  return tier;
}

/** AGR-5: the services (in table order) an agreement with this many SA-covered licences is entitled to. */
export function saEntitlements(saCoveredLicenses: number): SaEntitlement[] {
  const tier = saTierIndex(saCoveredLicenses);
  if (tier < 0) return [];
  const result: SaEntitlement[] = [];
  for (const kind of SA_SERVICE_KINDS) {
    const { unit, tiers } = SA_ENTITLEMENT_TABLE[kind];
    const cell = tiers[tier];
    if (cell === false || cell === 0) continue;
    result.push({ kind, unit, quantity: typeof cell === 'number' ? cell : null });
  }
  return result;
}

/** The entitlement to one service, or `null` when the agreement does not get it. */
export function saEntitlementFor(saCoveredLicenses: number, kind: SaServiceKind): SaEntitlement | null {
  return saEntitlements(saCoveredLicenses).find((e) => e.kind === kind) ?? null;
}

/**
 * AGR-2/AGR-5: licences count towards the table while their SA coverage
 * lasts, i.e. `saCoveredUntil` is today or later (dates are `YYYY-MM-DD`,
 * so string order is date order).
 */
export function saCoveredLicenseCount(lines: readonly { quantity: number; saCoveredUntil: string | null }[], today: string): number {
  return lines.reduce((sum, l) => (l.saCoveredUntil !== null && l.saCoveredUntil >= today ? sum + l.quantity : sum), 0);
}

/** Units that can be handed out to named employees (AGR-6). */
export function isVoucherService(kind: SaServiceKind): boolean {
  return SA_ENTITLEMENT_TABLE[kind].unit === 'DAYS';
}
