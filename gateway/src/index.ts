import { readGatewayConfig, readTracingConfig } from '../../common/config';
import { startTracing } from '../../common/tracing';
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
  // In each process that serves (not the primary of GATEWAY_WORKERS, which only forks).
  const tracing = await startTracing({ serviceName: 'gateway', otlpEndpoint: readTracingConfig().otlpEndpoint });
  const service = await createGatewayService(config, { logger });
  // The gateway is the graph's one public door: it listens on every interface.
  const server = await listen(service.handler, config.port, '0.0.0.0');
  handleShutdown(
    server,
    async () => {
      await service.close();
      await tracing?.shutdown();
    },
    logger,
  );
  logger.info({ url: `http://localhost:${config.port}/`, subgraphs: config.subgraphUrls, tracing: tracing ? 'otlp' : 'off' }, 'gateway ready');
}, logger);
