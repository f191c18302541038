import type { SubgraphName } from '../common/services';
import { MAPPERS as agreements } from './agreements/codegen.mappers';
import { MAPPERS as partnerBenefits } from './partner-benefits/codegen.mappers';
import { MAPPERS as softwareCatalog } from './software-catalog/codegen.mappers';
import { MAPPERS as supportContracts } from './support-contracts/codegen.mappers';

/** What graphql-codegen needs per subgraph (codegen.subgraphs.ts): its resolvers' context type and its mappers. */
export const SUBGRAPH_CODEGEN: { name: SubgraphName; contextType: string; mappers: Record<string, string> }[] = [
  { name: 'agreements', contextType: 'AgreementsContext', mappers: agreements },
  { name: 'support-contracts', contextType: 'SupportContext', mappers: supportContracts },
  { name: 'software-catalog', contextType: 'CatalogContext', mappers: softwareCatalog },
  { name: 'partner-benefits', contextType: 'BenefitsContext', mappers: partnerBenefits },
];
