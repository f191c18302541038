import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { Resolvers } from '../generated/resolvers';
import type { BenefitsLoaders } from '../store/loaders';
import { BenefitPackage } from './BenefitPackage';
import { BenefitTile } from './BenefitTile';
import { Entitlement } from './Entitlement';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { PartnerLocation } from './PartnerLocation';
import { PartnerMembership } from './PartnerMembership';
import { Query } from './Query';

/** Every resolver of the subgraph, one file per GraphQL type, checked against the types generated from its SDL. */
const typed: Resolvers = { Query, Mutation, PartnerMembership, Organization, BenefitTile, BenefitPackage, PartnerLocation, Entitlement };

/**
 * The one place the generated `Resolvers` meets the common map: a generated
 * field resolver declares its parent (`ResolverFn<…, Parent, …>`) and
 * `__resolveReference` takes a reference, where `ResolverMap` types parents
 * as `never`; graphql-js hands each resolver the parent the schema promises,
 * which is what the generated types already checked.
 */
export const resolvers = typed as SubgraphResolvers<BenefitsLoaders>;
