import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { BenefitsLoaders } from '../store/loaders';
import { Organization, PartnerMembership, Query } from './PartnerMembership';

export const resolvers: SubgraphResolvers<BenefitsLoaders> = { Query, PartnerMembership, Organization };
