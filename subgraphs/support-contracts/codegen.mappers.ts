/**
 * graphql-codegen `mappers`: the row or object each GraphQL type of this
 * subgraph is resolved from, as `path#Export` relative to
 * `src/generated/resolvers.ts` (codegen.subgraphs.ts). Types not named here
 * (connections, insights, benefits, `DetailsResentTo`) are resolved from
 * objects of their own GraphQL shape.
 */
export const MAPPERS: Record<string, string> = {
  SupportContract: '../store/entities#SupportContractRow',
  SupportContractLink: '../store/entities#ContractLinkRow',
  SupportIncident: '../store/entities#SupportIncidentRow',
  ProgramSupportCase: '../store/entities#ProgramSupportCaseRow',
  /** Federation references: the key only (and what `Product` @requires). */
  Organization: '../resolvers/references#OrganizationRef',
  Product: '../resolvers/references#ProductRef',
};
