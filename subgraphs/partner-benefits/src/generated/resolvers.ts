import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartnerMembershipRow, PartnerLocationRow, BenefitPackageRow, BenefitEntitlementRow, AdvisoryRequestRow } from '../store/entities';
import type { Tile } from '../domain/tiles';
import type { PackageActivation } from '../domain/packageActivation';
import type { OrganizationRef, SupportContractRef } from '../resolvers/references';
import type { BenefitsContext } from '../resolvers/context';
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

/** Self-service activation (PB-11). */
export type ActivateBenefitSelfServiceInput = {
  /** Send the details here instead of the signed-in user's e-mail; visible to the organisation. */
  alternateEmail?: InputMaybe<Scalars['String']['input']>;
  /** Id of the benefit package to activate. */
  packageId: Scalars['ID']['input'];
};

/** Who handles an activation (PB-9). */
export type ActivationChannel =
  /** Regional Service Center: North America, Latin America, EMEA, Australia, New Zealand, Taiwan. */
  | 'REGIONAL_SERVICE_CENTER'
  /** Technical Support: the rest of Asia-Pacific and Greater China. */
  | 'TECHNICAL_SUPPORT';

/** How a package came to be activated. */
export type ActivationMode =
  /** Activated by the scheduled job within a month of enrolment (PB-3). */
  | 'PROACTIVE'
  /** Requested by the partner (PB-2, PB-9). */
  | 'REQUESTED'
  /** Activated by a program admin on the dashboard (PB-11). */
  | 'SELF_SERVICE';

/** An advisory request (PB-10). */
export type AdvisoryRequest = {
  __typename?: 'AdvisoryRequest';
  /** Whether the core benefits were activated at that time (PB-10 allows both). */
  beforeActivation: Scalars['Boolean']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** When it was made. */
  requestedAt: Scalars['DateTime']['output'];
  /** The topic. */
  topic: Scalars['String']['output'];
};

/** The activation of a package. */
export type BenefitActivation = {
  __typename?: 'BenefitActivation';
  /** When it was activated. */
  activatedAt: Scalars['DateTime']['output'];
  /** Which channel handles it (PB-9). */
  channel: ActivationChannel;
  /** Who receives the details; visible to every user of the organisation (PB-11). */
  detailsRecipient: ProgramContact;
  /** How. */
  mode: ActivationMode;
  /** Which kind of recipient that is. */
  recipientKind: RecipientKind;
};

/** Activations of one region and channel still waiting for their support contracts (analysts; no ids). */
export type BenefitActivationInsight = {
  __typename?: 'BenefitActivationInsight';
  /** Average hours since activation of the waiting packages, one decimal. */
  averageWaitingHours: Scalars['Float']['output'];
  /** Channel that handled the activations (PB-9); null for activations recorded without one. */
  channel?: Maybe<ActivationChannel>;
  /** Of those, still waiting after the 3-day propagation window (PROVISIONING_DELAYED, PB-5/6). */
  delayed: Scalars['Int']['output'];
  /** Hours since the oldest waiting activation, one decimal. */
  oldestWaitingHours: Scalars['Float']['output'];
  /** Region of the packages' locations. */
  region: Region;
  /** Packages waiting for at least one support contract. */
  waiting: Scalars['Int']['output'];
  /** Of those, still inside the 3-day propagation window. */
  withinPropagationWindow: Scalars['Int']['output'];
};

/** What a partner-program benefit entitlement grants (one dashboard tile each, PB-5/6). */
export type BenefitEntitlementKind =
  /** Advisory hours. */
  | 'ADVISORY_HOURS'
  /** Product support incidents (core benefit). */
  | 'PRODUCT_SUPPORT_INCIDENTS'
  /** Signature Cloud Support incidents. */
  | 'SIGNATURE_CLOUD_INCIDENTS';

/** A set of entitlements activated together. */
export type BenefitPackage = {
  __typename?: 'BenefitPackage';
  /** The activation, or null while not activated (PB-1). */
  activation?: Maybe<BenefitActivation>;
  /** The entitlements of this package. */
  entitlements: Array<Entitlement>;
  /** Opaque package id (pass to the activation mutations). */
  id: Scalars['ID']['output'];
  /** Core or toolkit. */
  kind: BenefitPackageKind;
  /** The headquarters for core benefits; the toolkit's location otherwise. */
  location: PartnerLocation;
};

/** Core benefits or an additional business toolkit (PB-8). */
export type BenefitPackageKind =
  /** A second set of core benefits for one location; needs its own activation (PB-8). */
  | 'ADDITIONAL_BUSINESS_TOOLKIT'
  /** The organisation's core benefits. */
  | 'CORE';

/**
 * A dashboard tile (PB-5/6): one per entitlement. The balance is read through federation on
 * `supportContract` (owned by support-contracts): `total`, `consumed` and `remaining` are
 * derived from it by `unit`, and the contract is present only when `status` is ACTIVE.
 */
export type BenefitTile = {
  __typename?: 'BenefitTile';
  /** When the package was activated, if it was. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every checklist item with its result (PB-7), in order; items after the first failing one are NOT_CHECKED. */
  checklist: Array<ChecklistCheck>;
  /** The items whose state is FAILED (NOT_CHECKED ones are not listed), the blocking one first; empty when ACTIVE. */
  failingChecks: Array<ChecklistItem>;
  /** Opaque tile id (the entitlement id). */
  id: Scalars['ID']['output'];
  /** What the tile counts. */
  kind: BenefitEntitlementKind;
  /** The location the package belongs to; null for USER_NOT_LINKED. */
  location?: Maybe<PartnerLocation>;
  /** Core or toolkit; null for USER_NOT_LINKED. */
  packageKind?: Maybe<BenefitPackageKind>;
  /** ACTIVE, or why the tile is blank. */
  status: BenefitTileStatus;
  /** The support contract holding the balance; null unless ACTIVE. */
  supportContract?: Maybe<SupportContract>;
  /** Title as the dashboard shows it, e.g. Advisory hours consumption (total hours). */
  title: Scalars['String']['output'];
  /** Unit of the balance, and which contract fields hold it. */
  unit: BenefitUnit;
};

/** A page of benefit tiles. */
export type BenefitTileConnection = {
  __typename?: 'BenefitTileConnection';
  /** Edges with cursors. */
  edges: Array<BenefitTileEdge>;
  /** The tiles of this page. */
  nodes: Array<BenefitTile>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of tiles across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A tile with its cursor. */
export type BenefitTileEdge = {
  __typename?: 'BenefitTileEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The tile. */
  node: BenefitTile;
};

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

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** One checklist item and its result. */
export type ChecklistCheck = {
  __typename?: 'ChecklistCheck';
  /**
   * FAILED: what to do (or, for BALANCE_PROPAGATED, when the balance is due and what the service does
   * about it); NOT_CHECKED: which earlier item must pass first; PASSED: what the item requires. No two
   * hints of one tile contradict each other.
   */
  hint: Scalars['String']['output'];
  /** The item. */
  item: ChecklistItem;
  /** Whether it holds: true only when state is PASSED (a NOT_CHECKED item is not known to hold). Prefer state. */
  passed: Scalars['Boolean']['output'];
  /** PASSED, FAILED, or NOT_CHECKED when an earlier item failed (PB-7). */
  state: ChecklistState;
};

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

/** One entitlement of a package. */
export type Entitlement = {
  __typename?: 'Entitlement';
  /** Opaque entitlement id (also the id of its tile). */
  id: Scalars['ID']['output'];
  /** What it grants. */
  kind: BenefitEntitlementKind;
  /** The backing support contract, or null until it has been provisioned. */
  supportContract?: Maybe<SupportContract>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Self-service activation on the partner dashboard (PB-11): the details go to the signed-in
   * user's e-mail, or to an alternate e-mail that every user of the organisation can see.
   * Needs program_admin or global_admin.
   */
  activateBenefitSelfService: BenefitPackage;
  /** Asks for an advisory session; allowed before activation (PB-10). Needs a partner membership. */
  requestAdvisory: AdvisoryRequest;
  /**
   * Requests activation of a benefit package (PB-2: Action Pack members must; PB-3: Gold/Silver
   * after their first month). The channel follows the region (PB-9); an EMEA request must carry
   * every requester field or fails with MISSING_FIELDS naming them. The details go to the
   * headquarters or location program contact (PB-4). Needs program_admin or global_admin.
   */
  requestBenefitActivation: BenefitPackage;
};


export type MutationActivateBenefitSelfServiceArgs = {
  input: ActivateBenefitSelfServiceInput;
};


export type MutationRequestAdvisoryArgs = {
  input: RequestAdvisoryInput;
};


export type MutationRequestBenefitActivationArgs = {
  input: RequestBenefitActivationInput;
};

/** An organisation, extended with its partner-program membership. */
export type Organization = {
  __typename?: 'Organization';
  /** Opaque organisation id. */
  id: Scalars['ID']['output'];
  /** The partner-program membership, or null (not a partner, or not readable by the caller). */
  partnerMembership?: Maybe<PartnerMembership>;
};

/** Relay page information. */
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

/** A business location of a partner. */
export type PartnerLocation = {
  __typename?: 'PartnerLocation';
  /** City. */
  city: Scalars['String']['output'];
  /** Country, ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  /** Opaque location id. */
  id: Scalars['ID']['output'];
  /** Whether this is the headquarters. */
  isHeadquarters: Scalars['Boolean']['output'];
  /** Location name. */
  name: Scalars['String']['output'];
  /** The location's program contact (PB-4). */
  programContact: ProgramContact;
  /** Region (decides the activation channel, PB-9). */
  region: Region;
};

/** A partner organisation's membership of the partner program (owned by partner-benefits). */
export type PartnerMembership = {
  __typename?: 'PartnerMembership';
  /** Core benefits, then one additional business toolkit per location that bought one (PB-8). */
  benefitPackages: Array<BenefitPackage>;
  /** One tile per entitlement of every package (PB-5…PB-7). */
  benefitTiles: BenefitTileConnection;
  /** Competencies earned, e.g. Cloud Platform. */
  competencies: Array<Scalars['String']['output']>;
  /** Whether the program lets this membership use technical benefits (PB-7). */
  eligible: Scalars['Boolean']['output'];
  /** Date of enrolment in this membership year. */
  enrolledOn: Scalars['Date']['output'];
  /** The headquarters location, whose program contact receives core-benefit details (PB-4). */
  headquarters?: Maybe<PartnerLocation>;
  /** Opaque membership id. */
  id: Scalars['ID']['output'];
  /** Every business location, headquarters first. */
  locations: Array<PartnerLocation>;
  /** Membership year, e.g. 2026. */
  membershipYear: Scalars['Int']['output'];
  /** The partner organisation. */
  organization: Organization;
  /** Partner ID issued by the program. */
  partnerNumber: Scalars['String']['output'];
  /** Program level. */
  program: PartnerProgram;
};


/** A partner organisation's membership of the partner program (owned by partner-benefits). */
export type PartnerMembershipBenefitTilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Partner-program level (PB-2, PB-3, PB-7). */
export type PartnerProgram =
  /** Action Pack subscriber: must request activation (PB-2). */
  | 'ACTION_PACK'
  /** Gold competency partner (PB-3). */
  | 'GOLD'
  /** Network member: no technical benefits without an Action Pack (PB-7). */
  | 'NETWORK_MEMBER'
  /** Silver competency partner (PB-3). */
  | 'SILVER';

/** A person who receives benefit details. */
export type ProgramContact = {
  __typename?: 'ProgramContact';
  /** E-mail. */
  email: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Analysts only (FORBIDDEN for everyone else): benefit activations waiting for their support contracts,
   * per region of the package's location and activation channel (PB-9), and for how long. Waiting: the
   * package is activated (requested, proactive or self-service) and a contract is not recorded yet;
   * delayed: still waiting after the 3-day propagation window (the tile's PROVISIONING_DELAYED, PB-5/6).
   * Counts and durations only.
   */
  benefitActivationInsights: Array<BenefitActivationInsight>;
  /**
   * The benefit tiles of the signed-in user's partner organisation (PB-5…PB-7). A user whose
   * organisation has no partner membership gets the three dashboard tiles with status
   * USER_NOT_LINKED. Needs a token.
   */
  myBenefitTiles: BenefitTileConnection;
  /** The partner-program membership of my organisation, or null for a non-partner. Needs a token. */
  myPartnerMembership?: Maybe<PartnerMembership>;
};


export type QueryBenefitActivationInsightsArgs = {
  channel?: InputMaybe<ActivationChannel>;
  from?: InputMaybe<Scalars['Date']['input']>;
  program?: InputMaybe<PartnerProgram>;
  region?: InputMaybe<Region>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMyBenefitTilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who received the benefit details (PB-4, PB-11). */
export type RecipientKind =
  /** An alternate e-mail given at self-service activation (PB-11). */
  | 'ALTERNATE_EMAIL'
  /** The headquarters program contact (core benefits). */
  | 'HEADQUARTERS_CONTACT'
  /** The location's program contact (toolkit). */
  | 'LOCATION_CONTACT'
  /** The signed-in user who activated it (PB-11). */
  | 'SIGNED_IN_USER';

/** A world region, as PB-9 uses it. */
export type Region =
  /** Asia-Pacific. */
  | 'ASIA_PACIFIC'
  /** Europe, Middle East and Africa. */
  | 'EMEA'
  /** Greater China. */
  | 'GREATER_CHINA'
  /** Latin America. */
  | 'LATIN_AMERICA'
  /** North America. */
  | 'NORTH_AMERICA';

/** An advisory request (PB-10). */
export type RequestAdvisoryInput = {
  /** What the partner wants advice on (1–500 characters). */
  topic: Scalars['String']['input'];
};

/** Which benefit package to activate, and who asks (PB-9). */
export type RequestBenefitActivationInput = {
  /** City (required in EMEA). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Company name (required in EMEA). */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2 (required in EMEA). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Requester e-mail (required in EMEA). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Requester name (required in EMEA). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of the benefit package (core benefits or a location's toolkit). */
  packageId: Scalars['ID']['input'];
  /** Partner ID issued by the program (required in EMEA). */
  partnerId?: InputMaybe<Scalars['String']['input']>;
  /** Phone number (required in EMEA). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A support contract (owned by support-contracts); balances are resolved there. */
export type SupportContract = {
  __typename?: 'SupportContract';
  /** Opaque contract id. */
  id: Scalars['ID']['output'];
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
  Organization: Organization;
  PartnerMembership: PartnerMembership;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  PartnerMembership:
    ( { __typename: 'PartnerMembership' }
    & GraphQLRecursivePick<FederationTypes['PartnerMembership'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivateBenefitSelfServiceInput: ResolverTypeWrapper<Partial<ActivateBenefitSelfServiceInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ActivationChannel: ResolverTypeWrapper<Partial<ActivationChannel>>;
  ActivationMode: ResolverTypeWrapper<Partial<ActivationMode>>;
  AdvisoryRequest: ResolverTypeWrapper<AdvisoryRequestRow>;
  BenefitActivation: ResolverTypeWrapper<PackageActivation>;
  BenefitActivationInsight: ResolverTypeWrapper<Partial<BenefitActivationInsight>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  BenefitEntitlementKind: ResolverTypeWrapper<Partial<BenefitEntitlementKind>>;
  BenefitPackage: ResolverTypeWrapper<BenefitPackageRow>;
  BenefitPackageKind: ResolverTypeWrapper<Partial<BenefitPackageKind>>;
  BenefitTile: ResolverTypeWrapper<Tile>;
  BenefitTileConnection: ResolverTypeWrapper<Partial<Omit<BenefitTileConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BenefitTileEdge']>, nodes: Array<ResolversTypes['BenefitTile']> }>>;
  BenefitTileEdge: ResolverTypeWrapper<Partial<Omit<BenefitTileEdge, 'node'> & { node: ResolversTypes['BenefitTile'] }>>;
  BenefitTileStatus: ResolverTypeWrapper<Partial<BenefitTileStatus>>;
  BenefitUnit: ResolverTypeWrapper<Partial<BenefitUnit>>;
  CacheControlScope: ResolverTypeWrapper<Partial<CacheControlScope>>;
  ChecklistCheck: ResolverTypeWrapper<Partial<ChecklistCheck>>;
  ChecklistItem: ResolverTypeWrapper<Partial<ChecklistItem>>;
  ChecklistState: ResolverTypeWrapper<Partial<ChecklistState>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Entitlement: ResolverTypeWrapper<BenefitEntitlementRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PartnerLocation: ResolverTypeWrapper<PartnerLocationRow>;
  PartnerMembership: ResolverTypeWrapper<PartnerMembershipRow>;
  PartnerProgram: ResolverTypeWrapper<Partial<PartnerProgram>>;
  ProgramContact: ResolverTypeWrapper<Partial<ProgramContact>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecipientKind: ResolverTypeWrapper<Partial<RecipientKind>>;
  Region: ResolverTypeWrapper<Partial<Region>>;
  RequestAdvisoryInput: ResolverTypeWrapper<Partial<RequestAdvisoryInput>>;
  RequestBenefitActivationInput: ResolverTypeWrapper<Partial<RequestBenefitActivationInput>>;
  SupportContract: ResolverTypeWrapper<SupportContractRef>;
  link__Import: ResolverTypeWrapper<Partial<Scalars['link__Import']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivateBenefitSelfServiceInput: Partial<ActivateBenefitSelfServiceInput>;
  ID: Partial<Scalars['ID']['output']>;
  AdvisoryRequest: AdvisoryRequestRow;
  BenefitActivation: PackageActivation;
  BenefitActivationInsight: Partial<BenefitActivationInsight>;
  Float: Partial<Scalars['Float']['output']>;
  BenefitPackage: BenefitPackageRow;
  BenefitTile: Tile;
  BenefitTileConnection: Partial<Omit<BenefitTileConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BenefitTileEdge']>, nodes: Array<ResolversParentTypes['BenefitTile']> }>;
  BenefitTileEdge: Partial<Omit<BenefitTileEdge, 'node'> & { node: ResolversParentTypes['BenefitTile'] }>;
  ChecklistCheck: Partial<ChecklistCheck>;
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Entitlement: BenefitEntitlementRow;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRef;
  PageInfo: Partial<PageInfo>;
  PartnerLocation: PartnerLocationRow;
  PartnerMembership: PartnerMembershipRow;
  ProgramContact: Partial<ProgramContact>;
  Query: Record<PropertyKey, never>;
  RequestAdvisoryInput: Partial<RequestAdvisoryInput>;
  RequestBenefitActivationInput: Partial<RequestBenefitActivationInput>;
  SupportContract: SupportContractRef;
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

export type CacheControlDirectiveResolver<Result, Parent, ContextType = BenefitsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = BenefitsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = BenefitsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AdvisoryRequestResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['AdvisoryRequest'] = ResolversParentTypes['AdvisoryRequest']> = {
  beforeActivation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BenefitActivationResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['BenefitActivation'] = ResolversParentTypes['BenefitActivation']> = {
  activatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ActivationChannel'], ParentType, ContextType>;
  detailsRecipient?: Resolver<ResolversTypes['ProgramContact'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ActivationMode'], ParentType, ContextType>;
  recipientKind?: Resolver<ResolversTypes['RecipientKind'], ParentType, ContextType>;
};

export type BenefitActivationInsightResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['BenefitActivationInsight'] = ResolversParentTypes['BenefitActivationInsight']> = {
  averageWaitingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['ActivationChannel']>, ParentType, ContextType>;
  delayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestWaitingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withinPropagationWindow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BenefitPackageResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['BenefitPackage'] = ResolversParentTypes['BenefitPackage']> = {
  activation?: Resolver<Maybe<ResolversTypes['BenefitActivation']>, ParentType, ContextType>;
  entitlements?: Resolver<Array<ResolversTypes['Entitlement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitPackageKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['PartnerLocation'], ParentType, ContextType>;
};

export type BenefitTileResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['BenefitTile'] = ResolversParentTypes['BenefitTile']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checklist?: Resolver<Array<ResolversTypes['ChecklistCheck']>, ParentType, ContextType>;
  failingChecks?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitEntitlementKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['PartnerLocation']>, ParentType, ContextType>;
  packageKind?: Resolver<Maybe<ResolversTypes['BenefitPackageKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BenefitTileStatus'], ParentType, ContextType>;
  supportContract?: Resolver<Maybe<ResolversTypes['SupportContract']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BenefitUnit'], ParentType, ContextType>;
};

export type BenefitTileConnectionResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['BenefitTileConnection'] = ResolversParentTypes['BenefitTileConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BenefitTileEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BenefitTile']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BenefitTileEdgeResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['BenefitTileEdge'] = ResolversParentTypes['BenefitTileEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BenefitTile'], ParentType, ContextType>;
};

export type ChecklistCheckResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['ChecklistCheck'] = ResolversParentTypes['ChecklistCheck']> = {
  hint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ChecklistItem'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ChecklistState'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntitlementResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['Entitlement'] = ResolversParentTypes['Entitlement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitEntitlementKind'], ParentType, ContextType>;
  supportContract?: Resolver<Maybe<ResolversTypes['SupportContract']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activateBenefitSelfService?: Resolver<ResolversTypes['BenefitPackage'], ParentType, ContextType, RequireFields<MutationActivateBenefitSelfServiceArgs, 'input'>>;
  requestAdvisory?: Resolver<ResolversTypes['AdvisoryRequest'], ParentType, ContextType, RequireFields<MutationRequestAdvisoryArgs, 'input'>>;
  requestBenefitActivation?: Resolver<ResolversTypes['BenefitPackage'], ParentType, ContextType, RequireFields<MutationRequestBenefitActivationArgs, 'input'>>;
};

export type OrganizationResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnerMembership?: Resolver<Maybe<ResolversTypes['PartnerMembership']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerLocationResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['PartnerLocation'] = ResolversParentTypes['PartnerLocation']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isHeadquarters?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programContact?: Resolver<ResolversTypes['ProgramContact'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type PartnerMembershipResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['PartnerMembership'] = ResolversParentTypes['PartnerMembership'], FederationReferenceType extends FederationReferenceTypes['PartnerMembership'] = FederationReferenceTypes['PartnerMembership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerMembership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefitPackages?: Resolver<Array<ResolversTypes['BenefitPackage']>, ParentType, ContextType>;
  benefitTiles?: Resolver<ResolversTypes['BenefitTileConnection'], ParentType, ContextType, Partial<PartnerMembershipBenefitTilesArgs>>;
  competencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  headquarters?: Resolver<Maybe<ResolversTypes['PartnerLocation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['PartnerLocation']>, ParentType, ContextType>;
  membershipYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  partnerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['PartnerProgram'], ParentType, ContextType>;
};

export type ProgramContactResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['ProgramContact'] = ResolversParentTypes['ProgramContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  benefitActivationInsights?: Resolver<Array<ResolversTypes['BenefitActivationInsight']>, ParentType, ContextType, Partial<QueryBenefitActivationInsightsArgs>>;
  myBenefitTiles?: Resolver<ResolversTypes['BenefitTileConnection'], ParentType, ContextType, Partial<QueryMyBenefitTilesArgs>>;
  myPartnerMembership?: Resolver<Maybe<ResolversTypes['PartnerMembership']>, ParentType, ContextType>;
};

export type SupportContractResolvers<ContextType = BenefitsContext, ParentType extends ResolversParentTypes['SupportContract'] = ResolversParentTypes['SupportContract']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = BenefitsContext> = {
  AdvisoryRequest?: AdvisoryRequestResolvers<ContextType>;
  BenefitActivation?: BenefitActivationResolvers<ContextType>;
  BenefitActivationInsight?: BenefitActivationInsightResolvers<ContextType>;
  BenefitPackage?: BenefitPackageResolvers<ContextType>;
  BenefitTile?: BenefitTileResolvers<ContextType>;
  BenefitTileConnection?: BenefitTileConnectionResolvers<ContextType>;
  BenefitTileEdge?: BenefitTileEdgeResolvers<ContextType>;
  ChecklistCheck?: ChecklistCheckResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Entitlement?: EntitlementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerLocation?: PartnerLocationResolvers<ContextType>;
  PartnerMembership?: PartnerMembershipResolvers<ContextType>;
  ProgramContact?: ProgramContactResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportContract?: SupportContractResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = BenefitsContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
