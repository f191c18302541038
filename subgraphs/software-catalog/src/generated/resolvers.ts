import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProductRow, ProductVersionRow, ProductAlertRow, ProductKeyRow, KeyRevealRow, DownloadLinkRow, DownloadLinkCopyRow, ActivationCodeRow, MyProductRow, UserGroupRow, UserGroupMemberRow } from '../store/entities';
import type { SubscriptionView, RegisteredLicenseView, DownloadedFileView, CatalogInsightsScope } from '../store/views';
import type { ProductCountRow, RenewalCountRow } from '../store/insightQueries';
import type { CatalogContext } from '../resolvers/context';
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

/** An RDS CAL 5x5 activation code (CSP-7). */
export type ActivationCode = {
  __typename?: 'ActivationCode';
  /** How many CALs it activates. */
  calCount: Scalars['Int']['output'];
  /** Windows Server version of the CALs it activates. */
  calVersion: Scalars['String']['output'];
  /** The code, five groups of five characters. */
  code: Scalars['String']['output'];
  /** The licence server it was redeemed on, or null. */
  licenseServerId?: Maybe<Scalars['String']['output']>;
  /** When it was redeemed, or null. */
  redeemedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of activation codes. */
export type ActivationCodeConnection = {
  __typename?: 'ActivationCodeConnection';
  /** Codes on this page with their cursors. */
  edges: Array<ActivationCodeEdge>;
  /** Codes on this page. */
  nodes: Array<ActivationCode>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of codes across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An activation code with its cursor. */
export type ActivationCodeEdge = {
  __typename?: 'ActivationCodeEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The code. */
  node: ActivationCode;
};

/** Input of addUserGroupMember (MP-9). */
export type AddUserGroupMemberInput = {
  /** E-mail of a user of my organisation. */
  email: Scalars['String']['input'];
  /** The group. */
  groupId: Scalars['ID']['input'];
  /** Their role on the licence; USER unless asked. */
  role?: InputMaybe<LicenseRole>;
};

/** Processor architecture of a key and its download (CSP-4). */
export type Bitness =
  /** 64-bit: the default. */
  | 'X64'
  /** 32-bit, on request. */
  | 'X86';

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** Catalog aggregates for analysts; each list is computed by the store (GROUP BY). */
export type CatalogInsights = {
  __typename?: 'CatalogInsights';
  /** Per product, licences whose maintenance expired (RENEW, MP-5) or ends soon, as of today; the period does not apply. */
  licencesToRenew: Array<CatalogRenewalCount>;
  /** Products downloaded most often in the period, most first (MP-8). */
  mostDownloaded: Array<CatalogProductCount>;
  /** Products added to My Products most often in the period, most first (MP-1). */
  mostRegistered: Array<CatalogProductCount>;
};


/** Catalog aggregates for analysts; each list is computed by the store (GROUP BY). */
export type CatalogInsightsLicencesToRenewArgs = {
  dueWithinDays?: InputMaybe<Scalars['Int']['input']>;
};


/** Catalog aggregates for analysts; each list is computed by the store (GROUP BY). */
export type CatalogInsightsMostRegisteredArgs = {
  via?: InputMaybe<MyProductSource>;
};

/** How often one catalog product was registered or downloaded (analysts). */
export type CatalogProductCount = {
  __typename?: 'CatalogProductCount';
  /** Registrations or downloads. */
  count: Scalars['Int']['output'];
  /** Public product family. */
  family: Scalars['String']['output'];
  /** Distinct organisations behind them. */
  organizations: Scalars['Int']['output'];
  /** Public product name. */
  productName: Scalars['String']['output'];
  /** Distinct users behind them. */
  users: Scalars['Int']['output'];
};

/** Licences of one catalog product needing renewal (analysts). */
export type CatalogRenewalCount = {
  __typename?: 'CatalogRenewalCount';
  /** Licences whose maintenance ends within the window asked for. */
  dueSoon: Scalars['Int']['output'];
  /** Licences whose maintenance already expired: renew (MP-5). */
  expired: Scalars['Int']['output'];
  /** Public product family. */
  family: Scalars['String']['output'];
  /** Distinct organisations holding them. */
  organizations: Scalars['Int']['output'];
  /** Public product name. */
  productName: Scalars['String']['output'];
};

/** A copied download link (CSP-9): the URL to send. Shown once: only a hash of its secret is kept. */
export type CopiedDownloadLink = {
  __typename?: 'CopiedDownloadLink';
  /** When the copy was recorded. */
  copiedAt: Scalars['DateTime']['output'];
  /** The link; its five days have not started by copying. */
  link: DownloadLink;
  /** The URL to send, e.g. by e-mail. A secret: whoever holds it can download until the link expires. Never logged. */
  shareUrl: Scalars['String']['output'];
};

/** Input of createUserGroup (MP-9). */
export type CreateUserGroupInput = {
  /** A licence number of my organisation. */
  licenseNumber: Scalars['String']['input'];
  /** Name of the group, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** Where a product runs; decides which support contracts may serve it (SUP-4). */
export type Deployment =
  /** Run as an online service. */
  | 'CLOUD'
  /** Installed and run by the customer. */
  | 'ON_PREMISES';

/** A download link for a version, language and bitness (CSP-4, CSP-5). The URL itself is only returned by downloadSoftware. */
export type DownloadLink = {
  __typename?: 'DownloadLink';
  /** 32- or 64-bit. */
  bitness: Bitness;
  /** When the link was generated. */
  createdAt: Scalars['DateTime']['output'];
  /** Five days after the first download (CSP-5); null before it. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** File name of the download. */
  fileName: Scalars['String']['output'];
  /** When it was first downloaded, or null. */
  firstDownloadedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque link id. */
  id: Scalars['ID']['output'];
  /** Language tag. */
  language: Scalars['String']['output'];
  /** Not yet downloaded, active or expired. */
  status: DownloadLinkStatus;
  /** Product version. */
  version: Scalars['String']['output'];
};

/** One recorded copy of a download link (CSP-9). */
export type DownloadLinkCopy = {
  __typename?: 'DownloadLinkCopy';
  /** When the link was copied. */
  copiedAt: Scalars['DateTime']['output'];
  /** User id (token subject) of whoever copied the link. */
  copiedBy: Scalars['String']['output'];
  /** Organisation id of whoever copied the link (the customer or the reseller). */
  copiedByOrganizationId: Scalars['ID']['output'];
  /** Opaque copy id. */
  id: Scalars['ID']['output'];
  /** The copied link. */
  link: DownloadLink;
  /** The subscription id of the link. */
  subscriptionId: Scalars['ID']['output'];
};

/** A page of download link copies. */
export type DownloadLinkCopyConnection = {
  __typename?: 'DownloadLinkCopyConnection';
  /** Copies on this page with their cursors. */
  edges: Array<DownloadLinkCopyEdge>;
  /** Copies on this page. */
  nodes: Array<DownloadLinkCopy>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of copies across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A copy with its cursor. */
export type DownloadLinkCopyEdge = {
  __typename?: 'DownloadLinkCopyEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The copy. */
  node: DownloadLinkCopy;
};

/** State of a download link (CSP-5). */
export type DownloadLinkStatus =
  /** Downloaded at least once and within five days of the first download. */
  | 'ACTIVE'
  /** More than five days after the first download. */
  | 'EXPIRED'
  /** Never downloaded: its five days have not started. */
  | 'NOT_YET_DOWNLOADED';

/** A file the user downloaded (MP-8). */
export type DownloadedFile = {
  __typename?: 'DownloadedFile';
  /** When the user downloaded it. */
  downloadedAt: Scalars['DateTime']['output'];
  /** Date of the file (its version's release). */
  fileDate: Scalars['Date']['output'];
  /** File name. */
  fileName: Scalars['String']['output'];
  /** Whether the product has a newer version than this file. */
  newerVersionAvailable: Scalars['Boolean']['output'];
  /** Product version of the file. */
  version: Scalars['String']['output'];
};

/** Whether the entitlement behind a CSP purchase has arrived, and whether it still holds. */
export type EntitlementStatus =
  /** Keys and downloads can be generated. */
  | 'ACTIVE'
  /** The purchase is recorded in agreements but its entitlement has not reached this store yet. */
  | 'PROVISIONING'
  /** The purchase was cancelled: its keys are revoked (CSP-2). */
  | 'REVOKED';

/** Input of generateKeysAndDownloads (CSP-4). */
export type GenerateKeysAndDownloadsInput = {
  /** Bitness; 64-bit unless 32-bit is asked for. */
  bitness?: InputMaybe<Bitness>;
  /** Language tag the version ships in, e.g. en-US. */
  language: Scalars['String']['input'];
  /** The CSP subscription (purchase) id. */
  subscriptionId: Scalars['ID']['input'];
  /** Version label of the product, e.g. 2021. */
  version: Scalars['String']['input'];
};

/** One recorded reveal of a key (CSP-8). */
export type KeyReveal = {
  __typename?: 'KeyReveal';
  /** Opaque reveal id. */
  id: Scalars['ID']['output'];
  /** The revealed key (masked). */
  key: ProductKey;
  /** When the key was shown. */
  revealedAt: Scalars['DateTime']['output'];
  /** User id (token subject) of whoever saw the key. */
  revealedBy: Scalars['String']['output'];
  /** Organisation id of whoever saw the key (the customer or the reseller). */
  revealedByOrganizationId: Scalars['ID']['output'];
  /** The subscription id of the key. */
  subscriptionId: Scalars['ID']['output'];
};

/** A page of key reveals. */
export type KeyRevealConnection = {
  __typename?: 'KeyRevealConnection';
  /** Reveals on this page with their cursors. */
  edges: Array<KeyRevealEdge>;
  /** Reveals on this page. */
  nodes: Array<KeyReveal>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of reveals across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A reveal with its cursor. */
export type KeyRevealEdge = {
  __typename?: 'KeyRevealEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The reveal. */
  node: KeyReveal;
};

/** What generateKeysAndDownloads created. */
export type KeysAndDownloads = {
  __typename?: 'KeysAndDownloads';
  /** The new download link. */
  downloadLink: DownloadLink;
  /** The new key (masked). */
  key: ProductKey;
};

/** The action a licence needs (MP-5). */
export type LicenseAction =
  /** Nothing to do. */
  | 'NONE'
  /** No licence registered yet: register one by licence number. */
  | 'REGISTER_LICENSE'
  /** Maintenance expired: renew it. */
  | 'RENEW';

/** The user's role on a registered licence (MP-5). */
export type LicenseRole =
  /** Manages the licence for the organisation. */
  | 'ADMINISTRATOR'
  /** Uses the licence. */
  | 'USER';

/** Licence status of a product in My Products (MP-5). */
export type LicenseStatus = {
  __typename?: 'LicenseStatus';
  /** What to do now. */
  actionNeeded: LicenseAction;
  /** Every licence number of the product registered to the account. */
  licenses: RegisteredLicenseConnection;
};


/** Licence status of a product in My Products (MP-5). */
export type LicenseStatusLicensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Add a user of my organisation to a group, by e-mail, with a role (MP-9): they see the product and the licence in My Products. Already a member: CONFLICT. */
  addUserGroupMember: UserGroupMember;
  /** Copy a download link to send without downloading (CSP-9): a new secret share URL each time, recorded like a key reveal; the link's five days (CSP-5) do not start. Customer global admin or reselling partner's admin agent (CSP-3); an expired link: LINK_EXPIRED. */
  copyDownloadLink: CopiedDownloadLink;
  /** Create a user group of a licence (MP-9). The licence's administrators only; a name the licence already has: CONFLICT. */
  createUserGroup: UserGroup;
  /** Download through a link: the first download starts its five-day life (CSP-5); afterwards LINK_EXPIRED. Adds the product to My Products (MP-1, MP-8). */
  downloadSoftware: SoftwareDownloadGrant;
  /** Download through a copied link (CSP-9). The secret is the permission: no token needed. The first download by anyone starts the link's five days (CSP-5), then LINK_EXPIRED; a signed-in user of the buying or selling organisation also gets it in My Products (MP-1, MP-8). An unknown secret: NOT_FOUND. */
  followSharedDownloadLink: SoftwareDownloadGrant;
  /** Generate a product key and a download link for a CSP entitlement (CSP-4). Customer global admin or reselling partner's admin agent (CSP-3). */
  generateKeysAndDownloads: KeysAndDownloads;
  /** Record that the user looked at a product's news now: the 'new since last visit' marker resets (MP-6). */
  markProductNewsVisited: MyProduct;
  /** Redeem an RDS CAL 5x5 activation code on a licence server, once ever (CSP-7); again, anywhere: CODE_ALREADY_REDEEMED. */
  redeemActivationCode: ActivationCode;
  /** Add a product to My Products by licence number (preferred) or from the product list (MP-1). Exactly one of the two. */
  registerMyProduct: MyProduct;
  /** Remove a user from a group (MP-9): the licence leaves their My Products. Not a member: NOT_FOUND. */
  removeUserGroupMember: UserGroupMember;
  /** Show a key in full and record the reveal (CSP-3, CSP-8). FORBIDDEN for anyone but the customer's global admin and the reseller's admin agents. */
  revealProductKey: RevealedProductKey;
  /** Opt in or out of news and alerts for a product in My Products (MP-6). */
  setProductAlertsOptIn: MyProduct;
};


export type MutationAddUserGroupMemberArgs = {
  input: AddUserGroupMemberInput;
};


export type MutationCopyDownloadLinkArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationCreateUserGroupArgs = {
  input: CreateUserGroupInput;
};


export type MutationDownloadSoftwareArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationFollowSharedDownloadLinkArgs = {
  token: Scalars['String']['input'];
};


export type MutationGenerateKeysAndDownloadsArgs = {
  input: GenerateKeysAndDownloadsInput;
};


export type MutationMarkProductNewsVisitedArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationRedeemActivationCodeArgs = {
  code: Scalars['String']['input'];
  licenseServerId: Scalars['String']['input'];
};


export type MutationRegisterMyProductArgs = {
  input: RegisterMyProductInput;
};


export type MutationRemoveUserGroupMemberArgs = {
  input: RemoveUserGroupMemberInput;
};


export type MutationRevealProductKeyArgs = {
  keyId: Scalars['ID']['input'];
};


export type MutationSetProductAlertsOptInArgs = {
  optIn: Scalars['Boolean']['input'];
  productId: Scalars['ID']['input'];
};

/** A product in the user's My Products (MP-1). */
export type MyProduct = {
  __typename?: 'MyProduct';
  /** Whether the user opted in to this product's news and alerts (MP-6). */
  alertsOptIn: Scalars['Boolean']['output'];
  /** Opaque id of the registration. */
  id: Scalars['ID']['output'];
  /** Files of this product the user downloaded in the last two years, newest first (MP-8). */
  lastDownloads: Array<DownloadedFile>;
  /** When the user last looked at this product's news, or null. */
  lastVisitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Action needed and the registered licences (MP-5). */
  licenseStatus: LicenseStatus;
  /** Alerts published since the last visit; 0 unless opted in (MP-6). */
  newAlertCount: Scalars['Int']['output'];
  /** The catalog product. */
  product: Product;
  /** When it was added. */
  registeredAt: Scalars['DateTime']['output'];
  /** How it was added. */
  source: MyProductSource;
  /** Best maintenance state across its registered licences (MP-4). */
  supportStatus: SupportStatus;
};

/** A page of My Products. */
export type MyProductConnection = {
  __typename?: 'MyProductConnection';
  /** Products on this page with their cursors. */
  edges: Array<MyProductEdge>;
  /** Products on this page. */
  nodes: Array<MyProduct>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of products across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A My Products entry with its cursor. */
export type MyProductEdge = {
  __typename?: 'MyProductEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: MyProduct;
};

/** How a product came into My Products (MP-1). */
export type MyProductSource =
  /** Added when the user downloaded software. */
  | 'DOWNLOAD'
  /** Registered by licence number (preferred). */
  | 'LICENSE_NUMBER'
  /** Picked from the product list. */
  | 'PRODUCT_LIST'
  /** Added when the user opened a service request. */
  | 'SERVICE_REQUEST'
  /** Added when the user was added to a user group of a licence (MP-9). */
  | 'USER_GROUP';

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

/** A product of the software catalog (owned by the software-catalog subgraph). */
export type Product = {
  __typename?: 'Product';
  /** News and alerts about the product, newest first (MP-6). Public. */
  alerts: ProductAlertConnection;
  /** On-premises or cloud. */
  deployment: Deployment;
  /** How many earlier versions a licence of a version covers (CSP-6); 0 when the product has no downgrade rights. */
  downgradeDepth: Scalars['Int']['output'];
  /** Product family, e.g. Servers. */
  family: Scalars['String']['output'];
  /** Catalog product id. */
  id: Scalars['ID']['output'];
  /** The newest released version, or null for a product without versions. */
  latestVersion?: Maybe<ProductVersion>;
  /** Product name, e.g. Windows Server. */
  name: Scalars['String']['output'];
  /** Released versions, newest first. */
  versions: Array<ProductVersion>;
};


/** A product of the software catalog (owned by the software-catalog subgraph). */
export type ProductAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A news item or alert about a product (MP-6). */
export type ProductAlert = {
  __typename?: 'ProductAlert';
  /** Opaque alert id. */
  id: Scalars['ID']['output'];
  /** News or alert. */
  kind: ProductAlertKind;
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
};

/** A page of product alerts. */
export type ProductAlertConnection = {
  __typename?: 'ProductAlertConnection';
  /** Alerts on this page with their cursors. */
  edges: Array<ProductAlertEdge>;
  /** Alerts on this page. */
  nodes: Array<ProductAlert>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of alerts across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An alert with its cursor. */
export type ProductAlertEdge = {
  __typename?: 'ProductAlertEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: ProductAlert;
};

/** Whether an item is news or an alert. */
export type ProductAlertKind =
  /** An alert that may need action (security, end of support). */
  | 'ALERT'
  /** General product news. */
  | 'NEWS';

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** Products on this page with their cursors. */
  edges: Array<ProductEdge>;
  /** Products on this page. */
  nodes: Array<Product>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of products across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A product with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** A product key; the value is masked here (CSP-3, CSP-8). */
export type ProductKey = {
  __typename?: 'ProductKey';
  /** 32- or 64-bit. */
  bitness: Bitness;
  /** When it was generated. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque key id. */
  id: Scalars['ID']['output'];
  /** Language tag, e.g. en-US. */
  language: Scalars['String']['output'];
  /** The key with all but its last group hidden, e.g. XXXXX-XXXXX-XXXXX-XXXXX-7BQ4D. */
  maskedValue: Scalars['String']['output'];
  /** Product version the key activates. */
  version: Scalars['String']['output'];
};

/** A released version of a product. */
export type ProductVersion = {
  __typename?: 'ProductVersion';
  /** Earlier versions a licence of this version may be used at (downgrade rights, CSP-6), newest first. */
  downgradeRights: Array<ProductVersion>;
  /** Editions, e.g. Standard, Datacenter. */
  editions: Array<Scalars['String']['output']>;
  /** Opaque version id. */
  id: Scalars['ID']['output'];
  /** Languages it ships in, as tags, e.g. en-US. */
  languages: Array<Scalars['String']['output']>;
  /** Release date. */
  releaseDate: Scalars['Date']['output'];
  /** Version label, e.g. 2019. */
  version: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Analysts only (FORBIDDEN for everyone else): the products registered (MP-1) and downloaded (MP-8)
   * most in a period, and the licences whose maintenance needs renewing (MP-4, MP-5). Public product
   * names with counts only: no user, organisation, licence number, key or link.
   */
  catalogInsights: CatalogInsights;
  /** Every copy of my organisation's download links, newest first (CSP-9): who copied which link and when. Only the customer's global admin. */
  downloadLinkCopyAudit: DownloadLinkCopyConnection;
  /** Every key reveal of my organisation's subscriptions, newest first (CSP-8). Only the customer's global admin. */
  keyRevealAudit: KeyRevealConnection;
  /** The RDS CAL 5x5 activation codes of my organisation (CSP-7). Global admins only. */
  myActivationCodes: ActivationCodeConnection;
  /** The signed-in user's My Products page (MP-1, MP-4, MP-5, MP-6, MP-8, MP-9), newest registration first: products they registered, downloaded, asked support about, or hold through a user group. Needs a token. */
  myProducts: MyProductConnection;
  /** CSP software entitlements the caller may see: its organisation's purchases (customer) or sales (partner); all for analysts. Needs a token. */
  mySoftwareEntitlements: SoftwareEntitlementConnection;
  /** One catalog product by id, or null. No token needed. */
  product?: Maybe<Product>;
  /** Search the public product catalog by name or family (case-insensitive). No token needed. */
  products: ProductConnection;
  /** Whether an RDS CAL of one Windows Server version works on a server of another (CSP-7). No token needed. */
  rdsCalCompatibility: RdsCalCompatibility;
  /** One CSP entitlement by subscription id; NOT_FOUND unless the caller's organisation bought or sold it (or is an analyst). */
  softwareEntitlement?: Maybe<SoftwareSubscription>;
  /** The user groups of a licence with their current members (MP-9). Only the licence's administrators: the global admin of the organisation holding it, or a member with the ADMINISTRATOR role on it. */
  userGroups: Array<UserGroup>;
};


export type QueryCatalogInsightsArgs = {
  deployment?: InputMaybe<Deployment>;
  from?: InputMaybe<Scalars['Date']['input']>;
  top?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryDownloadLinkCopyAuditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKeyRevealAuditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyActivationCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMySoftwareEntitlementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  deployment?: InputMaybe<Deployment>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRdsCalCompatibilityArgs = {
  calVersion: Scalars['String']['input'];
  serverVersion: Scalars['String']['input'];
};


export type QuerySoftwareEntitlementArgs = {
  subscriptionId: Scalars['ID']['input'];
};


export type QueryUserGroupsArgs = {
  licenseNumber: Scalars['String']['input'];
};

/** The answer to an RDS CAL compatibility question (CSP-7). */
export type RdsCalCompatibility = {
  __typename?: 'RdsCalCompatibility';
  /** The CAL's Windows Server version, e.g. 2016. */
  calVersion: Scalars['String']['output'];
  /** Whether the CAL works on that server. */
  compatible: Scalars['Boolean']['output'];
  /** The server install's version, e.g. 2019. */
  serverVersion: Scalars['String']['output'];
  /** Every server version the CAL works on, oldest first. */
  worksOnServerVersions: Array<Scalars['String']['output']>;
};

/** Input of registerMyProduct (MP-1): exactly one of licenseNumber and productId. */
export type RegisterMyProductInput = {
  /** A licence number of my organisation (preferred): adds its product and the licence. */
  licenseNumber?: InputMaybe<Scalars['String']['input']>;
  /** A catalog product id, picked from the product list. */
  productId?: InputMaybe<Scalars['ID']['input']>;
};

/** A licence number registered to the user's account (MP-5). */
export type RegisteredLicense = {
  __typename?: 'RegisteredLicense';
  /** Licence number, leading zeros kept. */
  licenseNumber: Scalars['String']['output'];
  /** Maintenance renewal date. */
  renewalDate: Scalars['Date']['output'];
  /** The user's role on this licence: the stronger of their registration's and their groups' roles. */
  role: LicenseRole;
  /** Maintenance state on the renewal date (MP-4). */
  supportStatus: SupportStatus;
  /** The user group through which the user holds the licence (MP-9), else the licence's own group. */
  userGroup: Scalars['String']['output'];
};

/** A page of registered licences. */
export type RegisteredLicenseConnection = {
  __typename?: 'RegisteredLicenseConnection';
  /** Licences on this page with their cursors. */
  edges: Array<RegisteredLicenseEdge>;
  /** Licences on this page. */
  nodes: Array<RegisteredLicense>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of licences across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A registered licence with its cursor. */
export type RegisteredLicenseEdge = {
  __typename?: 'RegisteredLicenseEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The licence. */
  node: RegisteredLicense;
};

/** Input of removeUserGroupMember (MP-9). */
export type RemoveUserGroupMemberInput = {
  /** E-mail of the member to remove. */
  email: Scalars['String']['input'];
  /** The group. */
  groupId: Scalars['ID']['input'];
};

/** A key shown in full; its reveal has been recorded (CSP-8). */
export type RevealedProductKey = {
  __typename?: 'RevealedProductKey';
  /** The key. */
  key: ProductKey;
  /** When the reveal was recorded. */
  revealedAt: Scalars['DateTime']['output'];
  /** The full key value. Never logged. */
  value: Scalars['String']['output'];
};

/** A granted download: the URL to fetch now. */
export type SoftwareDownloadGrant = {
  __typename?: 'SoftwareDownloadGrant';
  /** The link, with its expiry now set. */
  link: DownloadLink;
  /** Where to fetch the file. A secret: never logged. */
  url: Scalars['String']['output'];
};

/** A page of software entitlements. */
export type SoftwareEntitlementConnection = {
  __typename?: 'SoftwareEntitlementConnection';
  /** Entitlements on this page with their cursors. */
  edges: Array<SoftwareEntitlementEdge>;
  /** Entitlements on this page. */
  nodes: Array<SoftwareSubscription>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of entitlements across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entitlement with its cursor. */
export type SoftwareEntitlementEdge = {
  __typename?: 'SoftwareEntitlementEdge';
  /** Opaque cursor; pass as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: SoftwareSubscription;
};

/** A CSP purchase (owned by agreements), extended with what it entitles the buyer to download. Fields are null for callers who may not see the entitlement. */
export type SoftwareSubscription = {
  __typename?: 'SoftwareSubscription';
  /** Download links. Null with FORBIDDEN for anyone but the customer's global admin and the reseller's admin agents (CSP-3). */
  downloadLinks?: Maybe<Array<DownloadLink>>;
  /** The customer organisation's id (the buyer). */
  entitledCustomerId?: Maybe<Scalars['ID']['output']>;
  /**
   * The purchased product, as this store received it; null for callers who may not see the entitlement.
   * @deprecated Use `product`: the same product, from agreements, which owns the purchase.
   */
  entitledProduct?: Maybe<Product>;
  /** The reselling partner organisation's id. */
  entitledResellerId?: Maybe<Scalars['ID']['output']>;
  /**
   * Subscription or perpetual, as this store received it; null for callers who may not see the entitlement.
   * @deprecated Use `kind`: the same value, from agreements, which owns the purchase.
   */
  entitlementKind?: Maybe<SoftwareSubscriptionKind>;
  /** Provisioning, active or revoked. */
  entitlementStatus?: Maybe<EntitlementStatus>;
  /** Subscription id (the agreements subgraph's purchase id). */
  id: Scalars['ID']['output'];
  /** Generated keys, masked; reveal one with revealProductKey. Null with FORBIDDEN for anyone but the customer's global admin and the reseller's admin agents (CSP-3). */
  productKeys?: Maybe<Array<ProductKey>>;
  /** Whether the caller may see keys and download links (CSP-3). */
  viewerCanManageKeys?: Maybe<Scalars['Boolean']['output']>;
};

/** Whether a CSP purchase is a time-bound subscription or a perpetual licence. */
export type SoftwareSubscriptionKind =
  /** A perpetual licence. */
  | 'PERPETUAL'
  /** A subscription with a yearly term. */
  | 'SUBSCRIPTION';

/** State of maintenance behind a licence (MP-4). */
export type SupportStatus =
  /** Maintenance runs until the renewal date or later. */
  | 'ACTIVE'
  /** Maintenance ended: renew. */
  | 'EXPIRED'
  /** No licence registered for this product, so no maintenance known. */
  | 'NO_LICENSE';

/** A user group of one licence, in the organisation holding it (MP-9). */
export type UserGroup = {
  __typename?: 'UserGroup';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque group id. */
  id: Scalars['ID']['output'];
  /** The licence the group is of. */
  licenseNumber: Scalars['String']['output'];
  /** Current members, by e-mail. */
  members: Array<UserGroupMember>;
  /** Group name, unique per licence. */
  name: Scalars['String']['output'];
  /** The licence's product. */
  product: Product;
};

/** A user in a user group (MP-9), named by e-mail: whoever signs in with that e-mail in the group's organisation. */
export type UserGroupMember = {
  __typename?: 'UserGroupMember';
  /** When they were (last) added. */
  addedAt: Scalars['DateTime']['output'];
  /** The user's e-mail, lower case. */
  email: Scalars['String']['output'];
  /** The group. */
  groupId: Scalars['ID']['output'];
  /** When they were removed, or null while a member. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user's role on the group's licence. */
  role: LicenseRole;
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
  Product: Product;
  SoftwareSubscription: SoftwareSubscription;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  SoftwareSubscription:
    ( { __typename: 'SoftwareSubscription' }
    & GraphQLRecursivePick<FederationTypes['SoftwareSubscription'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivationCode: ResolverTypeWrapper<ActivationCodeRow>;
  ActivationCodeConnection: ResolverTypeWrapper<Partial<Omit<ActivationCodeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActivationCodeEdge']>, nodes: Array<ResolversTypes['ActivationCode']> }>>;
  ActivationCodeEdge: ResolverTypeWrapper<Partial<Omit<ActivationCodeEdge, 'node'> & { node: ResolversTypes['ActivationCode'] }>>;
  AddUserGroupMemberInput: ResolverTypeWrapper<Partial<AddUserGroupMemberInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Bitness: ResolverTypeWrapper<Partial<Bitness>>;
  CacheControlScope: ResolverTypeWrapper<Partial<CacheControlScope>>;
  CatalogInsights: ResolverTypeWrapper<CatalogInsightsScope>;
  CatalogProductCount: ResolverTypeWrapper<ProductCountRow>;
  CatalogRenewalCount: ResolverTypeWrapper<RenewalCountRow>;
  CopiedDownloadLink: ResolverTypeWrapper<Partial<Omit<CopiedDownloadLink, 'link'> & { link: ResolversTypes['DownloadLink'] }>>;
  CreateUserGroupInput: ResolverTypeWrapper<Partial<CreateUserGroupInput>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Deployment: ResolverTypeWrapper<Partial<Deployment>>;
  DownloadLink: ResolverTypeWrapper<DownloadLinkRow>;
  DownloadLinkCopy: ResolverTypeWrapper<DownloadLinkCopyRow>;
  DownloadLinkCopyConnection: ResolverTypeWrapper<Partial<Omit<DownloadLinkCopyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DownloadLinkCopyEdge']>, nodes: Array<ResolversTypes['DownloadLinkCopy']> }>>;
  DownloadLinkCopyEdge: ResolverTypeWrapper<Partial<Omit<DownloadLinkCopyEdge, 'node'> & { node: ResolversTypes['DownloadLinkCopy'] }>>;
  DownloadLinkStatus: ResolverTypeWrapper<Partial<DownloadLinkStatus>>;
  DownloadedFile: ResolverTypeWrapper<DownloadedFileView>;
  EntitlementStatus: ResolverTypeWrapper<Partial<EntitlementStatus>>;
  GenerateKeysAndDownloadsInput: ResolverTypeWrapper<Partial<GenerateKeysAndDownloadsInput>>;
  KeyReveal: ResolverTypeWrapper<KeyRevealRow>;
  KeyRevealConnection: ResolverTypeWrapper<Partial<Omit<KeyRevealConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KeyRevealEdge']>, nodes: Array<ResolversTypes['KeyReveal']> }>>;
  KeyRevealEdge: ResolverTypeWrapper<Partial<Omit<KeyRevealEdge, 'node'> & { node: ResolversTypes['KeyReveal'] }>>;
  KeysAndDownloads: ResolverTypeWrapper<Partial<Omit<KeysAndDownloads, 'downloadLink' | 'key'> & { downloadLink: ResolversTypes['DownloadLink'], key: ResolversTypes['ProductKey'] }>>;
  LicenseAction: ResolverTypeWrapper<Partial<LicenseAction>>;
  LicenseRole: ResolverTypeWrapper<Partial<LicenseRole>>;
  LicenseStatus: ResolverTypeWrapper<MyProductRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyProduct: ResolverTypeWrapper<MyProductRow>;
  MyProductConnection: ResolverTypeWrapper<Partial<Omit<MyProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MyProductEdge']>, nodes: Array<ResolversTypes['MyProduct']> }>>;
  MyProductEdge: ResolverTypeWrapper<Partial<Omit<MyProductEdge, 'node'> & { node: ResolversTypes['MyProduct'] }>>;
  MyProductSource: ResolverTypeWrapper<Partial<MyProductSource>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductAlert: ResolverTypeWrapper<ProductAlertRow>;
  ProductAlertConnection: ResolverTypeWrapper<Partial<Omit<ProductAlertConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductAlertEdge']>, nodes: Array<ResolversTypes['ProductAlert']> }>>;
  ProductAlertEdge: ResolverTypeWrapper<Partial<Omit<ProductAlertEdge, 'node'> & { node: ResolversTypes['ProductAlert'] }>>;
  ProductAlertKind: ResolverTypeWrapper<Partial<ProductAlertKind>>;
  ProductConnection: ResolverTypeWrapper<Partial<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductEdge']>, nodes: Array<ResolversTypes['Product']> }>>;
  ProductEdge: ResolverTypeWrapper<Partial<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>>;
  ProductKey: ResolverTypeWrapper<ProductKeyRow>;
  ProductVersion: ResolverTypeWrapper<ProductVersionRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RdsCalCompatibility: ResolverTypeWrapper<Partial<RdsCalCompatibility>>;
  RegisterMyProductInput: ResolverTypeWrapper<Partial<RegisterMyProductInput>>;
  RegisteredLicense: ResolverTypeWrapper<RegisteredLicenseView>;
  RegisteredLicenseConnection: ResolverTypeWrapper<Partial<Omit<RegisteredLicenseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RegisteredLicenseEdge']>, nodes: Array<ResolversTypes['RegisteredLicense']> }>>;
  RegisteredLicenseEdge: ResolverTypeWrapper<Partial<Omit<RegisteredLicenseEdge, 'node'> & { node: ResolversTypes['RegisteredLicense'] }>>;
  RemoveUserGroupMemberInput: ResolverTypeWrapper<Partial<RemoveUserGroupMemberInput>>;
  RevealedProductKey: ResolverTypeWrapper<Partial<Omit<RevealedProductKey, 'key'> & { key: ResolversTypes['ProductKey'] }>>;
  SoftwareDownloadGrant: ResolverTypeWrapper<Partial<Omit<SoftwareDownloadGrant, 'link'> & { link: ResolversTypes['DownloadLink'] }>>;
  SoftwareEntitlementConnection: ResolverTypeWrapper<Partial<Omit<SoftwareEntitlementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SoftwareEntitlementEdge']>, nodes: Array<ResolversTypes['SoftwareSubscription']> }>>;
  SoftwareEntitlementEdge: ResolverTypeWrapper<Partial<Omit<SoftwareEntitlementEdge, 'node'> & { node: ResolversTypes['SoftwareSubscription'] }>>;
  SoftwareSubscription: ResolverTypeWrapper<SubscriptionView>;
  SoftwareSubscriptionKind: ResolverTypeWrapper<Partial<SoftwareSubscriptionKind>>;
  SupportStatus: ResolverTypeWrapper<Partial<SupportStatus>>;
  UserGroup: ResolverTypeWrapper<UserGroupRow>;
  UserGroupMember: ResolverTypeWrapper<UserGroupMemberRow>;
  link__Import: ResolverTypeWrapper<Partial<Scalars['link__Import']['output']>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivationCode: ActivationCodeRow;
  ActivationCodeConnection: Partial<Omit<ActivationCodeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActivationCodeEdge']>, nodes: Array<ResolversParentTypes['ActivationCode']> }>;
  ActivationCodeEdge: Partial<Omit<ActivationCodeEdge, 'node'> & { node: ResolversParentTypes['ActivationCode'] }>;
  AddUserGroupMemberInput: Partial<AddUserGroupMemberInput>;
  ID: Partial<Scalars['ID']['output']>;
  CatalogInsights: CatalogInsightsScope;
  CatalogProductCount: ProductCountRow;
  CatalogRenewalCount: RenewalCountRow;
  CopiedDownloadLink: Partial<Omit<CopiedDownloadLink, 'link'> & { link: ResolversParentTypes['DownloadLink'] }>;
  CreateUserGroupInput: Partial<CreateUserGroupInput>;
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DownloadLink: DownloadLinkRow;
  DownloadLinkCopy: DownloadLinkCopyRow;
  DownloadLinkCopyConnection: Partial<Omit<DownloadLinkCopyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DownloadLinkCopyEdge']>, nodes: Array<ResolversParentTypes['DownloadLinkCopy']> }>;
  DownloadLinkCopyEdge: Partial<Omit<DownloadLinkCopyEdge, 'node'> & { node: ResolversParentTypes['DownloadLinkCopy'] }>;
  DownloadedFile: DownloadedFileView;
  GenerateKeysAndDownloadsInput: Partial<GenerateKeysAndDownloadsInput>;
  KeyReveal: KeyRevealRow;
  KeyRevealConnection: Partial<Omit<KeyRevealConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KeyRevealEdge']>, nodes: Array<ResolversParentTypes['KeyReveal']> }>;
  KeyRevealEdge: Partial<Omit<KeyRevealEdge, 'node'> & { node: ResolversParentTypes['KeyReveal'] }>;
  KeysAndDownloads: Partial<Omit<KeysAndDownloads, 'downloadLink' | 'key'> & { downloadLink: ResolversParentTypes['DownloadLink'], key: ResolversParentTypes['ProductKey'] }>;
  LicenseStatus: MyProductRow;
  Mutation: Record<PropertyKey, never>;
  MyProduct: MyProductRow;
  MyProductConnection: Partial<Omit<MyProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MyProductEdge']>, nodes: Array<ResolversParentTypes['MyProduct']> }>;
  MyProductEdge: Partial<Omit<MyProductEdge, 'node'> & { node: ResolversParentTypes['MyProduct'] }>;
  PageInfo: Partial<PageInfo>;
  Product: ProductRow;
  ProductAlert: ProductAlertRow;
  ProductAlertConnection: Partial<Omit<ProductAlertConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductAlertEdge']>, nodes: Array<ResolversParentTypes['ProductAlert']> }>;
  ProductAlertEdge: Partial<Omit<ProductAlertEdge, 'node'> & { node: ResolversParentTypes['ProductAlert'] }>;
  ProductConnection: Partial<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductEdge']>, nodes: Array<ResolversParentTypes['Product']> }>;
  ProductEdge: Partial<Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] }>;
  ProductKey: ProductKeyRow;
  ProductVersion: ProductVersionRow;
  Query: Record<PropertyKey, never>;
  RdsCalCompatibility: Partial<RdsCalCompatibility>;
  RegisterMyProductInput: Partial<RegisterMyProductInput>;
  RegisteredLicense: RegisteredLicenseView;
  RegisteredLicenseConnection: Partial<Omit<RegisteredLicenseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RegisteredLicenseEdge']>, nodes: Array<ResolversParentTypes['RegisteredLicense']> }>;
  RegisteredLicenseEdge: Partial<Omit<RegisteredLicenseEdge, 'node'> & { node: ResolversParentTypes['RegisteredLicense'] }>;
  RemoveUserGroupMemberInput: Partial<RemoveUserGroupMemberInput>;
  RevealedProductKey: Partial<Omit<RevealedProductKey, 'key'> & { key: ResolversParentTypes['ProductKey'] }>;
  SoftwareDownloadGrant: Partial<Omit<SoftwareDownloadGrant, 'link'> & { link: ResolversParentTypes['DownloadLink'] }>;
  SoftwareEntitlementConnection: Partial<Omit<SoftwareEntitlementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SoftwareEntitlementEdge']>, nodes: Array<ResolversParentTypes['SoftwareSubscription']> }>;
  SoftwareEntitlementEdge: Partial<Omit<SoftwareEntitlementEdge, 'node'> & { node: ResolversParentTypes['SoftwareSubscription'] }>;
  SoftwareSubscription: SubscriptionView;
  UserGroup: UserGroupRow;
  UserGroupMember: UserGroupMemberRow;
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

export type CacheControlDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivationCodeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ActivationCode'] = ResolversParentTypes['ActivationCode']> = {
  calCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  calVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenseServerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  redeemedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ActivationCodeConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ActivationCodeConnection'] = ResolversParentTypes['ActivationCodeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivationCodeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActivationCode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivationCodeEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ActivationCodeEdge'] = ResolversParentTypes['ActivationCodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivationCode'], ParentType, ContextType>;
};

export type CatalogInsightsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogInsights'] = ResolversParentTypes['CatalogInsights']> = {
  licencesToRenew?: Resolver<Array<ResolversTypes['CatalogRenewalCount']>, ParentType, ContextType, RequireFields<CatalogInsightsLicencesToRenewArgs, 'dueWithinDays'>>;
  mostDownloaded?: Resolver<Array<ResolversTypes['CatalogProductCount']>, ParentType, ContextType>;
  mostRegistered?: Resolver<Array<ResolversTypes['CatalogProductCount']>, ParentType, ContextType, Partial<CatalogInsightsMostRegisteredArgs>>;
};

export type CatalogProductCountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogProductCount'] = ResolversParentTypes['CatalogProductCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CatalogRenewalCountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogRenewalCount'] = ResolversParentTypes['CatalogRenewalCount']> = {
  dueSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CopiedDownloadLinkResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CopiedDownloadLink'] = ResolversParentTypes['CopiedDownloadLink']> = {
  copiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['DownloadLink'], ParentType, ContextType>;
  shareUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DownloadLinkResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DownloadLink'] = ResolversParentTypes['DownloadLink']> = {
  bitness?: Resolver<ResolversTypes['Bitness'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstDownloadedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DownloadLinkStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DownloadLinkCopyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DownloadLinkCopy'] = ResolversParentTypes['DownloadLinkCopy']> = {
  copiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  copiedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  copiedByOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['DownloadLink'], ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DownloadLinkCopyConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DownloadLinkCopyConnection'] = ResolversParentTypes['DownloadLinkCopyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DownloadLinkCopyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DownloadLinkCopy']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DownloadLinkCopyEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DownloadLinkCopyEdge'] = ResolversParentTypes['DownloadLinkCopyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DownloadLinkCopy'], ParentType, ContextType>;
};

export type DownloadedFileResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DownloadedFile'] = ResolversParentTypes['DownloadedFile']> = {
  downloadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newerVersionAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KeyRevealResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['KeyReveal'] = ResolversParentTypes['KeyReveal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ProductKey'], ParentType, ContextType>;
  revealedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revealedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revealedByOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type KeyRevealConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['KeyRevealConnection'] = ResolversParentTypes['KeyRevealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KeyRevealEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KeyReveal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KeyRevealEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['KeyRevealEdge'] = ResolversParentTypes['KeyRevealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KeyReveal'], ParentType, ContextType>;
};

export type KeysAndDownloadsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['KeysAndDownloads'] = ResolversParentTypes['KeysAndDownloads']> = {
  downloadLink?: Resolver<ResolversTypes['DownloadLink'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ProductKey'], ParentType, ContextType>;
};

export type LicenseStatusResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LicenseStatus'] = ResolversParentTypes['LicenseStatus']> = {
  actionNeeded?: Resolver<ResolversTypes['LicenseAction'], ParentType, ContextType>;
  licenses?: Resolver<ResolversTypes['RegisteredLicenseConnection'], ParentType, ContextType, RequireFields<LicenseStatusLicensesArgs, 'first'>>;
};

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addUserGroupMember?: Resolver<ResolversTypes['UserGroupMember'], ParentType, ContextType, RequireFields<MutationAddUserGroupMemberArgs, 'input'>>;
  copyDownloadLink?: Resolver<ResolversTypes['CopiedDownloadLink'], ParentType, ContextType, RequireFields<MutationCopyDownloadLinkArgs, 'linkId'>>;
  createUserGroup?: Resolver<ResolversTypes['UserGroup'], ParentType, ContextType, RequireFields<MutationCreateUserGroupArgs, 'input'>>;
  downloadSoftware?: Resolver<ResolversTypes['SoftwareDownloadGrant'], ParentType, ContextType, RequireFields<MutationDownloadSoftwareArgs, 'linkId'>>;
  followSharedDownloadLink?: Resolver<ResolversTypes['SoftwareDownloadGrant'], ParentType, ContextType, RequireFields<MutationFollowSharedDownloadLinkArgs, 'token'>>;
  generateKeysAndDownloads?: Resolver<ResolversTypes['KeysAndDownloads'], ParentType, ContextType, RequireFields<MutationGenerateKeysAndDownloadsArgs, 'input'>>;
  markProductNewsVisited?: Resolver<ResolversTypes['MyProduct'], ParentType, ContextType, RequireFields<MutationMarkProductNewsVisitedArgs, 'productId'>>;
  redeemActivationCode?: Resolver<ResolversTypes['ActivationCode'], ParentType, ContextType, RequireFields<MutationRedeemActivationCodeArgs, 'code' | 'licenseServerId'>>;
  registerMyProduct?: Resolver<ResolversTypes['MyProduct'], ParentType, ContextType, RequireFields<MutationRegisterMyProductArgs, 'input'>>;
  removeUserGroupMember?: Resolver<ResolversTypes['UserGroupMember'], ParentType, ContextType, RequireFields<MutationRemoveUserGroupMemberArgs, 'input'>>;
  revealProductKey?: Resolver<ResolversTypes['RevealedProductKey'], ParentType, ContextType, RequireFields<MutationRevealProductKeyArgs, 'keyId'>>;
  setProductAlertsOptIn?: Resolver<ResolversTypes['MyProduct'], ParentType, ContextType, RequireFields<MutationSetProductAlertsOptInArgs, 'optIn' | 'productId'>>;
};

export type MyProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MyProduct'] = ResolversParentTypes['MyProduct']> = {
  alertsOptIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDownloads?: Resolver<Array<ResolversTypes['DownloadedFile']>, ParentType, ContextType>;
  lastVisitedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  licenseStatus?: Resolver<ResolversTypes['LicenseStatus'], ParentType, ContextType>;
  newAlertCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['MyProductSource'], ParentType, ContextType>;
  supportStatus?: Resolver<ResolversTypes['SupportStatus'], ParentType, ContextType>;
};

export type MyProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MyProductConnection'] = ResolversParentTypes['MyProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MyProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MyProduct']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MyProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MyProductEdge'] = ResolversParentTypes['MyProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MyProduct'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<ResolversTypes['ProductAlertConnection'], ParentType, ContextType, RequireFields<ProductAlertsArgs, 'first'>>;
  deployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType>;
  downgradeDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestVersion?: Resolver<Maybe<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
};

export type ProductAlertResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAlert'] = ResolversParentTypes['ProductAlert']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProductAlertKind'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductAlertConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAlertConnection'] = ResolversParentTypes['ProductAlertConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductAlertEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProductAlert']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductAlertEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAlertEdge'] = ResolversParentTypes['ProductAlertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductAlert'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductKeyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductKey'] = ResolversParentTypes['ProductKey']> = {
  bitness?: Resolver<ResolversTypes['Bitness'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductVersionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVersion'] = ResolversParentTypes['ProductVersion']> = {
  downgradeRights?: Resolver<Array<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
  editions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  releaseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  catalogInsights?: Resolver<ResolversTypes['CatalogInsights'], ParentType, ContextType, RequireFields<QueryCatalogInsightsArgs, 'top'>>;
  downloadLinkCopyAudit?: Resolver<ResolversTypes['DownloadLinkCopyConnection'], ParentType, ContextType, RequireFields<QueryDownloadLinkCopyAuditArgs, 'first'>>;
  keyRevealAudit?: Resolver<ResolversTypes['KeyRevealConnection'], ParentType, ContextType, RequireFields<QueryKeyRevealAuditArgs, 'first'>>;
  myActivationCodes?: Resolver<ResolversTypes['ActivationCodeConnection'], ParentType, ContextType, RequireFields<QueryMyActivationCodesArgs, 'first'>>;
  myProducts?: Resolver<ResolversTypes['MyProductConnection'], ParentType, ContextType, RequireFields<QueryMyProductsArgs, 'first'>>;
  mySoftwareEntitlements?: Resolver<ResolversTypes['SoftwareEntitlementConnection'], ParentType, ContextType, RequireFields<QueryMySoftwareEntitlementsArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  rdsCalCompatibility?: Resolver<ResolversTypes['RdsCalCompatibility'], ParentType, ContextType, RequireFields<QueryRdsCalCompatibilityArgs, 'calVersion' | 'serverVersion'>>;
  softwareEntitlement?: Resolver<Maybe<ResolversTypes['SoftwareSubscription']>, ParentType, ContextType, RequireFields<QuerySoftwareEntitlementArgs, 'subscriptionId'>>;
  userGroups?: Resolver<Array<ResolversTypes['UserGroup']>, ParentType, ContextType, RequireFields<QueryUserGroupsArgs, 'licenseNumber'>>;
};

export type RdsCalCompatibilityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RdsCalCompatibility'] = ResolversParentTypes['RdsCalCompatibility']> = {
  calVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  compatible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serverVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worksOnServerVersions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RegisteredLicenseResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RegisteredLicense'] = ResolversParentTypes['RegisteredLicense']> = {
  licenseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renewalDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['LicenseRole'], ParentType, ContextType>;
  supportStatus?: Resolver<ResolversTypes['SupportStatus'], ParentType, ContextType>;
  userGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisteredLicenseConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RegisteredLicenseConnection'] = ResolversParentTypes['RegisteredLicenseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegisteredLicenseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RegisteredLicense']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegisteredLicenseEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RegisteredLicenseEdge'] = ResolversParentTypes['RegisteredLicenseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegisteredLicense'], ParentType, ContextType>;
};

export type RevealedProductKeyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RevealedProductKey'] = ResolversParentTypes['RevealedProductKey']> = {
  key?: Resolver<ResolversTypes['ProductKey'], ParentType, ContextType>;
  revealedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SoftwareDownloadGrantResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SoftwareDownloadGrant'] = ResolversParentTypes['SoftwareDownloadGrant']> = {
  link?: Resolver<ResolversTypes['DownloadLink'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SoftwareEntitlementConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SoftwareEntitlementConnection'] = ResolversParentTypes['SoftwareEntitlementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SoftwareEntitlementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SoftwareSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SoftwareEntitlementEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SoftwareEntitlementEdge'] = ResolversParentTypes['SoftwareEntitlementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SoftwareSubscription'], ParentType, ContextType>;
};

export type SoftwareSubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SoftwareSubscription'] = ResolversParentTypes['SoftwareSubscription'], FederationReferenceType extends FederationReferenceTypes['SoftwareSubscription'] = FederationReferenceTypes['SoftwareSubscription']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SoftwareSubscription']> | FederationReferenceType, FederationReferenceType, ContextType>;
  downloadLinks?: Resolver<Maybe<Array<ResolversTypes['DownloadLink']>>, ParentType, ContextType>;
  entitledCustomerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entitledProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  entitledResellerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entitlementKind?: Resolver<Maybe<ResolversTypes['SoftwareSubscriptionKind']>, ParentType, ContextType>;
  entitlementStatus?: Resolver<Maybe<ResolversTypes['EntitlementStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productKeys?: Resolver<Maybe<Array<ResolversTypes['ProductKey']>>, ParentType, ContextType>;
  viewerCanManageKeys?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type UserGroupResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UserGroup'] = ResolversParentTypes['UserGroup']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licenseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['UserGroupMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type UserGroupMemberResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UserGroupMember'] = ResolversParentTypes['UserGroupMember']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['LicenseRole'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = CatalogContext> = {
  ActivationCode?: ActivationCodeResolvers<ContextType>;
  ActivationCodeConnection?: ActivationCodeConnectionResolvers<ContextType>;
  ActivationCodeEdge?: ActivationCodeEdgeResolvers<ContextType>;
  CatalogInsights?: CatalogInsightsResolvers<ContextType>;
  CatalogProductCount?: CatalogProductCountResolvers<ContextType>;
  CatalogRenewalCount?: CatalogRenewalCountResolvers<ContextType>;
  CopiedDownloadLink?: CopiedDownloadLinkResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DownloadLink?: DownloadLinkResolvers<ContextType>;
  DownloadLinkCopy?: DownloadLinkCopyResolvers<ContextType>;
  DownloadLinkCopyConnection?: DownloadLinkCopyConnectionResolvers<ContextType>;
  DownloadLinkCopyEdge?: DownloadLinkCopyEdgeResolvers<ContextType>;
  DownloadedFile?: DownloadedFileResolvers<ContextType>;
  KeyReveal?: KeyRevealResolvers<ContextType>;
  KeyRevealConnection?: KeyRevealConnectionResolvers<ContextType>;
  KeyRevealEdge?: KeyRevealEdgeResolvers<ContextType>;
  KeysAndDownloads?: KeysAndDownloadsResolvers<ContextType>;
  LicenseStatus?: LicenseStatusResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MyProduct?: MyProductResolvers<ContextType>;
  MyProductConnection?: MyProductConnectionResolvers<ContextType>;
  MyProductEdge?: MyProductEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAlert?: ProductAlertResolvers<ContextType>;
  ProductAlertConnection?: ProductAlertConnectionResolvers<ContextType>;
  ProductAlertEdge?: ProductAlertEdgeResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductKey?: ProductKeyResolvers<ContextType>;
  ProductVersion?: ProductVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RdsCalCompatibility?: RdsCalCompatibilityResolvers<ContextType>;
  RegisteredLicense?: RegisteredLicenseResolvers<ContextType>;
  RegisteredLicenseConnection?: RegisteredLicenseConnectionResolvers<ContextType>;
  RegisteredLicenseEdge?: RegisteredLicenseEdgeResolvers<ContextType>;
  RevealedProductKey?: RevealedProductKeyResolvers<ContextType>;
  SoftwareDownloadGrant?: SoftwareDownloadGrantResolvers<ContextType>;
  SoftwareEntitlementConnection?: SoftwareEntitlementConnectionResolvers<ContextType>;
  SoftwareEntitlementEdge?: SoftwareEntitlementEdgeResolvers<ContextType>;
  SoftwareSubscription?: SoftwareSubscriptionResolvers<ContextType>;
  UserGroup?: UserGroupResolvers<ContextType>;
  UserGroupMember?: UserGroupMemberResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = CatalogContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
