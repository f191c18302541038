import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { Resolvers } from '../generated/resolvers';
import type { AgreementsLoaders } from '../store/loaders';
import { Agreement, Invitation, LicenseLine, NoticeContact, SaService, ServicesAdministrator } from './Agreement';
import { InsightQuery } from './Insights';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { Query } from './Query';
import { SoftwareSubscription } from './SoftwareSubscription';

/** Every resolver of the subgraph, checked against the types generated from its SDL. */
const typed: Resolvers = {
  Query: { ...Query, ...InsightQuery },
  Mutation,
  Organization,
  Agreement,
  LicenseLine,
  NoticeContact,
  ServicesAdministrator,
  Invitation,
  SaService,
  SoftwareSubscription,
};

/**
 * The one place the generated `Resolvers` meets the common map: the common
 * type has no notion of `__resolveReference(reference, context, info)` (it sees
 * every member as a field resolver), so the checked map is handed over as is.
 */
export const resolvers = typed as unknown as SubgraphResolvers<AgreementsLoaders>;
