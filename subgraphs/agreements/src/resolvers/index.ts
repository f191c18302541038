import type { SubgraphResolvers } from '../../../../common/subgraphServer';
import type { AgreementsLoaders } from '../store/loaders';
import { Agreement, LicenseLine } from './Agreement';
import { Organization } from './Organization';
import { Query } from './Query';

export const resolvers: SubgraphResolvers<AgreementsLoaders> = { Query, Organization, Agreement, LicenseLine };
