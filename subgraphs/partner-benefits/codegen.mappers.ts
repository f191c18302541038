/**
 * graphql-codegen `mappers`: the row or object each GraphQL type of this
 * subgraph is resolved from, as `path#Export` relative to
 * `src/generated/resolvers.ts` (codegen.subgraphs.ts).
 */
export const MAPPERS: Record<string, string> = {
  PartnerMembership: '../store/entities#PartnerMembershipRow',
  PartnerLocation: '../store/entities#PartnerLocationRow',
  BenefitPackage: '../store/entities#BenefitPackageRow',
  Entitlement: '../store/entities#BenefitEntitlementRow',
  AdvisoryRequest: '../store/entities#AdvisoryRequestRow',
  BenefitTile: '../domain/tiles#Tile',
  BenefitActivation: '../domain/packageActivation#PackageActivation',
  // Entities of other subgraphs: only their key reaches this one.
  Organization: '../resolvers/references#OrganizationRef',
  SupportContract: '../resolvers/references#SupportContractRef',
};
