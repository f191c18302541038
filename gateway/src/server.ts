import type http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { GatewayConfig } from '../../common/config';
import { apolloDefaults } from '../../common/apolloDefaults';
import { requestErrorHandler } from '../../common/httpBody';
import { graphqlFirst, graphqlHandler, isGraphQLPath } from '../../common/graphqlHandler';
import { COMPRESS_ABOVE_BYTES } from '../../common/compressAnswer';
import { operationLimitOptions } from '../../common/operationLimits';
import { viewerFromAuthorization, type Viewer } from '../../common/identity';
import type { Span } from '@opentelemetry/api';
import { createLogger, type Logger } from '../../common/logger';
import type { SubgraphName } from '../../common/services';
import type { GatewayContext } from './GatewayContext';
import { SubgraphDataSource } from './SubgraphDataSource';
import { createGatewayCache } from './sharedCache';
import { EntityCache } from './entityCache';
import { UncacheableOperations } from './UncacheableOperations';
import { Histogram } from 'prom-client';
import { createMetricsRegistry, graphqlRequestHistogram, LATENCY_BUCKETS_SECONDS } from '../../common/requestTiming';
import { playgroundPage, PLAYGROUND_VENDOR_FILES } from './playground/playgroundPage';
import { corsHandler } from './cors';
import { persistedDocuments, persistedOperationNames, readPersistedOperations, trustedDocumentsScreen } from './trustedDocuments';
import { RequestContext, requestScopePlugin } from '../../common/requestScope';
import { operationMetrics } from './operationMetrics';
import { subgraphReadiness } from './readiness';
import { installResultShaping } from './resultShaping';

export interface GatewayService {
  /** What `listen` serves: GraphQL (`/graphql`, `POST /`) on plain node:http, everything else on `app`. */
  handler: http.RequestListener;
  /** Health, readiness, metrics, static views and the playground (not GraphQL). */
  app: express.Express;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * Builds the gateway as a request listener (it does not listen). It executes the
 * committed supergraph (`supergraphSdl`, never introspection: every replica
 * runs the same schema), verifies the caller's token, and serves the
 * playground at `/`.
 */
export async function createGatewayService(config: GatewayConfig, options: { logger?: Logger; subgraphReadyTimeoutMs?: number } = {}): Promise<GatewayService> {
  const logger = options.logger ?? createLogger('gateway');
  // Apollo's result shaping was 40 % of the gateway's CPU on a page of 50 agreements (docs/performance.md).
  if (!installResultShaping()) logger.warn('@apollo/gateway is not the 2.14 line: its own result shaping is used (slower)');
  const registry = createMetricsRegistry();
  // The documents the project ships: the screen fills them in by hash, and the metrics label them by name.
  const trustedOperations = readPersistedOperations();
  const subgraphTimer = new Histogram({
    name: 'subgraph_request_duration_seconds',
    help: 'Wall time of gateway calls to a subgraph, as the gateway waits for them: sent, answered, body parsed.',
    labelNames: ['subgraph'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const dataSources: SubgraphDataSource[] = [];
  // One per process, shared by every subgraph's data source (keys start with the subgraph's name).
  const entityCache = config.entityCacheBytes > 0 ? new EntityCache({ maxBytes: config.entityCacheBytes, registry }) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name, url }) => {
      const source = new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name as SubgraphName] ?? url ?? '',
        timeoutMs: config.subgraphTimeoutMs,
        timer: subgraphTimer,
        gatewaySecret: config.gatewaySecret.secret,
        entityCache,
      });
      dataSources.push(source);
      return source;
    },
    logger,
  });
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });
  const readiness = subgraphReadiness(config.subgraphUrls, options.subgraphReadyTimeoutMs);
  // Abusive operations are refused before a query plan or any subgraph call (the same limits as every subgraph's).
  const limits = operationLimitOptions(config.limits, { subgraph: false, production: config.production });
  const defaults = apolloDefaults(logger, { production: config.production });
  // Public answers and persisted queries: shared by every gateway through Redis when REDIS_URL is set.
  const shared = createGatewayCache({ redisUrl: config.redisUrl, redisKeyPrefix: config.redisKeyPrefix }, logger);
  await shared.ready;
  logger.info({ cache: shared.kind }, 'gateway cache');
  const uncacheable = new UncacheableOperations();
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
      // Operations whose answers were private are not looked up (a Redis round trip each with REDIS_URL).
      ApolloServerPluginResponseCache({ shouldReadFromCache: uncacheable.shouldReadFromCache, shouldWriteToCache: uncacheable.shouldWriteToCache }),
      requestScopePlugin<GatewayContext>(),
      operationMetrics(registry, persistedOperationNames(trustedOperations)),
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
  // Kubernetes' readiness probe: this process can serve, the supergraph loaded. Subgraphs are left out on purpose:
  // every gateway pod sees the same subgraphs, so taking the pods out for one subgraph down would turn a partial
  // outage (the other subgraphs' fields still answer) into a total one; /ready below tells operators what is down.
  app.get('/ready/self', (_req, res) => {
    if (supergraphLoaded) res.json({ status: 'ready', service: 'gateway' });
    else res.status(503).json({ status: 'supergraph not loaded', service: 'gateway' });
  });
  // Ready when it can answer whole: the supergraph loaded and every subgraph's /ready answering in time.
  // The ones that do not are named (not their addresses), so an operator sees at once what is missing.
  app.get('/ready', async (_req, res) => {
    if (!supergraphLoaded) {
      res.status(503).json({ status: 'supergraph not loaded', service: 'gateway' });
      return;
    }
    const { ready, notReady } = await readiness();
    if (ready) res.json({ status: 'ready', service: 'gateway' });
    else res.status(503).json({ status: 'subgraphs not ready', service: 'gateway', notReady });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
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
  const screen = trustedDocumentsScreen({ documents: persistedDocuments(trustedOperations), only: config.trustedDocumentsOnly, identity: config.identity });
  const graphql = graphqlHandler<GatewayContext>({
    apollo,
    service: 'gateway',
    logger,
    maxRequestBytes: config.limits.maxRequestBytes,
    // The public edge: a client never picks the request id (x-request-id), nor the trace it joins, unless a
    // proxy we trust sits in front and sets traceparent itself (TRUST_CLIENT_TRACE_CONTEXT).
    trustRequestIdHeader: false,
    trustTraceContext: config.trustClientTraceContext,
    timer: graphqlRequestHistogram(registry),
    preflight: corsHandler(config.corsOrigins),
    // Clients on the internet (partner dashboards, the frontend) gain from it; subgraphs answer only the gateway.
    compressAbove: COMPRESS_ABOVE_BYTES,
    screen: (request, req) => screen(request, req.headers.authorization),
    async context(req, scope) {
      const authorization = req.headers.authorization;
      const viewer = await viewerFromAuthorization(authorization, config.identity);
      return new GatewayRequestContext(logger, scope.requestId, scope.span, viewer, viewer ? authorization : undefined);
    },
  });
  app.use(requestErrorHandler(config.limits.maxRequestBytes));

  return {
    // GraphQL at /graphql, and at / for POST (the playground's page lives at GET /).
    handler: graphqlFirst((req) => isGraphQLPath(req.url ?? '/') || (req.method === 'POST' && isRootPath(req.url ?? '/')), graphql, app),
    app,
    logger,
    async close() {
      await apollo.stop();
      await Promise.all(dataSources.map((d) => d.close()));
      await shared.close();
    },
  };
}

/** `/`, with or without a query string. */
function isRootPath(url: string): boolean {
  return url === '/' || url.startsWith('/?');
}

/** A gateway request's context (a class, so its logger stays lazy: `RequestContext`). */
class GatewayRequestContext extends RequestContext implements GatewayContext {
  constructor(
    serviceLogger: Logger,
    requestId: string,
    requestSpan: Span | undefined,
    readonly viewer: Viewer | null,
    readonly authorization: string | undefined,
  ) {
    super(serviceLogger, requestId, requestSpan);
  }
}
