import type { Period } from '../../../../common/insights';
import type { Deployment, EntitlementRow, LicenseRole, SoftwareDownloadRow } from './entities';

/**
 * A CSP purchase as this subgraph sees it (the `SoftwareSubscription`
 * mapper). `entitlement` is null while the purchase event has not landed yet
 * (status PROVISIONING).
 */
export interface SubscriptionView {
  id: string;
  entitlement: EntitlementRow | null;
}

/** Wraps an entitlement row for the SoftwareSubscription resolvers. */
export function subscriptionView(entitlement: EntitlementRow): SubscriptionView {
  return { id: entitlement.subscriptionId, entitlement };
}

/** A file of "last downloads" (MP-8), with whether the catalog lists a newer version. */
export type DownloadedFileView = SoftwareDownloadRow & { newerVersionAvailable: boolean };

/** One licence on a My Products entry (MP-5, MP-9). */
export interface RegisteredLicenseView {
  licenseNumber: string;
  renewalDate: string;
  supportStatus: 'ACTIVE' | 'EXPIRED';
  userGroup: string;
  role: LicenseRole;
}

/** What `catalogInsights` checked once; each part of `CatalogInsights` runs its own GROUP BY from it. */
export interface CatalogInsightsScope {
  period: Period;
  deployment: Deployment | null;
  top: number;
  now: Date;
}
