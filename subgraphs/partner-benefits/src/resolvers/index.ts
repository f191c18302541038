import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { BenefitsLoaders } from '../store/loaders';
import { BenefitPackage, BenefitTile, Entitlement, PartnerLocation } from './BenefitTile';
import { InsightQuery } from './Insights';
import { Mutation } from './Mutation';
import { Organization, PartnerMembership, Query } from './PartnerMembership';

export const resolvers: SubgraphResolvers<BenefitsLoaders> = {
  Query: { ...Query, ...InsightQuery },
  Mutation,
  PartnerMembership,
  Organization,
  BenefitTile,
  BenefitPackage,
  PartnerLocation,
  Entitlement,
};
