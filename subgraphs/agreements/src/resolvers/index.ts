import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { AgreementsLoaders } from '../store/loaders';
import { Agreement, Invitation, LicenseLine, NoticeContact, SaService, ServicesAdministrator } from './Agreement';
import { InsightQuery } from './Insights';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { Query } from './Query';
import { SoftwareSubscription } from './SoftwareSubscription';

export const resolvers: SubgraphResolvers<AgreementsLoaders> = {
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
