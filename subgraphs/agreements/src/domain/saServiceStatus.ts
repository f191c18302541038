import { SA_ENTITLEMENT_TABLE, SA_SERVICE_KINDS, saEntitlements, type SaServiceKind, type SaServiceUnit } from './saEntitlements';

/** What the API shows for one SA service of an agreement (AGR-5, AGR-6). */
export interface SaServiceView {
  agreementId: string;
  kind: SaServiceKind;
  unit: SaServiceUnit;
  status: 'NOT_ACTIVATED' | 'ACTIVATED';
  entitledQuantity: number | null;
  assignedQuantity: number;
  remainingQuantity: number | null;
  activatedAt: Date | null;
  /** AGR-8: the Problem Resolution support contract, once the support store created it. */
  supportContractId: string | null;
}

/** The facts an activation row keeps. */
export interface ActivationFacts {
  service: string;
  entitledQuantity: number | null;
  assignedQuantity: number;
  activatedAt: Date;
  supportContractId?: string | null;
}

/**
 * The services of an agreement: what the table grants today, plus any
 * service activated earlier (its quantity was fixed at activation, so a later
 * drop in SA-covered licences does not take assigned days away). Table order.
 */
export function saServiceViews(agreementId: string, saCoveredLicenses: number, activations: readonly ActivationFacts[]): SaServiceView[] {
  const entitled = new Map(saEntitlements(saCoveredLicenses).map((e) => [e.kind, e] as const));
  const activated = new Map(activations.map((a) => [a.service, a] as const));
  const views: SaServiceView[] = [];
  for (const kind of SA_SERVICE_KINDS) {
    const activation = activated.get(kind);
    if (activation) {
      views.push(activatedView(agreementId, kind, activation));
      continue;
    }
    const e = entitled.get(kind);
    if (!e) continue;
    views.push({
      agreementId,
      kind,
      unit: e.unit,
      status: 'NOT_ACTIVATED',
      entitledQuantity: e.quantity,
      assignedQuantity: 0,
      remainingQuantity: e.quantity,
      activatedAt: null,
      supportContractId: null,
    });
  }
  return views;
}

/** The view of an activated service. */
export function activatedView(agreementId: string, kind: SaServiceKind, a: ActivationFacts): SaServiceView {
  return {
    agreementId,
    kind,
    unit: SA_ENTITLEMENT_TABLE[kind].unit,
    status: 'ACTIVATED',
    entitledQuantity: a.entitledQuantity,
    assignedQuantity: a.assignedQuantity,
    remainingQuantity: a.entitledQuantity === null ? null : a.entitledQuantity - a.assignedQuantity,
    activatedAt: a.activatedAt,
    supportContractId: a.supportContractId ?? null,
  };
}
