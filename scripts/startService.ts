/**
 * The production entry point: `node dist/scripts/startService.js <service>`,
 * or with `SERVICE=<service>` (the container image's CMD). One compiled
 * build, one image, five services; each still runs as its own process.
 */
import { readServiceName, SERVICE_NAMES, type ServiceName } from '../common/config';

// Loaded lazily: a process loads only the service it runs (its entities, resolvers and store).
const entry: Record<ServiceName, () => unknown> = {
  gateway: () => require('../gateway/src/index'),
  agreements: () => require('../subgraphs/agreements/src/index'),
  'support-contracts': () => require('../subgraphs/support-contracts/src/index'),
  'software-catalog': () => require('../subgraphs/software-catalog/src/index'),
  'partner-benefits': () => require('../subgraphs/partner-benefits/src/index'),
};

let service: ServiceName;
try {
  service = readServiceName(process.argv[2]);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\nusage: node dist/scripts/startService.js <${SERVICE_NAMES.join('|')}>  (or SERVICE=<name>)\n`);
  process.exit(2);
}
entry[service]();
