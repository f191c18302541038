import { runSubgraph } from '../../../common/runSubgraph';
import { supportContractsSubgraph } from './server';

runSubgraph(supportContractsSubgraph);
