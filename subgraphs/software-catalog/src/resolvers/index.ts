import type { SubgraphResolvers } from '../../../../common/subgraphServer';
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

export const resolvers: SubgraphResolvers<CatalogLoaders> = {
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
