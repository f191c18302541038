/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ActivateBenefitTile($packageId: ID!) {\n  activateBenefitSelfService(input: {packageId: $packageId}) {\n    id\n    activation {\n      activatedAt\n      mode\n    }\n  }\n}": typeof types.ActivateBenefitTileDocument,
    "query BenefitTiles($first: Int, $after: String) {\n  myBenefitTiles(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      unit\n      status\n      packageKind\n      location {\n        name\n      }\n      checklist {\n        item\n        state\n        hint\n      }\n      supportContract {\n        id\n        incidentsGranted\n        incidentsRemaining\n        advisoryHoursGranted\n        advisoryHoursRemaining\n      }\n    }\n  }\n  myPartnerMembership {\n    benefitPackages {\n      id\n      entitlements {\n        id\n      }\n    }\n  }\n}": typeof types.BenefitTilesDocument,
    "query CatalogProducts($search: String, $first: Int) {\n  products(search: $search, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      family\n      deployment\n    }\n  }\n}": typeof types.CatalogProductsDocument,
};
const documents: Documents = {
    "mutation ActivateBenefitTile($packageId: ID!) {\n  activateBenefitSelfService(input: {packageId: $packageId}) {\n    id\n    activation {\n      activatedAt\n      mode\n    }\n  }\n}": types.ActivateBenefitTileDocument,
    "query BenefitTiles($first: Int, $after: String) {\n  myBenefitTiles(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      unit\n      status\n      packageKind\n      location {\n        name\n      }\n      checklist {\n        item\n        state\n        hint\n      }\n      supportContract {\n        id\n        incidentsGranted\n        incidentsRemaining\n        advisoryHoursGranted\n        advisoryHoursRemaining\n      }\n    }\n  }\n  myPartnerMembership {\n    benefitPackages {\n      id\n      entitlements {\n        id\n      }\n    }\n  }\n}": types.BenefitTilesDocument,
    "query CatalogProducts($search: String, $first: Int) {\n  products(search: $search, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      family\n      deployment\n    }\n  }\n}": types.CatalogProductsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateBenefitTile($packageId: ID!) {\n  activateBenefitSelfService(input: {packageId: $packageId}) {\n    id\n    activation {\n      activatedAt\n      mode\n    }\n  }\n}"): (typeof documents)["mutation ActivateBenefitTile($packageId: ID!) {\n  activateBenefitSelfService(input: {packageId: $packageId}) {\n    id\n    activation {\n      activatedAt\n      mode\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenefitTiles($first: Int, $after: String) {\n  myBenefitTiles(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      unit\n      status\n      packageKind\n      location {\n        name\n      }\n      checklist {\n        item\n        state\n        hint\n      }\n      supportContract {\n        id\n        incidentsGranted\n        incidentsRemaining\n        advisoryHoursGranted\n        advisoryHoursRemaining\n      }\n    }\n  }\n  myPartnerMembership {\n    benefitPackages {\n      id\n      entitlements {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query BenefitTiles($first: Int, $after: String) {\n  myBenefitTiles(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      unit\n      status\n      packageKind\n      location {\n        name\n      }\n      checklist {\n        item\n        state\n        hint\n      }\n      supportContract {\n        id\n        incidentsGranted\n        incidentsRemaining\n        advisoryHoursGranted\n        advisoryHoursRemaining\n      }\n    }\n  }\n  myPartnerMembership {\n    benefitPackages {\n      id\n      entitlements {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProducts($search: String, $first: Int) {\n  products(search: $search, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      family\n      deployment\n    }\n  }\n}"): (typeof documents)["query CatalogProducts($search: String, $first: Int) {\n  products(search: $search, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      family\n      deployment\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;