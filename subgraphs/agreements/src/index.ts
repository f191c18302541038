import { runSubgraph } from '../../../common/runSubgraph';
import { agreementsSubgraph } from './server';

runSubgraph(agreementsSubgraph);
