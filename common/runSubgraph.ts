import { readSubgraphConfig } from './config';
import { createLogger } from './logger';
import { handleShutdown, runMain } from './runService';
import { createSubgraphService, listen, type SubgraphDefinition } from './subgraphServer';

/** Entry point of a subgraph process: read config, open the store, listen, handle SIGTERM. */
export function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): void {
  const logger = createLogger(definition.name);
  runMain(async () => {
    const config = readSubgraphConfig(definition.name);
    if (config.identity.usingDevSecret) logger.warn('JWT_SECRET is not set: using the development secret');
    if (config.database.kind === 'sqlite') {
      logger.warn({ file: config.database.file }, 'no MySQL configured: using the embedded SQLite store');
    }
    const service = await createSubgraphService(definition, config, { logger });
    const server = await listen(service.app, config.port);
    handleShutdown(server, () => service.close(), logger);
    const where =
      config.database.kind === 'mysql'
        ? `mysql ${config.database.host}:${config.database.port}/${config.database.database}`
        : `sqlite ${config.database.file}`;
    logger.info({ url: `http://localhost:${config.port}/graphql`, store: where }, `${definition.name} ready`);
  }, logger);
}
