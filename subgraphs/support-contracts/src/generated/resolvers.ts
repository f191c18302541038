import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupportContractRow, ContractLinkRow, SupportIncidentRow, ProgramSupportCaseRow } from '../store/entities';
import type { OrganizationRef, ProductRef } from '../resolvers/references';
import type { SupportContext } from '../resolvers/context';
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

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** How to close an incident. */
export type CloseSupportIncidentInput = {
  /** Id of the incident. */
  incidentId: Scalars['ID']['input'];
  /** Resolved (the incident stays used) or non-decrement (credited back; support engineers of the operator only). */
  resolution: IncidentResolution;
};

/** Which products a contract may serve (SUP-4). */
export type ContractScope =
  /** Any product. */
  | 'ALL'
  /** Cloud products only. */
  | 'CLOUD'
  /** On-premises products only. */
  | 'ON_PREMISES';

/** Where a product runs; decides which support contracts may serve it (SUP-4). */
export type Deployment =
  /** Run as an online service. */
  | 'CLOUD'
  /** Installed and run by the customer. */
  | 'ON_PREMISES';

/** Who received the re-sent details, masked. */
export type DetailsResentTo = {
  __typename?: 'DetailsResentTo';
  /** Headquarters or location contact. */
  kind: ProgramContactKind;
  /** The contact's e-mail with the local part masked, e.g. a**@northwind.example. */
  maskedEmail: Scalars['String']['output'];
};

/** How an incident is closed. */
export type IncidentResolution =
  /** Non-decrement: the incident is credited back once; the support provider's decision, so support engineers of the operator only (SUP-6). */
  | 'NON_DECREMENT'
  /** Resolved: the incident stays used. */
  | 'RESOLVED';

/** Severity of an incident. */
export type IncidentSeverity =
  /** Critical: business stopped. */
  | 'A'
  /** High: business seriously affected. */
  | 'B'
  /** Moderate: business working with a workaround. */
  | 'C';

/** Both IDs of a contract, and optionally the products it is meant for. */
export type LinkSupportContractInput = {
  /** Access ID: digits only, leading zeros kept (SUP-2). */
  accessId: Scalars['String']['input'];
  /** Contract ID: digits only, leading zeros kept (SUP-2). */
  contractId: Scalars['String']['input'];
  /** Catalog ids of the products the contract should serve; when given, at least one must be in the contract's scope (SUP-4). */
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes an open incident exactly once (SUP-6): a customer or partner closes its own organisation's incident as RESOLVED; only a support engineer of the operator closes as NON_DECREMENT, which credits the incident back. Closing a closed incident is CONFLICT with `extensions.status`. */
  closeSupportIncident: SupportIncident;
  /** Links a contract to my account by both IDs, once; it is then offered for every later request (SUP-3). */
  linkSupportContract: SupportContract;
  /**
   * Opens a program support case for a partner-program benefit contract of my organisation whose IDs were
   * lost (SUP-10): the case gets a number, and the Access ID and Contract ID are re-sent to the program
   * contact of record (headquarters for core benefits, the location for a toolkit, PB-4), never returned
   * here nor shown to the requester. Needs program_admin. Another organisation's contract is NOT_FOUND; a
   * contract that came with no program benefit (e.g. SA Problem Resolution) is NO_PROGRAM_CONTACT; a second
   * case while one is OPEN for the contract is CONFLICT with `extensions.caseNumber` of the open one.
   */
  openProgramSupportCase: ProgramSupportCase;
  /** Gives a contract of my organisation a new random Access ID and Contract ID, for a pair that leaked (SUP-11): every link to it is revoked, whoever knew the old pair can no longer link it, and the new pair goes to the contact of record (the program contact for partner benefits, PB-4). Global admins (customers) and program admins (partners) of the owning organisation. */
  reissueSupportContractIds: SupportContract;
  /** Revokes one user's link to a contract of my organisation (SUP-11); global or program admins of the owning organisation only. The user can no longer use the contract nor link it again. Revoking again returns the link unchanged. */
  revokeSupportContractLink: SupportContractLink;
  /** Submits an incident; deducts one incident in the same transaction (SUP-5). Retrying with the same idempotency key returns the same incident. */
  submitSupportIncident: SupportIncident;
};


export type MutationCloseSupportIncidentArgs = {
  input: CloseSupportIncidentInput;
};


export type MutationLinkSupportContractArgs = {
  input: LinkSupportContractInput;
};


export type MutationOpenProgramSupportCaseArgs = {
  input: OpenProgramSupportCaseInput;
};


export type MutationReissueSupportContractIdsArgs = {
  supportContractId: Scalars['ID']['input'];
};


export type MutationRevokeSupportContractLinkArgs = {
  input: RevokeSupportContractLinkInput;
};


export type MutationSubmitSupportIncidentArgs = {
  input: SubmitSupportIncidentInput;
};

/** Which contract a program support case is about. */
export type OpenProgramSupportCaseInput = {
  /** Id of a partner-benefit or Signature Cloud Support contract of my organisation. */
  supportContractId: Scalars['ID']['input'];
};

/** An organisation, extended with its support contracts. */
export type Organization = {
  __typename?: 'Organization';
  /** Opaque organisation id. */
  id: Scalars['ID']['output'];
  /** The organisation's support contracts; empty unless the caller may read them. */
  supportContracts: Array<SupportContract>;
};

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

/** A catalog product, extended with the viewer's support for it. */
export type Product = {
  __typename?: 'Product';
  /** On-premises or cloud (owned by the software catalog). */
  deployment: Deployment;
  /** My contracts that may serve this product now: not expired, incidents left, scope covering its deployment (SUP-4). Empty without a token. */
  eligibleSupportContracts: Array<SupportContract>;
  /** Catalog product id. */
  id: Scalars['ID']['output'];
  /** My open service requests for this product, newest first (MP-7). Empty without a token. */
  myOpenSupportRequests: SupportIncidentConnection;
};


/** A catalog product, extended with the viewer's support for it. */
export type ProductMyOpenSupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Which program contact of record received re-sent details (PB-4). */
export type ProgramContactKind =
  /** The headquarters program contact (core benefits). */
  | 'HEADQUARTERS_CONTACT'
  /** The program contact of the location that bought the toolkit (PB-8). */
  | 'LOCATION_CONTACT';

/** A program support case (SUP-10): a partner asked for a benefit contract's lost IDs. It never carries the IDs. */
export type ProgramSupportCase = {
  __typename?: 'ProgramSupportCase';
  /** The number to quote, e.g. PSC-260615-482139. */
  caseNumber: Scalars['String']['output'];
  /** When the details were re-sent; null unless DETAILS_RESENT. */
  detailsResentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who received them; null unless DETAILS_RESENT. */
  detailsResentTo?: Maybe<DetailsResentTo>;
  /** Opaque case id. */
  id: Scalars['ID']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** User id of the program admin who opened it. */
  openedBy: Scalars['ID']['output'];
  /** Where the case stands. */
  status: ProgramSupportCaseStatus;
  /** Id of the contract whose details are re-sent. */
  supportContractId: Scalars['ID']['output'];
};

/** A page of program support cases. */
export type ProgramSupportCaseConnection = {
  __typename?: 'ProgramSupportCaseConnection';
  /** Cases on this page with their cursors. */
  edges: Array<ProgramSupportCaseEdge>;
  /** Cases on this page. */
  nodes: Array<ProgramSupportCase>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of cases across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A case with its cursor. */
export type ProgramSupportCaseEdge = {
  __typename?: 'ProgramSupportCaseEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: ProgramSupportCase;
};

/** Where a program support case stands (SUP-10). */
export type ProgramSupportCaseStatus =
  /** The details were re-sent to the program contact of record (`detailsResentTo`); the case is resolved. */
  | 'DETAILS_RESENT'
  /** The partner-benefits store holds no benefit package backed by this contract, so nothing was sent; the case is closed for the operator's support staff to follow up. */
  | 'NO_CONTACT_OF_RECORD'
  /** Opened; the re-send to the program contact of record is on its way. A second case for the contract is refused meanwhile. */
  | 'OPEN';

export type Query = {
  __typename?: 'Query';
  /** Contracts I linked to my account by Access ID and Contract ID (SUP-3). Needs a token. */
  myLinkedSupportContracts: Array<SupportContract>;
  /**
   * The program support cases of my organisation, newest first (SUP-10): number, status, and where the
   * details were re-sent. Any member of the organisation sees them; they never carry the Access ID or
   * Contract ID. Needs a token.
   */
  myProgramSupportCases: ProgramSupportCaseConnection;
  /** My activity: incidents I submitted, newest first, open and closed (SUP-9). Needs a token. */
  mySupportActivity: SupportIncidentConnection;
  /** My benefits: incidents and advisory hours left on the contracts I may use (SUP-9). Needs a token. */
  mySupportBenefits: SupportBenefits;
  /** Support contracts of my organisation. Needs a token. */
  mySupportContracts: Array<SupportContract>;
  /**
   * Analysts only (FORBIDDEN for everyone else): incidents per contract kind and month of submission,
   * how many were deducted (SUP-5) and how many credited back (SUP-6). Counts only; months without
   * incidents are absent.
   */
  supportIncidentInsights: Array<SupportIncidentInsight>;
};


export type QueryMyProgramSupportCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMySupportActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SupportIncidentStatus>;
};


export type QuerySupportIncidentInsightsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<SupportContractKind>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Which link to revoke. */
export type RevokeSupportContractLinkInput = {
  /** Id of a contract of my organisation. */
  supportContractId: Scalars['ID']['input'];
  /** Id (`sub`) of the user whose link is revoked, as listed in `SupportContract.links`. */
  userId: Scalars['ID']['input'];
};

/** An incident to submit against a contract for a product. */
export type SubmitSupportIncidentInput = {
  /** What happened (1 to 4000 characters). */
  description: Scalars['String']['input'];
  /** Client-chosen key (1 to 100 characters); a retry with the same key returns the same incident and deducts nothing more. */
  idempotencyKey: Scalars['String']['input'];
  /** Catalog id of the product the incident is about. */
  productId: Scalars['ID']['input'];
  /** Severity: decides the response time. */
  severity: IncidentSeverity;
  /** Id of a contract of my organisation or linked by me. */
  supportContractId: Scalars['ID']['input'];
  /** Short title; defaults to the first 80 characters of the description. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** My benefits: what is left on the contracts I may use (SUP-9). */
export type SupportBenefits = {
  __typename?: 'SupportBenefits';
  /** Advisory hours left across my usable, not expired contracts. */
  advisoryHoursRemaining: Scalars['Int']['output'];
  /** The contracts counted: my organisation's and those I linked, not expired. */
  contracts: Array<SupportContract>;
  /** Incidents left across my usable, not expired contracts. */
  incidentsRemaining: Scalars['Int']['output'];
};

/** A support contract: a balance of incidents and advisory hours (owned by support-contracts). */
export type SupportContract = {
  __typename?: 'SupportContract';
  /** Access ID: a digit string whose leading zeros matter (SUP-2). A credential (SUP-11): in full only for members of the owning organisation; everyone else (analysts, users who linked it) sees the first 4 characters then `xxxxx`. */
  accessId: Scalars['String']['output'];
  /** Advisory hours granted. */
  advisoryHoursGranted: Scalars['Int']['output'];
  /** Advisory hours left. */
  advisoryHoursRemaining: Scalars['Int']['output'];
  /** Contract ID: a digit string whose leading zeros matter (SUP-2). Masked like `accessId` for anyone outside the owning organisation (SUP-11). */
  contractId: Scalars['String']['output'];
  /** Display name as the support portal shows it (SUP-8); the Access ID in it is masked outside the owning organisation (SUP-11). */
  displayName: Scalars['String']['output'];
  /** Whether it has expired at the time of the request (SUP-1). */
  expired: Scalars['Boolean']['output'];
  /** When it expires: one year after it starts (SUP-1). */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque contract id. */
  id: Scalars['ID']['output'];
  /** Incidents granted when the contract started. */
  incidentsGranted: Scalars['Int']['output'];
  /** Incidents left. */
  incidentsRemaining: Scalars['Int']['output'];
  /** What kind of support this is. */
  kind: SupportContractKind;
  /** Who linked this contract and when, revoked links included, oldest first (SUP-11). Only for global or program admins of the owning organisation; null for everyone else. */
  links?: Maybe<Array<SupportContractLink>>;
  /** Which products it may serve; SCS and ASfP contracts always serve cloud products only (SUP-4). */
  scope: ContractScope;
  /** When the contract started. */
  startsAt: Scalars['DateTime']['output'];
};

/** What kind of support a contract buys. */
export type SupportContractKind =
  /** Advanced Support for Partners: cloud products only (SUP-4). */
  | 'ADVANCED_SUPPORT_FOR_PARTNERS'
  /** Partner-program core or toolkit benefit (PB-4). */
  | 'PARTNER_BENEFIT'
  /** Professional support incidents for products (e.g. a 20-pack). */
  | 'PRODUCT_SUPPORT'
  /** Problem Resolution Support from Software Assurance (AGR-8). */
  | 'SA_PROBLEM_RESOLUTION'
  /** Signature Cloud Support: cloud products only (SUP-4). */
  | 'SIGNATURE_CLOUD_SUPPORT';

/** A user's link to a support contract by both IDs (SUP-3), as the contract's owner sees it (SUP-11). */
export type SupportContractLink = {
  __typename?: 'SupportContractLink';
  /** When it was linked. */
  linkedAt: Scalars['DateTime']['output'];
  /** That user's organisation when linking. */
  organizationId: Scalars['ID']['output'];
  /** Whether the owner revoked it: a revoked link grants nothing and cannot be made again by the same user. */
  revoked: Scalars['Boolean']['output'];
  /** When it was revoked, or null. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id (`sub`) of the admin who revoked it, or null. */
  revokedBy?: Maybe<Scalars['ID']['output']>;
  /** The linked contract. */
  supportContractId: Scalars['ID']['output'];
  /** Id (`sub`) of the user who linked it. */
  userId: Scalars['ID']['output'];
};

/** An incident (service request) submitted against a support contract (SUP-5). */
export type SupportIncident = {
  __typename?: 'SupportIncident';
  /** When it was closed, or null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contract the incident was deducted from; null when the viewer may no longer read it. */
  contract?: Maybe<SupportContract>;
  /** When it was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** What happened. */
  description: Scalars['String']['output'];
  /** Opaque incident id. */
  id: Scalars['ID']['output'];
  /** The product the incident is about. */
  product: Product;
  /** Request number shown to the user, e.g. SR260615000004. */
  requestNumber: Scalars['String']['output'];
  /** Time by which a first response is due. */
  respondBy: Scalars['DateTime']['output'];
  /** Response time promised for this severity and contract kind, in minutes (see the README's table). */
  responseTimeMinutes: Scalars['Int']['output'];
  /** Severity chosen at submission. */
  severity: IncidentSeverity;
  /** Open, resolved or non-decrement. */
  status: SupportIncidentStatus;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of incidents. */
export type SupportIncidentConnection = {
  __typename?: 'SupportIncidentConnection';
  /** Incidents on this page with their cursors. */
  edges: Array<SupportIncidentEdge>;
  /** Incidents on this page. */
  nodes: Array<SupportIncident>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of incidents across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An incident with its cursor. */
export type SupportIncidentEdge = {
  __typename?: 'SupportIncidentEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The incident. */
  node: SupportIncident;
};

/** Incidents submitted in one month against contracts of one kind (analysts; no ids). */
export type SupportIncidentInsight = {
  __typename?: 'SupportIncidentInsight';
  /** Incidents used for good: submitted minus credited back. */
  consumed: Scalars['Int']['output'];
  /** Kind of the contracts the incidents were submitted against. */
  contractKind: SupportContractKind;
  /** Contracts they were submitted against. */
  contracts: Scalars['Int']['output'];
  /** Of those, closed as non-decrement and credited back (SUP-6). */
  creditedBack: Scalars['Int']['output'];
  /** Month of submission, YYYY-MM (UTC). */
  month: Scalars['String']['output'];
  /** Of those, still open. */
  open: Scalars['Int']['output'];
  /** Organisations that submitted them. */
  organizations: Scalars['Int']['output'];
  /** Incidents submitted, each deducted one at once (SUP-5). */
  submitted: Scalars['Int']['output'];
};

/** Lifecycle of an incident. */
export type SupportIncidentStatus =
  /** Closed as non-decrement; the incident was credited back (SUP-6). */
  | 'NON_DECREMENT'
  /** Submitted and not closed yet. */
  | 'OPEN'
  /** Closed as resolved; the incident stays used. */
  | 'RESOLVED';



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
  Organization: Organization;
  Product: Product;
  SupportContract: SupportContract;
  SupportIncident: SupportIncident;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Product'], {"deployment":true}> ) );
  SupportContract:
    ( { __typename: 'SupportContract' }
    & GraphQLRecursivePick<FederationTypes['SupportContract'], {"id":true}> );
  SupportIncident:
    ( { __typename: 'SupportIncident' }
    & GraphQLRecursivePick<FederationTypes['SupportIncident'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: ResolverTypeWrapper<Partial<CacheControlScope>>;
  CloseSupportIncidentInput: ResolverTypeWrapper<Partial<CloseSupportIncidentInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ContractScope: ResolverTypeWrapper<Partial<ContractScope>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Deployment: ResolverTypeWrapper<Partial<Deployment>>;
  DetailsResentTo: ResolverTypeWrapper<Partial<DetailsResentTo>>;
  IncidentResolution: ResolverTypeWrapper<Partial<IncidentResolution>>;
  IncidentSeverity: ResolverTypeWrapper<Partial<IncidentSeverity>>;
  LinkSupportContractInput: ResolverTypeWrapper<Partial<LinkSupportContractInput>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenProgramSupportCaseInput: ResolverTypeWrapper<Partial<OpenProgramSupportCaseInput>>;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Product: ResolverTypeWrapper<ProductRef>;
  ProgramContactKind: ResolverTypeWrapper<Partial<ProgramContactKind>>;
  ProgramSupportCase: ResolverTypeWrapper<ProgramSupportCaseRow>;
  ProgramSupportCaseConnection: ResolverTypeWrapper<Partial<Omit<ProgramSupportCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProgramSupportCaseEdge']>, nodes: Array<ResolversTypes['ProgramSupportCase']> }>>;
  ProgramSupportCaseEdge: ResolverTypeWrapper<Partial<Omit<ProgramSupportCaseEdge, 'node'> & { node: ResolversTypes['ProgramSupportCase'] }>>;
  ProgramSupportCaseStatus: ResolverTypeWrapper<Partial<ProgramSupportCaseStatus>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevokeSupportContractLinkInput: ResolverTypeWrapper<Partial<RevokeSupportContractLinkInput>>;
  SubmitSupportIncidentInput: ResolverTypeWrapper<Partial<SubmitSupportIncidentInput>>;
  SupportBenefits: ResolverTypeWrapper<Partial<Omit<SupportBenefits, 'contracts'> & { contracts: Array<ResolversTypes['SupportContract']> }>>;
  SupportContract: ResolverTypeWrapper<SupportContractRow>;
  SupportContractKind: ResolverTypeWrapper<Partial<SupportContractKind>>;
  SupportContractLink: ResolverTypeWrapper<ContractLinkRow>;
  SupportIncident: ResolverTypeWrapper<SupportIncidentRow>;
  SupportIncidentConnection: ResolverTypeWrapper<Partial<Omit<SupportIncidentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SupportIncidentEdge']>, nodes: Array<ResolversTypes['SupportIncident']> }>>;
  SupportIncidentEdge: ResolverTypeWrapper<Partial<Omit<SupportIncidentEdge, 'node'> & { node: ResolversTypes['SupportIncident'] }>>;
  SupportIncidentInsight: ResolverTypeWrapper<Partial<SupportIncidentInsight>>;
  SupportIncidentStatus: ResolverTypeWrapper<Partial<SupportIncidentStatus>>;
  link__Import: ResolverTypeWrapper<Partial<Scalars['link__Import']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CloseSupportIncidentInput: Partial<CloseSupportIncidentInput>;
  ID: Partial<Scalars['ID']['output']>;
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DetailsResentTo: Partial<DetailsResentTo>;
  LinkSupportContractInput: Partial<LinkSupportContractInput>;
  Mutation: Record<PropertyKey, never>;
  OpenProgramSupportCaseInput: Partial<OpenProgramSupportCaseInput>;
  Organization: OrganizationRef;
  PageInfo: Partial<PageInfo>;
  Product: ProductRef;
  ProgramSupportCase: ProgramSupportCaseRow;
  ProgramSupportCaseConnection: Partial<Omit<ProgramSupportCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProgramSupportCaseEdge']>, nodes: Array<ResolversParentTypes['ProgramSupportCase']> }>;
  ProgramSupportCaseEdge: Partial<Omit<ProgramSupportCaseEdge, 'node'> & { node: ResolversParentTypes['ProgramSupportCase'] }>;
  Query: Record<PropertyKey, never>;
  RevokeSupportContractLinkInput: Partial<RevokeSupportContractLinkInput>;
  SubmitSupportIncidentInput: Partial<SubmitSupportIncidentInput>;
  SupportBenefits: Partial<Omit<SupportBenefits, 'contracts'> & { contracts: Array<ResolversParentTypes['SupportContract']> }>;
  SupportContract: SupportContractRow;
  SupportContractLink: ContractLinkRow;
  SupportIncident: SupportIncidentRow;
  SupportIncidentConnection: Partial<Omit<SupportIncidentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SupportIncidentEdge']>, nodes: Array<ResolversParentTypes['SupportIncident']> }>;
  SupportIncidentEdge: Partial<Omit<SupportIncidentEdge, 'node'> & { node: ResolversParentTypes['SupportIncident'] }>;
  SupportIncidentInsight: Partial<SupportIncidentInsight>;
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

export type CacheControlDirectiveResolver<Result, Parent, ContextType = SupportContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SupportContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SupportContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DetailsResentToResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['DetailsResentTo'] = ResolversParentTypes['DetailsResentTo']> = {
  kind?: Resolver<ResolversTypes['ProgramContactKind'], ParentType, ContextType>;
  maskedEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeSupportIncident?: Resolver<ResolversTypes['SupportIncident'], ParentType, ContextType, RequireFields<MutationCloseSupportIncidentArgs, 'input'>>;
  linkSupportContract?: Resolver<ResolversTypes['SupportContract'], ParentType, ContextType, RequireFields<MutationLinkSupportContractArgs, 'input'>>;
  openProgramSupportCase?: Resolver<ResolversTypes['ProgramSupportCase'], ParentType, ContextType, RequireFields<MutationOpenProgramSupportCaseArgs, 'input'>>;
  reissueSupportContractIds?: Resolver<ResolversTypes['SupportContract'], ParentType, ContextType, RequireFields<MutationReissueSupportContractIdsArgs, 'supportContractId'>>;
  revokeSupportContractLink?: Resolver<ResolversTypes['SupportContractLink'], ParentType, ContextType, RequireFields<MutationRevokeSupportContractLinkArgs, 'input'>>;
  submitSupportIncident?: Resolver<ResolversTypes['SupportIncident'], ParentType, ContextType, RequireFields<MutationSubmitSupportIncidentArgs, 'input'>>;
};

export type OrganizationResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supportContracts?: Resolver<Array<ResolversTypes['SupportContract']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  eligibleSupportContracts?: Resolver<Array<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myOpenSupportRequests?: Resolver<ResolversTypes['SupportIncidentConnection'], ParentType, ContextType, RequireFields<ProductMyOpenSupportRequestsArgs, 'first'>>;
};

export type ProgramSupportCaseResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ProgramSupportCase'] = ResolversParentTypes['ProgramSupportCase']> = {
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detailsResentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  detailsResentTo?: Resolver<Maybe<ResolversTypes['DetailsResentTo']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgramSupportCaseStatus'], ParentType, ContextType>;
  supportContractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProgramSupportCaseConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ProgramSupportCaseConnection'] = ResolversParentTypes['ProgramSupportCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramSupportCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProgramSupportCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramSupportCaseEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ProgramSupportCaseEdge'] = ResolversParentTypes['ProgramSupportCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProgramSupportCase'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myLinkedSupportContracts?: Resolver<Array<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  myProgramSupportCases?: Resolver<ResolversTypes['ProgramSupportCaseConnection'], ParentType, ContextType, RequireFields<QueryMyProgramSupportCasesArgs, 'first'>>;
  mySupportActivity?: Resolver<ResolversTypes['SupportIncidentConnection'], ParentType, ContextType, RequireFields<QueryMySupportActivityArgs, 'first'>>;
  mySupportBenefits?: Resolver<ResolversTypes['SupportBenefits'], ParentType, ContextType>;
  mySupportContracts?: Resolver<Array<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  supportIncidentInsights?: Resolver<Array<ResolversTypes['SupportIncidentInsight']>, ParentType, ContextType, Partial<QuerySupportIncidentInsightsArgs>>;
};

export type SupportBenefitsResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportBenefits'] = ResolversParentTypes['SupportBenefits']> = {
  advisoryHoursRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  incidentsRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportContractResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportContract'] = ResolversParentTypes['SupportContract'], FederationReferenceType extends FederationReferenceTypes['SupportContract'] = FederationReferenceTypes['SupportContract']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportContract']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  advisoryHoursGranted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  advisoryHoursRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidentsGranted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportContractKind'], ParentType, ContextType>;
  links?: Resolver<Maybe<Array<ResolversTypes['SupportContractLink']>>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ContractScope'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SupportContractLinkResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportContractLink'] = ResolversParentTypes['SupportContractLink']> = {
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supportContractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupportIncidentResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportIncident'] = ResolversParentTypes['SupportIncident'], FederationReferenceType extends FederationReferenceTypes['SupportIncident'] = FederationReferenceTypes['SupportIncident']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportIncident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  requestNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  responseTimeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['IncidentSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupportIncidentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SupportIncidentConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportIncidentConnection'] = ResolversParentTypes['SupportIncidentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportIncidentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SupportIncident']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportIncidentEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportIncidentEdge'] = ResolversParentTypes['SupportIncidentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupportIncident'], ParentType, ContextType>;
};

export type SupportIncidentInsightResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportIncidentInsight'] = ResolversParentTypes['SupportIncidentInsight']> = {
  consumed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractKind?: Resolver<ResolversTypes['SupportContractKind'], ParentType, ContextType>;
  contracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditedBack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SupportContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DetailsResentTo?: DetailsResentToResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProgramSupportCase?: ProgramSupportCaseResolvers<ContextType>;
  ProgramSupportCaseConnection?: ProgramSupportCaseConnectionResolvers<ContextType>;
  ProgramSupportCaseEdge?: ProgramSupportCaseEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportBenefits?: SupportBenefitsResolvers<ContextType>;
  SupportContract?: SupportContractResolvers<ContextType>;
  SupportContractLink?: SupportContractLinkResolvers<ContextType>;
  SupportIncident?: SupportIncidentResolvers<ContextType>;
  SupportIncidentConnection?: SupportIncidentConnectionResolvers<ContextType>;
  SupportIncidentEdge?: SupportIncidentEdgeResolvers<ContextType>;
  SupportIncidentInsight?: SupportIncidentInsightResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = SupportContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
