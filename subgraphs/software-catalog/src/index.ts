import { runSubgraph } from '../../../common/runSubgraph';
import { softwareCatalogSubgraph } from './server';

runSubgraph(softwareCatalogSubgraph);
