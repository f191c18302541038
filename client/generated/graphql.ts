/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a package came to be activated. */
export type ActivationMode =
  /** Activated by the scheduled job within a month of enrolment (PB-3). */
  | 'PROACTIVE'
  /** Requested by the partner (PB-2, PB-9). */
  | 'REQUESTED'
  /** Activated by a program admin on the dashboard (PB-11). */
  | 'SELF_SERVICE';

/** Core benefits or an additional business toolkit (PB-8). */
export type BenefitPackageKind =
  /** A second set of core benefits for one location; needs its own activation (PB-8). */
  | 'ADDITIONAL_BUSINESS_TOOLKIT'
  /** The organisation's core benefits. */
  | 'CORE';

/** The status of a benefit tile (PB-5…PB-7). */
export type BenefitTileStatus =
  /** Activated and the balance is there. */
  | 'ACTIVE'
  /** Not activated yet (PB-1). */
  | 'NOT_ACTIVATED'
  /** The organisation's program has no technical benefits (PB-7), or not this one: Signature Cloud Support is for Gold and Silver competency partners only (PB-12). */
  | 'NOT_ELIGIBLE'
  /** Activated; the balance has not propagated yet (PB-5/6: 2–3 days; the contract is not recorded or 3 days have not passed). */
  | 'PROVISIONING'
  /**
   * Activated more than 3 days ago and the backing support contract has still not been recorded (PB-5/6):
   * the balance is late, not on its way. The service asks support-contracts for the contract again on its
   * own; the tile turns ACTIVE when it arrives. The BALANCE_PROPAGATED hint says since when.
   */
  | 'PROVISIONING_DELAYED'
  /** The user's organisation is not linked to an active partner membership (PB-7). */
  | 'USER_NOT_LINKED';

/** The unit of a tile's balance, and where it is read on the support contract. */
export type BenefitUnit =
  /** Hours: `SupportContract.advisoryHoursGranted` (total) and `advisoryHoursRemaining`. */
  | 'HOURS'
  /** Incidents: `SupportContract.incidentsGranted` (total) and `incidentsRemaining`. */
  | 'INCIDENTS';

/** An item of the blank-tile checklist (PB-7). */
export type ChecklistItem =
  /** The balance has propagated (contract recorded and 3 days since activation). */
  | 'BALANCE_PROPAGATED'
  /** The benefit is activated. */
  | 'BENEFIT_ACTIVATED'
  /** The organisation is eligible for this benefit (network members without an Action Pack are not; only Gold and Silver partners get Signature Cloud Support, PB-12). */
  | 'ORGANIZATION_ELIGIBLE'
  /** The user is linked to an active partner organisation. */
  | 'USER_LINKED';

/** The result of one checklist item (PB-7). */
export type ChecklistState =
  /** The item fails: it is what blocks the tile; its hint says what to do. */
  | 'FAILED'
  /** Not evaluated: an earlier item failed, and this one builds on it (no balance without activation, no activation that counts without eligibility). */
  | 'NOT_CHECKED'
  /** The item holds. */
  | 'PASSED';

/** Where a product runs; decides which support contracts may serve it (SUP-4). */
export type Deployment =
  /** Run as an online service. */
  | 'CLOUD'
  /** Installed and run by the customer. */
  | 'ON_PREMISES';

export type ActivateBenefitTileMutationVariables = Exact<{
  packageId: string | number;
}>;


export type ActivateBenefitTileMutation = { activateBenefitSelfService: { id: string, activation: { activatedAt: string, mode: ActivationMode } | null } };

export type BenefitTilesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BenefitTilesQuery = { myBenefitTiles: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, unit: BenefitUnit, status: BenefitTileStatus, packageKind: BenefitPackageKind | null, location: { name: string } | null, checklist: Array<{ item: ChecklistItem, state: ChecklistState, hint: string }>, supportContract: { id: string, incidentsGranted: number, incidentsRemaining: number, advisoryHoursGranted: number, advisoryHoursRemaining: number } | null }> }, myPartnerMembership: { benefitPackages: Array<{ id: string, entitlements: Array<{ id: string }> }> } | null };

export type CatalogProductsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CatalogProductsQuery = { products: { totalCount: number, nodes: Array<{ id: string, name: string, family: string, deployment: Deployment }> } };


export const ActivateBenefitTileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateBenefitTile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateBenefitSelfService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateBenefitTileMutation, ActivateBenefitTileMutationVariables>;
export const BenefitTilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitTiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBenefitTiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"advisoryHoursGranted"}},{"kind":"Field","name":{"kind":"Name","value":"advisoryHoursRemaining"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPartnerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenefitTilesQuery, BenefitTilesQueryVariables>;
export const CatalogProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"deployment"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogProductsQuery, CatalogProductsQueryVariables>;