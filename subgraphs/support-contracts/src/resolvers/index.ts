import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { SupportLoaders } from '../store/loaders';
import { InsightQuery } from './Insights';
import { Mutation } from './Mutation';
import { Product } from './Product';
import { ProgramSupportCase } from './ProgramSupportCase';
import { Query } from './Query';
import { Organization, SupportContract } from './SupportContract';
import { SupportContractLink } from './SupportContractLink';
import { SupportIncident } from './SupportIncident';

export const resolvers: SubgraphResolvers<SupportLoaders> = { Query: { ...Query, ...InsightQuery }, Mutation, SupportContract, SupportContractLink, SupportIncident, Organization, Product, ProgramSupportCase };
