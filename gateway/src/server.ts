import path from 'node:path';
import fs from 'node:fs';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { expressMiddleware } from '@as-integrations/express5';
import type { GatewayConfig } from '../../common/config';
import { apolloDefaults } from '../../common/apolloDefaults';
import { jsonBody, requestErrorHandler } from '../../common/httpBody';
import { operationLimitOptions } from '../../common/operationLimits';
import { viewerFromAuthorization } from '../../common/identity';
import { createLogger, type Logger } from '../../common/logger';
import type { SubgraphName } from '../../common/services';
import type { GatewayContext } from './GatewayContext';
import { SubgraphDataSource } from './SubgraphDataSource';
import { createGatewayCache } from './sharedCache';
import { Histogram } from 'prom-client';
import { createMetricsRegistry, graphqlRequestTimer, LATENCY_BUCKETS_SECONDS } from '../../common/requestTiming';
import { playgroundPage, PLAYGROUND_VENDOR_FILES } from './playground/playgroundPage';
import { corsMiddleware } from './cors';
import { loadPersistedDocuments, trustedDocumentsMiddleware } from './trustedDocuments';

export interface GatewayService {
  app: express.Express;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * Builds the gateway as an Express app (it does not listen). It executes the
 * committed supergraph (`supergraphSdl`, never introspection: every replica
 * runs the same schema), verifies the caller's token, and serves the
 * playground at `/`.
 */
export async function createGatewayService(config: GatewayConfig, options: { logger?: Logger } = {}): Promise<GatewayService> {
  const logger = options.logger ?? createLogger('gateway');
  const registry = createMetricsRegistry();
  const subgraphTimer = new Histogram({
    name: 'subgraph_request_duration_seconds',
    help: 'Wall time of gateway calls to a subgraph, as the gateway waits for them: sent, answered, body parsed.',
    labelNames: ['subgraph'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name, url }) => {
      const source = new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name as SubgraphName] ?? url ?? '',
        timeoutMs: config.subgraphTimeoutMs,
        timer: subgraphTimer,
        gatewaySecret: config.gatewaySecret.secret,
      });
      dataSources.push(source);
      return source;
    },
    logger,
  });
  // Abusive operations are refused before a query plan or any subgraph call (the same limits as every subgraph's).
  const limits = operationLimitOptions(config.limits, { subgraph: false, production: config.production });
  const defaults = apolloDefaults(logger, { production: config.production });
  // Public answers and persisted queries: shared by every gateway through Redis when REDIS_URL is set.
  const shared = createGatewayCache({ redisUrl: config.redisUrl, redisKeyPrefix: config.redisKeyPrefix }, logger);
  await shared.ready;
  logger.info({ cache: shared.kind }, 'gateway cache');
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    cache: shared.cache,
    introspection: config.introspection,
    ...defaults,
    plugins: [
      ...limits.plugins,
      ...defaults.plugins,
      // Reuses whole answers that every subgraph involved marked public and cacheable (the catalog's
      // @cacheControl hints, 60 s). No session id: a private or unhinted field makes an answer uncacheable.
      ApolloServerPluginResponseCache(),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type('text/plain').send(`process_resident_memory_bytes ${process.memoryUsage().rss}\n${await registry.metrics()}`);
  });
  // Embeddable views (e.g. benefit tiles) for partner dashboards; they call the graph with the embedder's token.
  // Public files, loaded by partner pages from their own origins (`<script type="module">` fetches in CORS
  // mode): readable from anywhere, never with credentials. /graphql has its own, listed-origin CORS below.
  app.use(
    '/static',
    express.static(path.resolve(__dirname, '..', 'public'), {
      maxAge: '5m',
      index: false,
      setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
    }),
  );
  if (config.playground) {
    app.get('/', (_req, res) => {
      res.type('html').send(playgroundPage({ endpoint: '/graphql', token: config.playgroundToken }));
    });
    app.get('/playground/vendor/:file', (req, res) => {
      const file = PLAYGROUND_VENDOR_FILES[req.params.file];
      if (!file) {
        res.status(404).end();
        return;
      }
      res.sendFile(file, { maxAge: '1d' });
    });
  }
  const graphqlHandler = expressMiddleware(apollo, {
    context: async ({ req }): Promise<GatewayContext> => {
      const authorization = req.headers.authorization;
      const viewer = await viewerFromAuthorization(authorization, config.identity);
      return { authorization: viewer ? authorization : undefined, viewer };
    },
  });
  const readBody = jsonBody(config.limits.maxRequestBytes);
  const timeRequest = graphqlRequestTimer(registry);
  const cors = corsMiddleware(config.corsOrigins);
  const trusted = trustedDocumentsMiddleware({ documents: loadPersistedDocuments(), only: config.trustedDocumentsOnly, identity: config.identity });
  app.use('/graphql', cors, timeRequest, ...readBody, trusted, graphqlHandler);
  app.post('/', cors, timeRequest, ...readBody, trusted, graphqlHandler);
  app.use(requestErrorHandler(config.limits.maxRequestBytes));

  return {
    app,
    logger,
    async close() {
      await apollo.stop();
      await Promise.all(dataSources.map((d) => d.close()));
      await shared.close();
    },
  };
}
