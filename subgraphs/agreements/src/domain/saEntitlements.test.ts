import { SA_ENTITLEMENT_TABLE, saCoveredLicenseCount, saEntitlementFor, saEntitlements, saTierIndex } from './saEntitlements';

describe('AGR-5 SA entitlement table', () => {
  it('AGR-5 maps licence counts to tiers at the documented bounds', () => {
    expect([0, 1, 49, 50, 249, 250, 749, 750, 2399, 2400, 100000].map(saTierIndex)).toEqual([-1, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('AGR-5 grants nothing without SA-covered licences', () => {
    expect(saEntitlements(0)).toEqual([]);
  });

  it('AGR-5 pins every quantity cell of the table (incidents and voucher days)', () => {
    const at = (kind: 'PROBLEM_RESOLUTION_SUPPORT' | 'TRAINING_VOUCHERS' | 'DEPLOYMENT_PLANNING_VOUCHERS') =>
      [1, 50, 250, 750, 2400].map((n) => saEntitlementFor(n, kind)?.quantity ?? 0);
    expect(at('PROBLEM_RESOLUTION_SUPPORT')).toEqual([0, 1, 2, 4, 6]);
    expect(at('TRAINING_VOUCHERS')).toEqual([0, 3, 10, 20, 40]);
    expect(at('DEPLOYMENT_PLANNING_VOUCHERS')).toEqual([0, 0, 5, 10, 15]);
  });

  it('AGR-5 pins which rights without quantity each tier gets', () => {
    const rights = (n: number) => saEntitlements(n).filter((e) => e.quantity === null).map((e) => e.kind);
    const base = ['HOME_USE_PROGRAM', 'EMPLOYEE_PURCHASE_PROGRAM', 'TECHNET_CONCIERGE_CHAT', 'WINDOWS_PE_AND_CER', 'ELEARNING', 'VIRTUAL_PC_EXPRESS'];
    expect(rights(1)).toEqual(base);
    expect(rights(50)).toEqual(base);
    expect(rights(250)).toEqual([...base.slice(0, 3), 'TECHNET_PLUS_SUBSCRIPTION_SUPPORT', ...base.slice(3)]);
    expect(rights(750)).toEqual([...base.slice(0, 3), 'TECHNET_PLUS_SUBSCRIPTION_SUPPORT', 'EXTENDED_HOTFIX_SUPPORT', ...base.slice(3)]);
    expect(rights(2400)).toEqual([
      'HOME_USE_PROGRAM',
      'EMPLOYEE_PURCHASE_PROGRAM',
      'TECHNET_CONCIERGE_CHAT',
      'TECHNET_PLUS_SUBSCRIPTION_SUPPORT',
      'EXTENDED_HOTFIX_SUPPORT',
      'WINDOWS_PE_AND_CER',
      'ENTERPRISE_SOURCE_LICENSING',
      'ELEARNING',
      'VIRTUAL_PC_EXPRESS',
    ]);
  });

  it('AGR-5 covers all twelve SA services', () => {
    expect(Object.keys(SA_ENTITLEMENT_TABLE)).toHaveLength(12);
  });

  it('AGR-2 AGR-5 counts only licences whose SA coverage lasts until today or later', () => {
    const lines = [
      { quantity: 100, saCoveredUntil: '2026-06-15' },
      { quantity: 40, saCoveredUntil: '2026-06-14' },
      { quantity: 7, saCoveredUntil: null },
      { quantity: 3, saCoveredUntil: '2030-01-01' },
    ];
    expect(saCoveredLicenseCount(lines, '2026-06-15')).toBe(103);
  });
});
