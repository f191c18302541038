import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { SupportLoaders } from '../store/loaders';
import { Query } from './Query';
import { Organization, SupportContract } from './SupportContract';

export const resolvers: SubgraphResolvers<SupportLoaders> = { Query, SupportContract, Organization };
