import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { Resolvers } from '../generated/resolvers';
import type { CatalogLoaders } from '../store/loaders';
import { CatalogInsights } from './CatalogInsights';
import { DownloadLink } from './DownloadLink';
import { DownloadLinkCopy } from './DownloadLinkCopy';
import { KeyReveal } from './KeyReveal';
import { LicenseStatus } from './LicenseStatus';
import { Mutation } from './Mutation';
import { MyProduct } from './MyProduct';
import { Product } from './Product';
import { ProductKey } from './ProductKey';
import { ProductVersion } from './ProductVersion';
import { Query } from './Query';
import { SoftwareSubscription } from './SoftwareSubscription';
import { UserGroup } from './UserGroup';

/** Every resolver of the subgraph, one file per GraphQL type, checked against the types generated from its SDL. */
const typed: Resolvers = {
  Query,
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
