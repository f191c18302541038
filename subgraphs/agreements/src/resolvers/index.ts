import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { Resolvers } from '../generated/resolvers';
import type { AgreementsLoaders } from '../store/loaders';
import { Agreement } from './Agreement';
import { Invitation } from './Invitation';
import { LicenseLine } from './LicenseLine';
import { Mutation } from './Mutation';
import { NoticeContact } from './NoticeContact';
import { Organization } from './Organization';
import { Query } from './Query';
import { SaService } from './SaService';
import { ServicesAdministrator } from './ServicesAdministrator';
import { SoftwareSubscription } from './SoftwareSubscription';

/** Every resolver of the subgraph, one module per GraphQL type, checked against the types generated from its SDL. */
const typed: Resolvers = {
  Query,
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
