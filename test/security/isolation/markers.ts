import { DEMO_USERS, type DemoUserHandle } from '../../../common/demo/users';

/**
 * Strings that belong to one organisation's private data (ids, numbers,
 * e-mails, secrets, free text) in the seeded demo world. A response to a
 * caller outside that organisation must contain none of them. Values created
 * during the test's arrange step (key ids, key values, download URLs,
 * designation ids) are added by `addMarkers`.
 */
const MARKERS: Record<string, string[]> = {
  'org-contoso': [
    'org-contoso', 'Contoso', 'contoso.example', 'user-alice', 'user-nora', 'user-sam', 'user-sue',
    // agreements: numbers, ids, purchases and their prices
    '0065432101', '0087654321', 'CSP-000123', 'agr-contoso', 'line-contoso', 'sub-contoso', '439990', '7920000',
    // software catalog: RDS CAL codes, licence numbers, My Products rows, downloads
    'K7M2Q-8XR4T-6WPJ9-3HCVB-2DNFG', 'Q4T8W-2BN6Y-7RJ3K-9MXPC-5HVDF', 'P9D3F-6HK2M-4QW7R-8TVXB-3CJYG',
    // licence numbers as whole JSON strings: Fabrikam's agreement number 0012345678 starts like one
    '"00123456"', '"00123457"', '"00234567"', '"00345678"', 'mp-alice', 'reg-alice', 'dl-alice', 'prod-office_2019_en-US_x64.iso',
    // support contracts: Access IDs, the expired pack's Contract ID, ids, incidents
    '0230242323', '0230240001', '1000100020', 'sc-contoso',
    'Cluster node fails to rejoin', 'Mail flow delays', 'Availability group failover loops',
    'SR260312000001', 'SR260402000002', 'SR260610000003',
    // arrange step: the employee given voucher days
    'Erin Employee',
  ],
  'org-northwind': [
    'org-northwind', 'Northwind', 'northwind.example', 'user-ada', '0099001122', 'agr-northwind',
    'pm-northwind', '4648141', 'bp-northwind', 'loc-northwind', 'ent-northwind', 'sc-pb-northwind', 'sc-northwind',
    '0230500100', '0230500200', '0037451200', '0038451200', '4381907', '4902615', 'Paul Porter', 'Dee Denton', 'Seattle', 'Cloud Platform',
  ],
  'org-wingtip': [
    'org-wingtip', 'Wingtip', 'wingtip.example', 'user-will', 'pm-wingtip', '5300400', 'bp-wingtip', 'loc-wingtip',
    'ent-wingtip', 'Mo Mancini', 'Manchester',
  ],
};

/** Adds values only known after the arrange step (generated ids, secrets). */
export function addMarkers(orgId: string, values: readonly string[]): void {
  MARKERS[orgId].push(...values.filter((v) => v.length >= 6));
}

/** Organisations whose markers are tracked: the victims of the table. */
export const VICTIM_ORGS = Object.keys(MARKERS);

/** Markers of `orgId`. */
export function markersOf(orgId: string): readonly string[] {
  return MARKERS[orgId];
}

/**
 * Markers the response to `caller` must not contain: every tracked
 * organisation's but the caller's own, minus strings the caller sent
 * itself (an error may name the id that was asked for without leaking it).
 */
export function forbiddenMarkers(caller: DemoUserHandle | undefined, sent: string): string[] {
  const own = caller ? DEMO_USERS[caller].org : undefined;
  return VICTIM_ORGS.filter((org) => org !== own)
    .flatMap((org) => MARKERS[org])
    .filter((m) => !sent.includes(m));
}

/** The markers of `forbidden` found in `response` (serialised as JSON). */
export function leakedMarkers(response: unknown, forbidden: readonly string[]): string[] {
  const text = JSON.stringify(response);
  return forbidden.filter((m) => text.includes(m));
}
