import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { CatalogLoaders } from '../store/loaders';
import { DownloadLink, KeyReveal, ProductKey } from './keyTypes';
import { LicenseStatus, MyProduct } from './MyProduct';
import { Mutation } from './Mutation';
import { Product } from './Product';
import { ProductVersion } from './ProductVersion';
import { Query } from './Query';
import { SoftwareSubscription } from './SoftwareSubscription';

export const resolvers: SubgraphResolvers<CatalogLoaders> = {
  Query,
  Mutation,
  Product,
  ProductVersion,
  SoftwareSubscription,
  ProductKey,
  DownloadLink,
  KeyReveal,
  MyProduct,
  LicenseStatus,
};
