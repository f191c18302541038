import { downgradeRights, hasNewerVersion, latestVersion } from '../../subgraphs/software-catalog/src/domain/downgradeRights';
import { expiryAfterFirstDownload, linkStatus } from '../../subgraphs/software-catalog/src/domain/downloadLink';
import { canHandleKeys, canReadEntitlement } from '../../subgraphs/software-catalog/src/domain/keyAccess';
import {
  countNewAlerts,
  lastDownloadsSince,
  licenseActionFor,
  productSupportStatus,
} from '../../subgraphs/software-catalog/src/domain/myProducts';
import { generateProductKey, maskProductKey } from '../../subgraphs/software-catalog/src/domain/productKey';
import { isRdsCalCompatible, normalizeActivationCode } from '../../subgraphs/software-catalog/src/domain/rdsCal';
import type { OrganizationKind, Role, Viewer } from '../../common/identity';

// Built by hand, so roles are not filtered by organisation kind: these tests pin the subgraph's own checks.
const KIND: Record<string, OrganizationKind> = { 'org-p': 'PARTNER', 'org-operator': 'OPERATOR' };
const viewer = (orgId: string, ...roles: Role[]): Viewer => ({ userId: 'u', email: 'u@x', orgId, orgKind: KIND[orgId] ?? 'CUSTOMER', roles: new Set(roles) });
const ent = { customerOrgId: 'org-c', partnerOrgId: 'org-p' };

describe('software-catalog domain rules (unit)', () => {
  it('CSP-3 only the customer global admin and the reseller admin agent handle keys', () => {
    expect(canHandleKeys(viewer('org-c', 'global_admin'), ent)).toBe(true);
    expect(canHandleKeys(viewer('org-p', 'admin_agent'), ent)).toBe(true);
    expect(canHandleKeys(viewer('org-c', 'support_user'), ent)).toBe(false);
    expect(canHandleKeys(viewer('org-c', 'admin_agent'), ent)).toBe(false);
    expect(canHandleKeys(viewer('org-p', 'global_admin'), ent)).toBe(false);
    expect(canHandleKeys(viewer('org-x', 'admin_agent'), ent)).toBe(false);
    expect(canHandleKeys(viewer('org-operator', 'analyst'), ent)).toBe(false);
    expect(canHandleKeys(null, ent)).toBe(false);
    expect(canReadEntitlement(viewer('org-operator', 'analyst'), ent)).toBe(true);
    expect(canReadEntitlement(viewer('org-x', 'admin_agent'), ent)).toBe(false);
  });

  it('CSP-4 keys are five groups of five and masks keep only the last group', () => {
    const key = generateProductKey(() => Buffer.from(Array.from({ length: 25 }, (_, i) => i)));
    expect(key).toBe('BCDFG-HJKMP-QRTVW-XY234-6789B');
    expect(maskProductKey(key)).toBe('XXXXX-XXXXX-XXXXX-XXXXX-6789B');
  });

  it('CSP-5 a link expires exactly five days after its first download', () => {
    const first = new Date('2026-06-01T10:00:00.000Z');
    const link = { firstDownloadedAt: first, expiresAt: expiryAfterFirstDownload(first) };
    expect(link.expiresAt.toISOString()).toBe('2026-06-06T10:00:00.000Z');
    expect(linkStatus(link, new Date('2026-06-06T09:59:59.999Z'))).toBe('ACTIVE');
    expect(linkStatus(link, new Date('2026-06-06T10:00:00.000Z'))).toBe('EXPIRED');
    expect(linkStatus({ firstDownloadedAt: null, expiresAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe('NOT_YET_DOWNLOADED');
  });

  it('CSP-6 downgrade rights cover the depth of earlier released versions', () => {
    const versions = [{ ordinal: 1 }, { ordinal: 2 }, { ordinal: 4 }, { ordinal: 7 }];
    expect(downgradeRights(versions, { ordinal: 7 }, 2)).toEqual([{ ordinal: 4 }, { ordinal: 2 }]);
    expect(downgradeRights(versions, { ordinal: 2 }, 2)).toEqual([{ ordinal: 1 }]);
    expect(downgradeRights(versions, { ordinal: 7 }, 0)).toEqual([]);
    expect(latestVersion(versions)).toEqual({ ordinal: 7 });
    expect(latestVersion([])).toBeNull();
  });

  it('CSP-7 a 2016 CAL works on 2016 and 2019, a 2019 CAL only on 2019', () => {
    expect(isRdsCalCompatible('2016', '2016')).toBe(true);
    expect(isRdsCalCompatible('2016', '2019')).toBe(true);
    expect(isRdsCalCompatible('2019', '2016')).toBe(false);
    expect(isRdsCalCompatible('2019', '2019')).toBe(true);
    expect(isRdsCalCompatible('2012', '2019')).toBe(false);
    expect(normalizeActivationCode(' k7m2q-8xr4t-6wpj9-3hcvb-2dnfg ')).toBe('K7M2Q-8XR4T-6WPJ9-3HCVB-2DNFG');
    expect(normalizeActivationCode('K7M2Q-8XR4T-6WPJ9-3HCVB')).toBeNull();
  });

  it('MP-4 MP-5 support status and action follow the renewal dates', () => {
    const now = new Date('2026-06-15T09:00:00.000Z');
    expect(productSupportStatus(['2026-06-15'], now)).toBe('ACTIVE');
    expect(productSupportStatus(['2026-06-14'], now)).toBe('EXPIRED');
    expect(productSupportStatus(['2026-06-14', '2027-01-01'], now)).toBe('ACTIVE');
    expect(productSupportStatus([], now)).toBe('NO_LICENSE');
    expect(licenseActionFor('EXPIRED')).toBe('RENEW');
    expect(licenseActionFor('ACTIVE')).toBe('NONE');
    expect(licenseActionFor('NO_LICENSE')).toBe('REGISTER_LICENSE');
  });

  it('MP-6 counts alerts newer than the last visit', () => {
    const alerts = [new Date('2026-01-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z')];
    expect(countNewAlerts(alerts, null)).toBe(2);
    expect(countNewAlerts(alerts, new Date('2026-02-01T00:00:00Z'))).toBe(1);
    expect(countNewAlerts(alerts, new Date('2026-03-01T00:00:00Z'))).toBe(0);
  });

  it('MP-8 last downloads reach back two years; a newer version is one with a higher ordinal', () => {
    expect(lastDownloadsSince(new Date('2026-06-15T09:00:00.000Z')).toISOString()).toBe('2024-06-15T09:00:00.000Z');
    expect(hasNewerVersion([{ ordinal: 1 }, { ordinal: 2 }], 1)).toBe(true);
    expect(hasNewerVersion([{ ordinal: 1 }, { ordinal: 2 }], 2)).toBe(false);
  });
});
