import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow, AgreementRow, LicenseLineRow, NoticeContactRow, InvitationRow, ServicesAdministratorRow, SaVoucherAssignmentRow, SoftwareSubscriptionRow } from '../store/entities';
import type { SaServiceView } from '../domain/saServiceStatus';
import type { IdReference } from '../resolvers/references';
import type { AgreementsContext } from '../resolvers/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date as an ISO-8601 string, e.g. 2026-11-23. */
  Date: { input: string; output: string; }
  /** An instant as an ISO-8601 string in UTC, e.g. 2026-11-23T09:00:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Which SA service to activate (AGR-6). */
export type ActivateSaServiceInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** The service. */
  service: SaServiceKind;
};

/** A licensing agreement of a customer organisation (AGR-1). */
export type Agreement = {
  __typename?: 'Agreement';
  /** Last day of the agreement. */
  endDate: Scalars['Date']['output'];
  /** Opaque agreement id. */
  id: Scalars['ID']['output'];
  /** Invitations recorded for this agreement: the notice contact's and one per designation (AGR-3, AGR-4). */
  invitations: InvitationConnection;
  /** Licence lines (AGR-2). */
  licenseLines: Array<LicenseLine>;
  /** The notice contact and their onboarding progress (AGR-3), or null before the invitation. */
  noticeContact?: Maybe<NoticeContact>;
  /** Enrollment number; a string, leading zeros kept. */
  number: Scalars['String']['output'];
  /** The customer organisation the agreement belongs to. */
  organization: Organization;
  /** Where this agreement is managed (AGR-7). */
  portal: ManagementPortal;
  /** Licensing program. */
  program: AgreementProgram;
  /** For CSP agreements, the partner that resells it; otherwise null. */
  resellerPartner?: Maybe<Organization>;
  /** Number of licences whose Software Assurance covers today; drives the SA entitlement table (AGR-5). */
  saCoveredLicenseCount: Scalars['Int']['output'];
  /** SA services this agreement is entitled to by the documented table, with status and remaining quantity (AGR-5, AGR-6). */
  saServices: Array<SaService>;
  /** Services administrators designated on this agreement, revoked ones included (AGR-4). */
  servicesAdministrators: ServicesAdministratorConnection;
  /** First day of the agreement. */
  startDate: Scalars['Date']['output'];
  /** Lifecycle state. */
  status: AgreementStatus;
};


/** A licensing agreement of a customer organisation (AGR-1). */
export type AgreementInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A licensing agreement of a customer organisation (AGR-1). */
export type AgreementServicesAdministratorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** Agreements on this page with their cursors. */
  edges: Array<AgreementEdge>;
  /** Agreements on this page. */
  nodes: Array<Agreement>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of agreements across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An agreement with its cursor. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
};

/** Volume licensing program of an agreement (AGR-1). */
export type AgreementProgram =
  /** Cloud Solution Provider: resold by a partner. */
  | 'CSP'
  /** Enterprise Agreement. */
  | 'ENTERPRISE'
  /** Microsoft Products and Services Agreement. */
  | 'MPSA'
  /** Open License: managed on the eOpen portal. */
  | 'OPEN'
  /** Select / Select Plus. */
  | 'SELECT';

/** Lifecycle state of an agreement. */
export type AgreementStatus =
  /** Signed and in force. */
  | 'ACTIVE'
  /** Past its end date. */
  | 'EXPIRED'
  /** Ended before its end date. */
  | 'TERMINATED';

/** Voucher days to give to an employee (AGR-6). */
export type AssignSaVoucherDaysInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** Days to assign (at least 1, at most what remains). */
  days: Scalars['Int']['input'];
  /** Employee's e-mail. */
  employeeEmail: Scalars['String']['input'];
  /** Employee's name. */
  employeeName: Scalars['String']['input'];
  /** TRAINING_VOUCHERS or DEPLOYMENT_PLANNING_VOUCHERS. */
  service: SaServiceKind;
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** A new services administrator on one agreement (AGR-4). */
export type DesignateServicesAdministratorInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** Administrator's e-mail. */
  email: Scalars['String']['input'];
  /** Administrator's name. */
  name: Scalars['String']['input'];
  /** SA services the administrator may activate and assign (at least one). */
  rights: Array<SaServiceKind>;
};

/** The agreement number as the notice contact types it (AGR-3). */
export type EnterAgreementNumberInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** Enrollment number; must match exactly, leading zeros included. */
  number: Scalars['String']['input'];
};

/** A recorded invitation (sending mail is out of scope). */
export type Invitation = {
  __typename?: 'Invitation';
  /** Invited e-mail address. */
  email: Scalars['String']['output'];
  /** Opaque invitation id. */
  id: Scalars['ID']['output'];
  /** When it was recorded. */
  invitedAt: Scalars['DateTime']['output'];
  /** Why the invitation was recorded. */
  kind: InvitationKind;
  /** The designation it belongs to, for services-administrator invitations. */
  servicesAdministrator?: Maybe<ServicesAdministrator>;
};

/** A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** Invitations on this page with their cursors. */
  edges: Array<InvitationEdge>;
  /** Invitations on this page. */
  nodes: Array<Invitation>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of invitations across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An invitation with its cursor. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: Invitation;
};

/** What an invitation invites to. */
export type InvitationKind =
  /** The notice contact is invited to onboard (AGR-3). */
  | 'NOTICE_CONTACT'
  /** A designated services administrator is invited to register (AGR-4). */
  | 'SERVICES_ADMINISTRATOR';

/** Who the notice contact of an agreement is (AGR-3). */
export type InviteNoticeContactInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** E-mail to invite; the notice contact later signs in with it. */
  email: Scalars['String']['input'];
};

/** A product licensed under an agreement, with its quantity and Software Assurance coverage (AGR-2). */
export type LicenseLine = {
  __typename?: 'LicenseLine';
  /** Opaque licence line id. */
  id: Scalars['ID']['output'];
  /** The licensed product (from the software catalog). */
  product: Product;
  /** Number of licences. */
  quantity: Scalars['Int']['output'];
  /** Last day of Software Assurance coverage, or null without SA. */
  saCoveredUntil?: Maybe<Scalars['Date']['output']>;
};

/** Where an agreement is managed (AGR-7). */
export type ManagementPortal =
  /** The eOpen portal (OPEN agreements). */
  | 'EOPEN'
  /** The Volume Licensing Service Center (all other programs). */
  | 'VOLUME_LICENSING_SERVICE_CENTER';

export type Mutation = {
  __typename?: 'Mutation';
  /** AGR-3 step 2: the notice contact accepts the terms. OUT_OF_ORDER before the profile is validated. */
  acceptNoticeContactTerms: NoticeContact;
  /** AGR-6: a services administrator holding the right for that service on that agreement activates it (others: FORBIDDEN; not registered yet: REGISTRATION_REQUIRED, AGR-9). */
  activateSaService: SaService;
  /** AGR-6: a services administrator assigns voucher days of an activated service to a named employee, never more than remain (INSUFFICIENT_BALANCE). */
  assignSaVoucherDays: SaVoucherAssignment;
  /** CSP-2: an admin agent of the reselling partner cancels a purchase within 7 days for a prorated credit; later: CANCELLATION_WINDOW_CLOSED. */
  cancelSoftwareSubscription: SoftwareSubscription;
  /** AGR-4: the registered notice contact designates a services administrator with rights per SA service; an invitation is recorded. */
  designateServicesAdministrator: ServicesAdministrator;
  /** AGR-3 step 3: the notice contact enters the agreement number (exact string, leading zeros kept). OUT_OF_ORDER before the terms are accepted. */
  enterAgreementNumber: NoticeContact;
  /** AGR-3 step 0: a global admin of the agreement's organisation invites its notice contact (an invitation is recorded). */
  inviteNoticeContact: NoticeContact;
  /** CSP-1: an admin agent of a partner buys software for a customer the partner has a relationship with (others: FORBIDDEN). */
  purchaseSoftware: SoftwareSubscription;
  /** AGR-9: the designated services administrator accepts the invitation and registers: a services_admin of the organisation signed in with the designation's e-mail (others: FORBIDDEN), once (CONFLICT after). Until then activateSaService and assignSaVoucherDays answer REGISTRATION_REQUIRED. */
  registerServicesAdministrator: ServicesAdministrator;
  /** AGR-4: the notice contact revokes a designation; its rights end at once. */
  revokeServicesAdministrator: ServicesAdministrator;
  /** AGR-4: the notice contact replaces the SA services an administrator holds rights for on that agreement. */
  setServicesAdministratorRights: ServicesAdministrator;
  /** AGR-3 step 1: the invited notice contact validates their profile (name, e-mail). OUT_OF_ORDER when not the next step. */
  validateNoticeContactProfile: NoticeContact;
};


export type MutationAcceptNoticeContactTermsArgs = {
  agreementId: Scalars['ID']['input'];
};


export type MutationActivateSaServiceArgs = {
  input: ActivateSaServiceInput;
};


export type MutationAssignSaVoucherDaysArgs = {
  input: AssignSaVoucherDaysInput;
};


export type MutationCancelSoftwareSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDesignateServicesAdministratorArgs = {
  input: DesignateServicesAdministratorInput;
};


export type MutationEnterAgreementNumberArgs = {
  input: EnterAgreementNumberInput;
};


export type MutationInviteNoticeContactArgs = {
  input: InviteNoticeContactInput;
};


export type MutationPurchaseSoftwareArgs = {
  input: PurchaseSoftwareInput;
};


export type MutationRegisterServicesAdministratorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeServicesAdministratorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetServicesAdministratorRightsArgs = {
  input: SetServicesAdministratorRightsInput;
};


export type MutationValidateNoticeContactProfileArgs = {
  input: ValidateNoticeContactProfileInput;
};

/** The notice contact of an agreement and their onboarding (AGR-3). */
export type NoticeContact = {
  __typename?: 'NoticeContact';
  /** E-mail the invitation was recorded for. */
  email: Scalars['String']['output'];
  /** When the invitation was recorded. */
  invitedAt: Scalars['DateTime']['output'];
  /** Name given when the profile was validated, or null before. */
  name?: Maybe<Scalars['String']['output']>;
  /** When the profile was validated, or null. */
  profileValidatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the agreement number was entered, or null. */
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Current onboarding step. */
  step: NoticeContactStep;
  /** When the terms were accepted, or null. */
  termsAcceptedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Onboarding step the notice contact has reached (AGR-3); each step needs the previous one. */
export type NoticeContactStep =
  /** Invited; the profile is not validated yet. */
  | 'INVITED'
  /** Name and e-mail validated; the terms are not accepted yet. */
  | 'PROFILE_VALIDATED'
  /** Agreement number entered: the notice contact may designate services administrators. */
  | 'REGISTERED'
  /** Terms accepted; the agreement number is not entered yet. */
  | 'TERMS_ACCEPTED';

/** A customer or partner organisation (owned by the agreements subgraph). */
export type Organization = {
  __typename?: 'Organization';
  /** This organisation's agreements, newest first (empty unless you belong to it or are an analyst). */
  agreements: AgreementConnection;
  /** Country as ISO 3166-1 alpha-2, e.g. DE. */
  country: Scalars['String']['output'];
  /** Customers this partner organisation may act for (CSP-1); empty unless you belong to it or are an analyst. */
  customers: OrganizationConnection;
  /** Opaque organisation id. */
  id: Scalars['ID']['output'];
  /** Customer, partner or operator. */
  kind: OrganizationKind;
  /** Legal name. */
  name: Scalars['String']['output'];
  /** Partners that may act for this customer organisation (CSP-1); empty unless you belong to it or are an analyst. */
  partners: OrganizationConnection;
  /** Sales region. */
  region: Region;
  /** CSP purchases made for (customer) or sold by (partner) this organisation, newest first; a partner viewing its customer sees only what it sold. */
  softwareSubscriptions: SoftwareSubscriptionConnection;
};


/** A customer or partner organisation (owned by the agreements subgraph). */
export type OrganizationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  program?: InputMaybe<AgreementProgram>;
  status?: InputMaybe<AgreementStatus>;
};


/** A customer or partner organisation (owned by the agreements subgraph). */
export type OrganizationCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer or partner organisation (owned by the agreements subgraph). */
export type OrganizationPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer or partner organisation (owned by the agreements subgraph). */
export type OrganizationSoftwareSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SoftwareSubscriptionStatus>;
};

/** A page of organisations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** Organisations on this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** Organisations on this page. */
  nodes: Array<Organization>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of organisations across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** Whether an organisation buys software (customer), resells it (partner) or runs this graph (operator). */
export type OrganizationKind =
  /** Buys licences and support. */
  | 'CUSTOMER'
  /** Runs the licensing operation; its analysts read across organisations. */
  | 'OPERATOR'
  /** Resells to customers and holds partner-program benefits. */
  | 'PARTNER';

/** Relay paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A product of the software catalog, referenced here by id. */
export type Product = {
  __typename?: 'Product';
  /** Catalog product id. */
  id: Scalars['ID']['output'];
};

/** A CSP purchase on behalf of a customer (CSP-1). */
export type PurchaseSoftwareInput = {
  /** ISO 4217 currency code, three capital letters. */
  currency: Scalars['String']['input'];
  /** The customer; the partner must have a relationship with it. */
  customerId: Scalars['ID']['input'];
  /** Subscription or perpetual. */
  kind: SoftwareSubscriptionKind;
  /** Total price in integer minor units (at least 0). */
  priceMinor: Scalars['Int']['input'];
  /** Catalog product id. */
  productId: Scalars['ID']['input'];
  /** Number of licences (at least 1). */
  quantity: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One of my organisation's agreements by its enrollment number (NOT_FOUND when it is not yours). */
  agreementByNumber?: Maybe<Agreement>;
  /** My organisation's agreements, newest first, filterable by program and status. */
  myAgreements: AgreementConnection;
  /** The signed-in user's organisation. Needs a token. */
  myOrganization?: Maybe<Organization>;
  /** An organisation by id: your own, or any for analysts; others get FORBIDDEN. */
  organization?: Maybe<Organization>;
  /** Every organisation, by name, for the operator's analysts (FORBIDDEN for everyone else, UNAUTHENTICATED without a token). */
  organizations: OrganizationConnection;
  /**
   * Analysts only (FORBIDDEN for everyone else): activated SA services per program and service (AGR-5,
   * AGR-6) and how much of their balance is assigned. Counts and sums only. The period filters on the
   * activation time.
   */
  saServiceInsights: Array<SaServiceInsight>;
  /** A CSP purchase by id, visible to its customer, its reselling partner and analysts (NOT_FOUND otherwise). */
  softwareSubscription?: Maybe<SoftwareSubscription>;
};


export type QueryAgreementByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryMyAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  program?: InputMaybe<AgreementProgram>;
  status?: InputMaybe<AgreementStatus>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySaServiceInsightsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<SaServiceKind>;
  program?: InputMaybe<AgreementProgram>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySoftwareSubscriptionArgs = {
  id: Scalars['ID']['input'];
};

/** Sales region of an organisation; decides activation channels (PB-9). */
export type Region =
  /** Asia-Pacific except Greater China. */
  | 'ASIA_PACIFIC'
  /** Europe, Middle East and Africa. */
  | 'EMEA'
  /** China, Hong Kong SAR, Macao SAR and Taiwan. */
  | 'GREATER_CHINA'
  /** Mexico, Central and South America. */
  | 'LATIN_AMERICA'
  /** United States and Canada. */
  | 'NORTH_AMERICA';

/** An SA service an agreement is entitled to (AGR-5), its activation and what is left (AGR-6). */
export type SaService = {
  __typename?: 'SaService';
  /** When it was activated, or null. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Quantity already assigned (0 for a right without quantity). */
  assignedQuantity: Scalars['Int']['output'];
  /** Every voucher assignment of this service, oldest first. */
  assignments: SaVoucherAssignmentConnection;
  /** Entitled quantity (fixed at activation), or null for a right without quantity. */
  entitledQuantity?: Maybe<Scalars['Int']['output']>;
  /** Which service. */
  kind: SaServiceKind;
  /** Quantity still available, or null for a right without quantity. */
  remainingQuantity?: Maybe<Scalars['Int']['output']>;
  /** Activation state. */
  status: SaServiceStatus;
  /** Problem Resolution Support only (AGR-8): the support contract holding the SA incidents, once it exists. */
  supportContract?: Maybe<SupportContract>;
  /** Problem Resolution Support only (AGR-8): PROVISIONING until the support store has created the contract, then ACTIVE; null for other services or before activation. */
  supportContractStatus?: Maybe<SupportContractProvisioning>;
  /** What the quantities count. */
  unit: SaServiceUnit;
};


/** An SA service an agreement is entitled to (AGR-5), its activation and what is left (AGR-6). */
export type SaServiceAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Activated SA services of one program and one service, summed over agreements (analysts; no ids). */
export type SaServiceInsight = {
  __typename?: 'SaServiceInsight';
  /** Activations of this service (one per agreement). */
  activatedCount: Scalars['Int']['output'];
  /** Agreements with this service activated. */
  agreementCount: Scalars['Int']['output'];
  /** Quantity assigned so far (voucher days, incidents), summed; null for services without a quantity. */
  assignedQuantity?: Maybe<Scalars['Int']['output']>;
  /** Entitled quantity fixed at activation, summed; null for services without a quantity. */
  entitledQuantity?: Maybe<Scalars['Int']['output']>;
  /** The SA service. */
  kind: SaServiceKind;
  /** Customer organisations with this service activated. */
  organizationCount: Scalars['Int']['output'];
  /** Program of the agreements counted. */
  program: AgreementProgram;
  /** Entitled minus assigned; null for services without a quantity. */
  remainingQuantity?: Maybe<Scalars['Int']['output']>;
  /** What its quantities count. */
  unit: SaServiceUnit;
  /** Assigned / entitled, between 0 and 1; null when there is no balance. */
  usedShare?: Maybe<Scalars['Float']['output']>;
};

/** The Software Assurance services (AGR-5). */
export type SaServiceKind =
  /** Deployment Planning Services Vouchers, in days. */
  | 'DEPLOYMENT_PLANNING_VOUCHERS'
  /** eLearning. */
  | 'ELEARNING'
  /** Employee Purchase Program. */
  | 'EMPLOYEE_PURCHASE_PROGRAM'
  /** Enterprise Source Licensing. */
  | 'ENTERPRISE_SOURCE_LICENSING'
  /** Extended Hotfix Support. */
  | 'EXTENDED_HOTFIX_SUPPORT'
  /** Home Use Program. */
  | 'HOME_USE_PROGRAM'
  /** Problem Resolution Support: support incidents (AGR-8). */
  | 'PROBLEM_RESOLUTION_SUPPORT'
  /** TechNet Online Concierge Chat & TechNet Plus. */
  | 'TECHNET_CONCIERGE_CHAT'
  /** TechNet Plus subscription support. */
  | 'TECHNET_PLUS_SUBSCRIPTION_SUPPORT'
  /** Training Vouchers, in days. */
  | 'TRAINING_VOUCHERS'
  /** Virtual PC Express. */
  | 'VIRTUAL_PC_EXPRESS'
  /** Windows PE & Corporate Error Reporting. */
  | 'WINDOWS_PE_AND_CER';

/** Whether an SA service may be used yet (AGR-6). */
export type SaServiceStatus =
  /** Activated by a services administrator holding the right. */
  | 'ACTIVATED'
  /** Entitled but not activated: it cannot be assigned yet. */
  | 'NOT_ACTIVATED';

/** What an SA service's quantity counts. */
export type SaServiceUnit =
  /** Voucher days. */
  | 'DAYS'
  /** Support incidents. */
  | 'INCIDENTS'
  /** An access right without a quantity. */
  | 'NONE';

/** Voucher days assigned to a named employee (AGR-6). */
export type SaVoucherAssignment = {
  __typename?: 'SaVoucherAssignment';
  /** When they were assigned. */
  assignedAt: Scalars['DateTime']['output'];
  /** Days assigned. */
  days: Scalars['Int']['output'];
  /** Employee's e-mail. */
  employeeEmail: Scalars['String']['output'];
  /** Employee's name. */
  employeeName: Scalars['String']['output'];
  /** Opaque assignment id. */
  id: Scalars['ID']['output'];
  /** The voucher service the days come from. */
  service: SaServiceKind;
};

/** A page of voucher assignments. */
export type SaVoucherAssignmentConnection = {
  __typename?: 'SaVoucherAssignmentConnection';
  /** Assignments on this page with their cursors. */
  edges: Array<SaVoucherAssignmentEdge>;
  /** Assignments on this page. */
  nodes: Array<SaVoucherAssignment>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of assignments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A voucher assignment with its cursor. */
export type SaVoucherAssignmentEdge = {
  __typename?: 'SaVoucherAssignmentEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The assignment. */
  node: SaVoucherAssignment;
};

/** A services administrator designated on one agreement, with rights per SA service (AGR-4). */
export type ServicesAdministrator = {
  __typename?: 'ServicesAdministrator';
  /** When the designation was made. */
  designatedAt: Scalars['DateTime']['output'];
  /** E-mail of the administrator; they act when signed in with this e-mail and the services_admin role. */
  email: Scalars['String']['output'];
  /** Opaque designation id. */
  id: Scalars['ID']['output'];
  /** Administrator's name. */
  name: Scalars['String']['output'];
  /** When the administrator registered, or null while the invitation is pending (AGR-9). */
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the administrator has accepted the invitation and registered (AGR-9). */
  registrationStatus: ServicesAdministratorRegistrationStatus;
  /** When it was revoked, or null. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** SA services this administrator may activate and assign on this agreement. */
  rights: Array<SaServiceKind>;
  /** Whether the designation is in force. */
  status: ServicesAdministratorStatus;
};

/** A page of services administrators. */
export type ServicesAdministratorConnection = {
  __typename?: 'ServicesAdministratorConnection';
  /** Administrators on this page with their cursors. */
  edges: Array<ServicesAdministratorEdge>;
  /** Administrators on this page. */
  nodes: Array<ServicesAdministrator>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of administrators across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A services administrator with its cursor. */
export type ServicesAdministratorEdge = {
  __typename?: 'ServicesAdministratorEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The administrator. */
  node: ServicesAdministrator;
};

/** Whether a designated services administrator has accepted the invitation (AGR-9). */
export type ServicesAdministratorRegistrationStatus =
  /** Invited: the administrator has not registered yet and cannot activate or assign services. */
  | 'INVITED'
  /** Registered: the administrator accepted the invitation and may use the rights. */
  | 'REGISTERED';

/** Whether a designation is in force. */
export type ServicesAdministratorStatus =
  /** Designated: the rights apply. */
  | 'ACTIVE'
  /** Revoked: no rights remain. */
  | 'REVOKED';

/** New rights of a designation (AGR-4); replaces the previous set. */
export type SetServicesAdministratorRightsInput = {
  /** The designation. */
  id: Scalars['ID']['input'];
  /** SA services the administrator may activate and assign (at least one). */
  rights: Array<SaServiceKind>;
};

/** Software a partner bought for a customer through CSP (CSP-1, CSP-2). */
export type SoftwareSubscription = {
  __typename?: 'SoftwareSubscription';
  /** Last instant at which it may still be cancelled (purchase + 7 days). */
  cancellableUntil: Scalars['DateTime']['output'];
  /** When it was cancelled, or null. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** ISO 4217 currency code, e.g. USD. */
  currency: Scalars['String']['output'];
  /** The customer the software was bought for. */
  customer: Organization;
  /** Opaque purchase id. */
  id: Scalars['ID']['output'];
  /** Subscription or perpetual. */
  kind: SoftwareSubscriptionKind;
  /** The partner that resold it. */
  partner: Organization;
  /** Price paid, in integer minor units of the currency (e.g. cents). */
  priceMinor: Scalars['Int']['output'];
  /** The product bought (from the software catalog). */
  product: Product;
  /** Prorated credit granted at cancellation, in minor units, or null while active (CSP-2). */
  proratedCreditMinor?: Maybe<Scalars['Int']['output']>;
  /** When it was bought. */
  purchasedAt: Scalars['DateTime']['output'];
  /** Number of licences. */
  quantity: Scalars['Int']['output'];
  /** Active or cancelled. */
  status: SoftwareSubscriptionStatus;
};

/** A page of CSP purchases. */
export type SoftwareSubscriptionConnection = {
  __typename?: 'SoftwareSubscriptionConnection';
  /** Purchases on this page with their cursors. */
  edges: Array<SoftwareSubscriptionEdge>;
  /** Purchases on this page. */
  nodes: Array<SoftwareSubscription>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of purchases across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A CSP purchase with its cursor. */
export type SoftwareSubscriptionEdge = {
  __typename?: 'SoftwareSubscriptionEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The purchase. */
  node: SoftwareSubscription;
};

/** Whether a CSP purchase is a time-bound subscription or a perpetual licence. */
export type SoftwareSubscriptionKind =
  /** A perpetual licence. */
  | 'PERPETUAL'
  /** A subscription with a yearly term. */
  | 'SUBSCRIPTION';

/** State of a CSP purchase. */
export type SoftwareSubscriptionStatus =
  /** In force. */
  | 'ACTIVE'
  /** Cancelled within the 7-day window (CSP-2). */
  | 'CANCELLED';

/** A support contract (owned by support-contracts); referenced by id. */
export type SupportContract = {
  __typename?: 'SupportContract';
  /** Opaque contract id. */
  id: Scalars['ID']['output'];
};

/** Whether the support contract an activation creates in the support store exists yet (AGR-8). */
export type SupportContractProvisioning =
  /** The contract exists: see supportContract. */
  | 'ACTIVE'
  /** Activated; the support store has not created the contract yet (the event is on its way). */
  | 'PROVISIONING';

/** The notice contact's profile (AGR-3). */
export type ValidateNoticeContactProfileInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** E-mail; must be the invited one and the signed-in user's. */
  email: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Agreement: Agreement;
  Organization: Organization;
  SoftwareSubscription: SoftwareSubscription;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agreement:
    ( { __typename: 'Agreement' }
    & ( GraphQLRecursivePick<FederationTypes['Agreement'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Agreement'], {"number":true}> ) );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  SoftwareSubscription:
    ( { __typename: 'SoftwareSubscription' }
    & GraphQLRecursivePick<FederationTypes['SoftwareSubscription'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivateSaServiceInput: ResolverTypeWrapper<Partial<ActivateSaServiceInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementConnection: ResolverTypeWrapper<Partial<Omit<AgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgreementEdge']>, nodes: Array<ResolversTypes['Agreement']> }>>;
  AgreementEdge: ResolverTypeWrapper<Partial<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>>;
  AgreementProgram: ResolverTypeWrapper<Partial<AgreementProgram>>;
  AgreementStatus: ResolverTypeWrapper<Partial<AgreementStatus>>;
  AssignSaVoucherDaysInput: ResolverTypeWrapper<Partial<AssignSaVoucherDaysInput>>;
  CacheControlScope: ResolverTypeWrapper<Partial<CacheControlScope>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  DesignateServicesAdministratorInput: ResolverTypeWrapper<Partial<DesignateServicesAdministratorInput>>;
  EnterAgreementNumberInput: ResolverTypeWrapper<Partial<EnterAgreementNumberInput>>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  InvitationConnection: ResolverTypeWrapper<Partial<Omit<InvitationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InvitationEdge']>, nodes: Array<ResolversTypes['Invitation']> }>>;
  InvitationEdge: ResolverTypeWrapper<Partial<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>>;
  InvitationKind: ResolverTypeWrapper<Partial<InvitationKind>>;
  InviteNoticeContactInput: ResolverTypeWrapper<Partial<InviteNoticeContactInput>>;
  LicenseLine: ResolverTypeWrapper<LicenseLineRow>;
  ManagementPortal: ResolverTypeWrapper<Partial<ManagementPortal>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoticeContact: ResolverTypeWrapper<NoticeContactRow>;
  NoticeContactStep: ResolverTypeWrapper<Partial<NoticeContactStep>>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<Partial<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>>;
  OrganizationEdge: ResolverTypeWrapper<Partial<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>>;
  OrganizationKind: ResolverTypeWrapper<Partial<OrganizationKind>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Product: ResolverTypeWrapper<IdReference>;
  PurchaseSoftwareInput: ResolverTypeWrapper<Partial<PurchaseSoftwareInput>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Partial<Region>>;
  SaService: ResolverTypeWrapper<SaServiceView>;
  SaServiceInsight: ResolverTypeWrapper<Partial<SaServiceInsight>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  SaServiceKind: ResolverTypeWrapper<Partial<SaServiceKind>>;
  SaServiceStatus: ResolverTypeWrapper<Partial<SaServiceStatus>>;
  SaServiceUnit: ResolverTypeWrapper<Partial<SaServiceUnit>>;
  SaVoucherAssignment: ResolverTypeWrapper<SaVoucherAssignmentRow>;
  SaVoucherAssignmentConnection: ResolverTypeWrapper<Partial<Omit<SaVoucherAssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SaVoucherAssignmentEdge']>, nodes: Array<ResolversTypes['SaVoucherAssignment']> }>>;
  SaVoucherAssignmentEdge: ResolverTypeWrapper<Partial<Omit<SaVoucherAssignmentEdge, 'node'> & { node: ResolversTypes['SaVoucherAssignment'] }>>;
  ServicesAdministrator: ResolverTypeWrapper<ServicesAdministratorRow>;
  ServicesAdministratorConnection: ResolverTypeWrapper<Partial<Omit<ServicesAdministratorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServicesAdministratorEdge']>, nodes: Array<ResolversTypes['ServicesAdministrator']> }>>;
  ServicesAdministratorEdge: ResolverTypeWrapper<Partial<Omit<ServicesAdministratorEdge, 'node'> & { node: ResolversTypes['ServicesAdministrator'] }>>;
  ServicesAdministratorRegistrationStatus: ResolverTypeWrapper<Partial<ServicesAdministratorRegistrationStatus>>;
  ServicesAdministratorStatus: ResolverTypeWrapper<Partial<ServicesAdministratorStatus>>;
  SetServicesAdministratorRightsInput: ResolverTypeWrapper<Partial<SetServicesAdministratorRightsInput>>;
  SoftwareSubscription: ResolverTypeWrapper<SoftwareSubscriptionRow>;
  SoftwareSubscriptionConnection: ResolverTypeWrapper<Partial<Omit<SoftwareSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SoftwareSubscriptionEdge']>, nodes: Array<ResolversTypes['SoftwareSubscription']> }>>;
  SoftwareSubscriptionEdge: ResolverTypeWrapper<Partial<Omit<SoftwareSubscriptionEdge, 'node'> & { node: ResolversTypes['SoftwareSubscription'] }>>;
  SoftwareSubscriptionKind: ResolverTypeWrapper<Partial<SoftwareSubscriptionKind>>;
  SoftwareSubscriptionStatus: ResolverTypeWrapper<Partial<SoftwareSubscriptionStatus>>;
  SupportContract: ResolverTypeWrapper<IdReference>;
  SupportContractProvisioning: ResolverTypeWrapper<Partial<SupportContractProvisioning>>;
  ValidateNoticeContactProfileInput: ResolverTypeWrapper<Partial<ValidateNoticeContactProfileInput>>;
  link__Import: ResolverTypeWrapper<Partial<Scalars['link__Import']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivateSaServiceInput: Partial<ActivateSaServiceInput>;
  ID: Partial<Scalars['ID']['output']>;
  Agreement: AgreementRow;
  AgreementConnection: Partial<Omit<AgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgreementEdge']>, nodes: Array<ResolversParentTypes['Agreement']> }>;
  AgreementEdge: Partial<Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] }>;
  AssignSaVoucherDaysInput: Partial<AssignSaVoucherDaysInput>;
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DesignateServicesAdministratorInput: Partial<DesignateServicesAdministratorInput>;
  EnterAgreementNumberInput: Partial<EnterAgreementNumberInput>;
  Invitation: InvitationRow;
  InvitationConnection: Partial<Omit<InvitationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InvitationEdge']>, nodes: Array<ResolversParentTypes['Invitation']> }>;
  InvitationEdge: Partial<Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] }>;
  InviteNoticeContactInput: Partial<InviteNoticeContactInput>;
  LicenseLine: LicenseLineRow;
  Mutation: Record<PropertyKey, never>;
  NoticeContact: NoticeContactRow;
  Organization: OrganizationRow;
  OrganizationConnection: Partial<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> }>;
  OrganizationEdge: Partial<Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] }>;
  PageInfo: Partial<PageInfo>;
  Product: IdReference;
  PurchaseSoftwareInput: Partial<PurchaseSoftwareInput>;
  Query: Record<PropertyKey, never>;
  SaService: SaServiceView;
  SaServiceInsight: Partial<SaServiceInsight>;
  Float: Partial<Scalars['Float']['output']>;
  SaVoucherAssignment: SaVoucherAssignmentRow;
  SaVoucherAssignmentConnection: Partial<Omit<SaVoucherAssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SaVoucherAssignmentEdge']>, nodes: Array<ResolversParentTypes['SaVoucherAssignment']> }>;
  SaVoucherAssignmentEdge: Partial<Omit<SaVoucherAssignmentEdge, 'node'> & { node: ResolversParentTypes['SaVoucherAssignment'] }>;
  ServicesAdministrator: ServicesAdministratorRow;
  ServicesAdministratorConnection: Partial<Omit<ServicesAdministratorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServicesAdministratorEdge']>, nodes: Array<ResolversParentTypes['ServicesAdministrator']> }>;
  ServicesAdministratorEdge: Partial<Omit<ServicesAdministratorEdge, 'node'> & { node: ResolversParentTypes['ServicesAdministrator'] }>;
  SetServicesAdministratorRightsInput: Partial<SetServicesAdministratorRightsInput>;
  SoftwareSubscription: SoftwareSubscriptionRow;
  SoftwareSubscriptionConnection: Partial<Omit<SoftwareSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SoftwareSubscriptionEdge']>, nodes: Array<ResolversParentTypes['SoftwareSubscription']> }>;
  SoftwareSubscriptionEdge: Partial<Omit<SoftwareSubscriptionEdge, 'node'> & { node: ResolversParentTypes['SoftwareSubscription'] }>;
  SupportContract: IdReference;
  ValidateNoticeContactProfileInput: Partial<ValidateNoticeContactProfileInput>;
  link__Import: Partial<Scalars['link__Import']['output']>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  String: Partial<Scalars['String']['output']>;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = AgreementsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = AgreementsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = AgreementsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'], FederationReferenceType extends FederationReferenceTypes['Agreement'] = FederationReferenceTypes['Agreement']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<AgreementInvitationsArgs, 'first'>>;
  licenseLines?: Resolver<Array<ResolversTypes['LicenseLine']>, ParentType, ContextType>;
  noticeContact?: Resolver<Maybe<ResolversTypes['NoticeContact']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  portal?: Resolver<ResolversTypes['ManagementPortal'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['AgreementProgram'], ParentType, ContextType>;
  resellerPartner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  saCoveredLicenseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saServices?: Resolver<Array<ResolversTypes['SaService']>, ParentType, ContextType>;
  servicesAdministrators?: Resolver<ResolversTypes['ServicesAdministratorConnection'], ParentType, ContextType, RequireFields<AgreementServicesAdministratorsArgs, 'first'>>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvitationResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvitationKind'], ParentType, ContextType>;
  servicesAdministrator?: Resolver<Maybe<ResolversTypes['ServicesAdministrator']>, ParentType, ContextType>;
};

export type InvitationConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvitationEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type LicenseLineResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['LicenseLine'] = ResolversParentTypes['LicenseLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saCoveredUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptNoticeContactTerms?: Resolver<ResolversTypes['NoticeContact'], ParentType, ContextType, RequireFields<MutationAcceptNoticeContactTermsArgs, 'agreementId'>>;
  activateSaService?: Resolver<ResolversTypes['SaService'], ParentType, ContextType, RequireFields<MutationActivateSaServiceArgs, 'input'>>;
  assignSaVoucherDays?: Resolver<ResolversTypes['SaVoucherAssignment'], ParentType, ContextType, RequireFields<MutationAssignSaVoucherDaysArgs, 'input'>>;
  cancelSoftwareSubscription?: Resolver<ResolversTypes['SoftwareSubscription'], ParentType, ContextType, RequireFields<MutationCancelSoftwareSubscriptionArgs, 'id'>>;
  designateServicesAdministrator?: Resolver<ResolversTypes['ServicesAdministrator'], ParentType, ContextType, RequireFields<MutationDesignateServicesAdministratorArgs, 'input'>>;
  enterAgreementNumber?: Resolver<ResolversTypes['NoticeContact'], ParentType, ContextType, RequireFields<MutationEnterAgreementNumberArgs, 'input'>>;
  inviteNoticeContact?: Resolver<ResolversTypes['NoticeContact'], ParentType, ContextType, RequireFields<MutationInviteNoticeContactArgs, 'input'>>;
  purchaseSoftware?: Resolver<ResolversTypes['SoftwareSubscription'], ParentType, ContextType, RequireFields<MutationPurchaseSoftwareArgs, 'input'>>;
  registerServicesAdministrator?: Resolver<ResolversTypes['ServicesAdministrator'], ParentType, ContextType, RequireFields<MutationRegisterServicesAdministratorArgs, 'id'>>;
  revokeServicesAdministrator?: Resolver<ResolversTypes['ServicesAdministrator'], ParentType, ContextType, RequireFields<MutationRevokeServicesAdministratorArgs, 'id'>>;
  setServicesAdministratorRights?: Resolver<ResolversTypes['ServicesAdministrator'], ParentType, ContextType, RequireFields<MutationSetServicesAdministratorRightsArgs, 'input'>>;
  validateNoticeContactProfile?: Resolver<ResolversTypes['NoticeContact'], ParentType, ContextType, RequireFields<MutationValidateNoticeContactProfileArgs, 'input'>>;
};

export type NoticeContactResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['NoticeContact'] = ResolversParentTypes['NoticeContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profileValidatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['NoticeContactStep'], ParentType, ContextType>;
  termsAcceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<OrganizationAgreementsArgs, 'first'>>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<OrganizationCustomersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<OrganizationPartnersArgs, 'first'>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  softwareSubscriptions?: Resolver<ResolversTypes['SoftwareSubscriptionConnection'], ParentType, ContextType, RequireFields<OrganizationSoftwareSubscriptionsArgs, 'first'>>;
};

export type OrganizationConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreementByNumber?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementByNumberArgs, 'number'>>;
  myAgreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryMyAgreementsArgs, 'first'>>;
  myOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  saServiceInsights?: Resolver<Array<ResolversTypes['SaServiceInsight']>, ParentType, ContextType, Partial<QuerySaServiceInsightsArgs>>;
  softwareSubscription?: Resolver<Maybe<ResolversTypes['SoftwareSubscription']>, ParentType, ContextType, RequireFields<QuerySoftwareSubscriptionArgs, 'id'>>;
};

export type SaServiceResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SaService'] = ResolversParentTypes['SaService']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignments?: Resolver<ResolversTypes['SaVoucherAssignmentConnection'], ParentType, ContextType, RequireFields<SaServiceAssignmentsArgs, 'first'>>;
  entitledQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SaServiceKind'], ParentType, ContextType>;
  remainingQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SaServiceStatus'], ParentType, ContextType>;
  supportContract?: Resolver<Maybe<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  supportContractStatus?: Resolver<Maybe<ResolversTypes['SupportContractProvisioning']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['SaServiceUnit'], ParentType, ContextType>;
};

export type SaServiceInsightResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SaServiceInsight'] = ResolversParentTypes['SaServiceInsight']> = {
  activatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignedQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entitledQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SaServiceKind'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['AgreementProgram'], ParentType, ContextType>;
  remainingQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['SaServiceUnit'], ParentType, ContextType>;
  usedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SaVoucherAssignmentResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SaVoucherAssignment'] = ResolversParentTypes['SaVoucherAssignment']> = {
  assignedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employeeEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['SaServiceKind'], ParentType, ContextType>;
};

export type SaVoucherAssignmentConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SaVoucherAssignmentConnection'] = ResolversParentTypes['SaVoucherAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SaVoucherAssignmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SaVoucherAssignment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SaVoucherAssignmentEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SaVoucherAssignmentEdge'] = ResolversParentTypes['SaVoucherAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SaVoucherAssignment'], ParentType, ContextType>;
};

export type ServicesAdministratorResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ServicesAdministrator'] = ResolversParentTypes['ServicesAdministrator']> = {
  designatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registrationStatus?: Resolver<ResolversTypes['ServicesAdministratorRegistrationStatus'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['SaServiceKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServicesAdministratorStatus'], ParentType, ContextType>;
};

export type ServicesAdministratorConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ServicesAdministratorConnection'] = ResolversParentTypes['ServicesAdministratorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServicesAdministratorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServicesAdministrator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServicesAdministratorEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ServicesAdministratorEdge'] = ResolversParentTypes['ServicesAdministratorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServicesAdministrator'], ParentType, ContextType>;
};

export type SoftwareSubscriptionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SoftwareSubscription'] = ResolversParentTypes['SoftwareSubscription'], FederationReferenceType extends FederationReferenceTypes['SoftwareSubscription'] = FederationReferenceTypes['SoftwareSubscription']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SoftwareSubscription']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellableUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SoftwareSubscriptionKind'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  priceMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  proratedCreditMinor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  purchasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SoftwareSubscriptionStatus'], ParentType, ContextType>;
};

export type SoftwareSubscriptionConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SoftwareSubscriptionConnection'] = ResolversParentTypes['SoftwareSubscriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SoftwareSubscriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SoftwareSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SoftwareSubscriptionEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SoftwareSubscriptionEdge'] = ResolversParentTypes['SoftwareSubscriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SoftwareSubscription'], ParentType, ContextType>;
};

export type SupportContractResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SupportContract'] = ResolversParentTypes['SupportContract']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = AgreementsContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  LicenseLine?: LicenseLineResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoticeContact?: NoticeContactResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SaService?: SaServiceResolvers<ContextType>;
  SaServiceInsight?: SaServiceInsightResolvers<ContextType>;
  SaVoucherAssignment?: SaVoucherAssignmentResolvers<ContextType>;
  SaVoucherAssignmentConnection?: SaVoucherAssignmentConnectionResolvers<ContextType>;
  SaVoucherAssignmentEdge?: SaVoucherAssignmentEdgeResolvers<ContextType>;
  ServicesAdministrator?: ServicesAdministratorResolvers<ContextType>;
  ServicesAdministratorConnection?: ServicesAdministratorConnectionResolvers<ContextType>;
  ServicesAdministratorEdge?: ServicesAdministratorEdgeResolvers<ContextType>;
  SoftwareSubscription?: SoftwareSubscriptionResolvers<ContextType>;
  SoftwareSubscriptionConnection?: SoftwareSubscriptionConnectionResolvers<ContextType>;
  SoftwareSubscriptionEdge?: SoftwareSubscriptionEdgeResolvers<ContextType>;
  SupportContract?: SupportContractResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = AgreementsContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
