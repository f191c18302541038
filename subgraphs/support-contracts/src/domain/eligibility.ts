import type { ContractScope, Deployment, SupportContractKind } from './supportContract';
import { isExpired } from './expiry';

/** Kinds that serve cloud products only, whatever scope a row says (SUP-4). */
const CLOUD_ONLY_KINDS: ReadonlySet<SupportContractKind> = new Set(['SIGNATURE_CLOUD_SUPPORT', 'ADVANCED_SUPPORT_FOR_PARTNERS']);

/** The scope a contract really has: SCS and ASfP are cloud only (SUP-4). */
export function effectiveScope(contract: { kind: SupportContractKind; scope: ContractScope }): ContractScope {
  return CLOUD_ONLY_KINDS.has(contract.kind) ? 'CLOUD' : contract.scope;
}

/** Whether a scope covers a product's deployment. */
export function scopeCovers(scope: ContractScope, deployment: Deployment): boolean {
  return scope === 'ALL' || scope === deployment;
}

/** Why a contract cannot serve a product now; `null` when it can. Checked in this order. */
export type Ineligibility = 'EXPIRED' | 'EXHAUSTED' | 'OUT_OF_SCOPE';

export interface EligibilityFacts {
  kind: SupportContractKind;
  scope: ContractScope;
  incidentsRemaining: number;
  expiresAt: Date;
}

/** SUP-4: eligible = not expired, incidents left, scope covering the product's deployment. */
export function ineligibility(contract: EligibilityFacts, deployment: Deployment, now: Date): Ineligibility | null {
  if (isExpired(contract, now)) return 'EXPIRED';
  if (contract.incidentsRemaining <= 0) return 'EXHAUSTED';
  if (!scopeCovers(effectiveScope(contract), deployment)) return 'OUT_OF_SCOPE';
  return null;
}
