import { readSubgraphConfig, readTracingConfig } from './config';
import { startTracing } from './tracing';
import { createLogger } from './logger';
import { handleShutdown, runMain } from './runService';
import { createSubgraphService, listen, type SubgraphDefinition } from './subgraphServer';

/** Entry point of a subgraph process: read config, open the store, listen, handle SIGTERM. */
export function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): void {
  const logger = createLogger(definition.name);
  runMain(async () => {
    const config = readSubgraphConfig(definition.name);
    // Before the store opens: its statements are traced only when tracing is on by then.
    const tracing = await startTracing({ serviceName: definition.name, otlpEndpoint: readTracingConfig().otlpEndpoint });
    if (config.identity.usingDevSecret) logger.warn('JWT_SECRET is not set: using the development secret');
    if (config.database.kind === 'sqlite') {
      logger.warn({ file: config.database.file }, 'no MySQL configured: using the embedded SQLite store');
    }
    const service = await createSubgraphService(definition, config, { logger });
    // Loopback unless SUBGRAPH_HOST says otherwise: only the gateway is meant to reach a subgraph.
    const server = await listen(service.handler, config.port, config.host);
    handleShutdown(
      server,
      async () => {
        await service.close();
        // Last: the spans of the requests that were finishing leave before the process exits.
        await tracing?.shutdown();
      },
      logger,
    );
    const where =
      config.database.kind === 'mysql'
        ? `mysql ${config.database.host}:${config.database.port}/${config.database.database}`
        : `sqlite ${config.database.file}`;
    if (config.gatewaySecret.usingDevSecret) logger.warn('SUBGRAPH_SECRET is not set: using the development secret');
    logger.info({ url: `http://${config.host}:${config.port}/graphql`, store: where, tracing: tracing ? 'otlp' : 'off' }, `${definition.name} ready`);
  }, logger);
}
