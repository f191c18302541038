import { isoDate } from '../../../../common/clock';

export type SupportStatus = 'ACTIVE' | 'EXPIRED' | 'NO_LICENSE';
export type LicenseAction = 'NONE' | 'RENEW' | 'REGISTER_LICENSE';

/** MP-8: "last downloads" covers the last two years. */
export const LAST_DOWNLOADS_YEARS = 2;

/** MP-4: maintenance is active through its renewal date (inclusive, UTC days). */
export function licenceSupportStatus(renewalDate: string, now: Date): Exclude<SupportStatus, 'NO_LICENSE'> {
  return renewalDate >= isoDate(now) ? 'ACTIVE' : 'EXPIRED';
}

/** MP-4 for a product: active when any of its licences is; no licence, no status. */
export function productSupportStatus(renewalDates: readonly string[], now: Date): SupportStatus {
  if (renewalDates.length === 0) return 'NO_LICENSE';
  return renewalDates.some((d) => licenceSupportStatus(d, now) === 'ACTIVE') ? 'ACTIVE' : 'EXPIRED';
}

/** MP-5: the action a product's licences need — renew when maintenance expired. */
export function licenseActionFor(status: SupportStatus): LicenseAction {
  if (status === 'NO_LICENSE') return 'REGISTER_LICENSE';
  return status === 'EXPIRED' ? 'RENEW' : 'NONE';
}

/** The earliest download instant that still counts as a "last download" (MP-8). */
export function lastDownloadsSince(now: Date): Date {
  const since = new Date(now.getTime());
  since.setUTCFullYear(since.getUTCFullYear() - LAST_DOWNLOADS_YEARS);
  return since;
}

/** MP-6: alerts published after the last visit (all of them before a first visit). */
export function countNewAlerts(publishedAt: readonly Date[], lastVisitedAt: Date | null): number {
  if (!lastVisitedAt) return publishedAt.length;
  return publishedAt.filter((p) => p.getTime() > lastVisitedAt.getTime()).length;
}
