import type { IncidentSeverity, SupportContractKind } from './supportContract';

/**
 * Response time promised for a first answer, in minutes, by contract kind and
 * severity (SUP-5). The one copy of the table; the README shows the same numbers.
 */
export const RESPONSE_TIME_MINUTES: Readonly<Record<SupportContractKind, Readonly<Record<IncidentSeverity, number>>>> = {
  ADVANCED_SUPPORT_FOR_PARTNERS: { A: 30, B: 120, C: 240 },
  SIGNATURE_CLOUD_SUPPORT: { A: 60, B: 120, C: 240 },
  PRODUCT_SUPPORT: { A: 60, B: 240, C: 480 },
  PARTNER_BENEFIT: { A: 60, B: 240, C: 480 },
  SA_PROBLEM_RESOLUTION: { A: 120, B: 480, C: 960 },
};

export function responseTimeMinutes(kind: SupportContractKind, severity: IncidentSeverity): number {
  return RESPONSE_TIME_MINUTES[kind][severity];
}

/** When a first response is due. */
export function respondBy(createdAt: Date, minutes: number): Date {
  return new Date(createdAt.getTime() + minutes * 60_000);
}
