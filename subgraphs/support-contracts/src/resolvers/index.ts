import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { Resolvers } from '../generated/resolvers';
import type { SupportLoaders } from '../store/loaders';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { Product } from './Product';
import { ProgramSupportCase } from './ProgramSupportCase';
import { Query } from './Query';
import { SupportContract } from './SupportContract';
import { SupportContractLink } from './SupportContractLink';
import { SupportIncident } from './SupportIncident';

/** Checked against the SDL by the generated types. */
const typed: Resolvers = { Query, Mutation, SupportContract, SupportContractLink, SupportIncident, Organization, Product, ProgramSupportCase };

/**
 * The one cast where the generated `Resolvers` meets the common map: the
 * generated fields are optional and `__resolveReference` takes
 * `(reference, context, info)`, which the common map's field-resolver shape
 * does not describe; `buildSubgraphSchema` calls each exactly so.
 */
export const resolvers = typed as SubgraphResolvers<SupportLoaders>;
