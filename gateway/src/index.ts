import { readGatewayConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { handleShutdown, runMain } from '../../common/runService';
import { listen } from '../../common/subgraphServer';
import { createGatewayService } from './server';
import { runWorkers, servesRequests } from './workers';

const logger = createLogger('gateway');

runMain(async () => {
  const config = readGatewayConfig();
  if (!servesRequests(config.workers)) {
    runWorkers(config.workers, logger);
    return;
  }
  if (config.identity.usingDevSecret) logger.warn('JWT_SECRET is not set: using the development secret');
  const service = await createGatewayService(config, { logger });
  // The gateway is the graph's one public door: it listens on every interface.
  const server = await listen(service.app, config.port, '0.0.0.0');
  handleShutdown(server, () => service.close(), logger);
  logger.info({ url: `http://localhost:${config.port}/`, subgraphs: config.subgraphUrls }, 'gateway ready');
}, logger);
