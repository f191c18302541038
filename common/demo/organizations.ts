/**
 * The demo world's organisations. Their ids are shared by every store (each
 * subgraph keeps rows keyed by them), so they are defined once here. The
 * agreements store owns the organisation rows themselves.
 */
import type { OrganizationKind } from '../roles';

export type { OrganizationKind } from '../roles';
export type Region = 'NORTH_AMERICA' | 'LATIN_AMERICA' | 'EMEA' | 'ASIA_PACIFIC' | 'GREATER_CHINA';

export interface DemoOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: Region;
}

export const DEMO_ORGS = {
  contoso: { id: 'org-contoso', name: 'Contoso Ltd', kind: 'CUSTOMER', country: 'US', region: 'NORTH_AMERICA' },
  fabrikam: { id: 'org-fabrikam', name: 'Fabrikam GmbH', kind: 'CUSTOMER', country: 'DE', region: 'EMEA' },
  tailspin: { id: 'org-tailspin', name: 'Tailspin Toys KK', kind: 'CUSTOMER', country: 'JP', region: 'ASIA_PACIFIC' },
  northwind: { id: 'org-northwind', name: 'Northwind Partners', kind: 'PARTNER', country: 'US', region: 'NORTH_AMERICA' },
  adatum: { id: 'org-adatum', name: 'Adatum Solutions', kind: 'PARTNER', country: 'AU', region: 'ASIA_PACIFIC' },
  litware: { id: 'org-litware', name: 'Litware Consulting', kind: 'PARTNER', country: 'DE', region: 'EMEA' },
  wingtip: { id: 'org-wingtip', name: 'Wingtip Partners', kind: 'PARTNER', country: 'GB', region: 'EMEA' },
  proseware: { id: 'org-proseware', name: 'Proseware Systems', kind: 'PARTNER', country: 'TW', region: 'GREATER_CHINA' },
  operator: { id: 'org-operator', name: 'Licensing Operations', kind: 'OPERATOR', country: 'US', region: 'NORTH_AMERICA' },
} as const satisfies Record<string, DemoOrganization>;

export const ALL_DEMO_ORGS: readonly DemoOrganization[] = Object.values(DEMO_ORGS);
