import { runSubgraph } from '../../../common/runSubgraph';
import { partnerBenefitsSubgraph } from './server';

runSubgraph(partnerBenefitsSubgraph);
