/**
 * `npm run start:subgraph -- <name>`: one subgraph as its own process, for
 * deployment as a separate container.
 */
import { SUBGRAPHS } from '../common/services';

const name = process.argv[2];
const entry: Record<string, () => unknown> = {
  agreements: () => require('../subgraphs/agreements/src/index'),
  'support-contracts': () => require('../subgraphs/support-contracts/src/index'),
  'software-catalog': () => require('../subgraphs/software-catalog/src/index'),
  'partner-benefits': () => require('../subgraphs/partner-benefits/src/index'),
};
if (!name || !entry[name]) {
  process.stderr.write(`usage: npm run start:subgraph -- <${SUBGRAPHS.map((s) => s.name).join('|')}>\n`);
  process.exit(2);
}
entry[name]();
