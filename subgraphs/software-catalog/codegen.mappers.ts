/**
 * graphql-codegen `mappers`: the row or object each GraphQL type of this
 * subgraph is resolved from, as `path#Export` relative to
 * `src/generated/resolvers.ts` (codegen.subgraphs.ts). Types not named here
 * (connections, edges, payloads) are built by their parent resolver field by
 * field and keep the default mapper.
 */
export const MAPPERS: Record<string, string> = {
  Product: '../store/entities#ProductRow',
  ProductVersion: '../store/entities#ProductVersionRow',
  ProductAlert: '../store/entities#ProductAlertRow',
  // An entity owned by agreements: the purchase id, with this store's entitlement once it has arrived.
  SoftwareSubscription: '../store/views#SubscriptionView',
  ProductKey: '../store/entities#ProductKeyRow',
  KeyReveal: '../store/entities#KeyRevealRow',
  DownloadLink: '../store/entities#DownloadLinkRow',
  DownloadLinkCopy: '../store/entities#DownloadLinkCopyRow',
  ActivationCode: '../store/entities#ActivationCodeRow',
  MyProduct: '../store/entities#MyProductRow',
  // The licence part of a My Products entry is resolved from the same entry.
  LicenseStatus: '../store/entities#MyProductRow',
  RegisteredLicense: '../store/views#RegisteredLicenseView',
  DownloadedFile: '../store/views#DownloadedFileView',
  UserGroup: '../store/entities#UserGroupRow',
  UserGroupMember: '../store/entities#UserGroupMemberRow',
  CatalogInsights: '../store/views#CatalogInsightsScope',
  CatalogProductCount: '../store/insightQueries#ProductCountRow',
  CatalogRenewalCount: '../store/insightQueries#RenewalCountRow',
};
