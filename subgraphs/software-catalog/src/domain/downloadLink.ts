import { addDays } from '../../../../common/clock';

/** CSP-5: a link expires five days after its first download. */
export const LINK_LIFETIME_DAYS = 5;

export type DownloadLinkStatus = 'NOT_YET_DOWNLOADED' | 'ACTIVE' | 'EXPIRED';

export interface LinkTimes {
  firstDownloadedAt: Date | null;
  expiresAt: Date | null;
}

/** The expiry a first download at `at` sets. */
export function expiryAfterFirstDownload(at: Date): Date {
  return addDays(at, LINK_LIFETIME_DAYS);
}

/** State of a link at `now`: the clock starts at the first download, not at generation. */
export function linkStatus(link: LinkTimes, now: Date): DownloadLinkStatus {
  if (!link.firstDownloadedAt || !link.expiresAt) return 'NOT_YET_DOWNLOADED';
  return now.getTime() < link.expiresAt.getTime() ? 'ACTIVE' : 'EXPIRED';
}

/** File name of a download, e.g. `prod-office_2021_en-US_x64.iso`. */
export function downloadFileName(productId: string, version: string, language: string, bitness: 'X64' | 'X86'): string {
  return `${productId}_${version}_${language}_${bitness === 'X64' ? 'x64' : 'x86'}.iso`;
}
