/**
 * graphql-codegen `mappers`: the row or object each GraphQL type of this
 * subgraph is resolved from, as `path#Export` relative to
 * `src/generated/resolvers.ts` (codegen.subgraphs.ts).
 */
export const MAPPERS: Record<string, string> = {
  Organization: '../store/entities#OrganizationRow',
  Agreement: '../store/entities#AgreementRow',
  LicenseLine: '../store/entities#LicenseLineRow',
  NoticeContact: '../store/entities#NoticeContactRow',
  Invitation: '../store/entities#InvitationRow',
  ServicesAdministrator: '../store/entities#ServicesAdministratorRow',
  SaService: '../domain/saServiceStatus#SaServiceView',
  SaVoucherAssignment: '../store/entities#SaVoucherAssignmentRow',
  SoftwareSubscription: '../store/entities#SoftwareSubscriptionRow',
  // Owned by other subgraphs (`resolvable: false`): only the key is known here.
  Product: '../resolvers/references#IdReference',
  SupportContract: '../resolvers/references#IdReference',
};
