import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { Resolvers } from '../generated/resolvers';
import type { CatalogLoaders } from '../store/loaders';
import { DownloadLink, DownloadLinkCopy, KeyReveal, ProductKey } from './keyTypes';
import { LicenseStatus, MyProduct } from './MyProduct';
import { CatalogInsights, InsightQuery } from './Insights';
import { Mutation } from './Mutation';
import { Product } from './Product';
import { ProductVersion } from './ProductVersion';
import { Query } from './Query';
import { SoftwareSubscription } from './SoftwareSubscription';
import { UserGroup } from './UserGroup';

/** Every resolver of the subgraph, checked against the types generated from its SDL. */
const typed: Resolvers = {
  Query: { ...Query, ...InsightQuery },
  Mutation,
  Product,
  ProductVersion,
  SoftwareSubscription,
  ProductKey,
  DownloadLink,
  KeyReveal,
  DownloadLinkCopy,
  UserGroup,
  MyProduct,
  LicenseStatus,
  CatalogInsights,
};

/**
 * The one place the generated `Resolvers` meets the common map: the generated
 * types say which parent, arguments and result each resolver has (and
 * `__resolveReference` takes no arguments), the common map only what
 * `buildSubgraphSchema` accepts. The check above is the one that matters.
 */
export const resolvers = typed as unknown as SubgraphResolvers<CatalogLoaders>;
