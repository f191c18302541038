/**
 * A support contract and its incidents as the rules see them: plain types,
 * no database mapping. `store/entities.ts` maps them to tables (its rows implement
 * these) and re-exports the unions.
 */

/** What kind of support a contract buys. */
export type SupportContractKind =
  | 'PRODUCT_SUPPORT'
  | 'SIGNATURE_CLOUD_SUPPORT'
  | 'ADVANCED_SUPPORT_FOR_PARTNERS'
  | 'SA_PROBLEM_RESOLUTION'
  | 'PARTNER_BENEFIT';
/** Which products a contract may serve (SUP-4). */
export type ContractScope = 'ON_PREMISES' | 'CLOUD' | 'ALL';
/** Where a product runs. */
export type Deployment = 'ON_PREMISES' | 'CLOUD';
export type IncidentSeverity = 'A' | 'B' | 'C';
export type IncidentStatus = 'OPEN' | 'RESOLVED' | 'NON_DECREMENT';

/** A support contract and its balances (SUP-1, SUP-2). */
export interface SupportContract {
  id: string;
  accessId: string;
  contractId: string;
  organizationId: string;
  kind: SupportContractKind;
  scope: ContractScope;
  label: string;
  incidentsGranted: number;
  incidentsRemaining: number;
  advisoryHoursGranted: number;
  advisoryHoursRemaining: number;
  startsAt: Date;
  expiresAt: Date;
}
