import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { parse } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { ResolverMap, SubgraphSchemaResolvers } from './resolverMap';
import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from './config';
import type { SubgraphName } from './services';
import { type Clock, systemClock } from './clock';
import { apolloDefaults } from './apolloDefaults';
import { viewerFromAuthorization, type Viewer } from './identity';
import { createLogger, type Logger } from './logger';
import { openStore, storeIsReachable, type OpenedStore, type StoreDefinition } from './database';
import { scalarResolvers } from './scalars';
import { mountEventReceiver, type EventHandlers } from './outbox/receiver';
import { newLeaseOwner, OutboxRelay, outboxCounts, type RelayHooks } from './outbox/relay';
import { createMetricsRegistry, graphqlRequestHistogram } from './requestTiming';
import { subgraphMetrics } from './serviceMetrics';
import { RequestContext, requestScopePlugin } from './requestScope';
import type { Span } from '@opentelemetry/api';
import { operationLimitOptions } from './operationLimits';
import { GATEWAY_SECRET_HEADER, GATEWAY_SECRET_REFUSAL, gatewaySecretCheck } from './gatewaySecret';
import { usesCacheControl } from './usesCacheControl';
import { requestErrorHandler } from './httpBody';
import { graphqlFirst, graphqlHandler, isGraphQLPath } from './graphqlHandler';

/** What every resolver of a subgraph receives as its context. */
export interface SubgraphContext<TLoaders> {
  /** The verified caller, or `null` for an anonymous request. */
  viewer: Viewer | null;
  /** Per-request DataLoaders: created for this request only. */
  loaders: TLoaders;
  db: DataSource;
  clock: Clock;
  /** The service's logger for this request: every line carries `requestId` (made on first use). */
  logger: Logger;
  /** The request id (`x-request-id`): the trace id of the gateway's request. */
  requestId: string;
  /** This request's server span (tracing on only): named after the operation once it is known. */
  requestSpan?: Span;
}

/** A subgraph request's context (a class, so its logger stays lazy: `RequestContext`). */
class SubgraphRequestContext<TLoaders> extends RequestContext implements SubgraphContext<TLoaders> {
  constructor(
    serviceLogger: Logger,
    requestId: string,
    requestSpan: Span | undefined,
    public viewer: Viewer | null,
    public loaders: TLoaders,
    public db: DataSource,
    public clock: Clock,
  ) {
    super(serviceLogger, requestId, requestSpan);
  }
}

export type SubgraphResolvers<TLoaders> = ResolverMap<SubgraphContext<TLoaders>>;

/** Dependencies handed to a subgraph's own pieces (loaders, seeds, extra routes). */
export interface SubgraphDeps {
  db: DataSource;
  clock: Clock;
  logger: Logger;
  config: SubgraphConfig;
}

/** Everything that makes one subgraph: the rest (HTTP, auth, errors, health) is common. */
export interface SubgraphDefinition<TLoaders> {
  name: SubgraphName;
  store: StoreDefinition;
  resolvers: SubgraphResolvers<TLoaders>;
  createLoaders(db: DataSource, viewer: Viewer | null, clock: Clock): TLoaders;
  /** Loads deterministic demo data into an empty store. */
  seed?(deps: SubgraphDeps): Promise<void>;
  /** Extra HTTP routes (e.g. the outbox receiver), mounted before GraphQL. */
  routes?(app: express.Express, deps: SubgraphDeps): void;
  /** Background work started with the service and stopped before the store closes. */
  background?(deps: SubgraphDeps): { stop(): Promise<void> };
  /**
   * Cross-store events (common/outbox, docs/outbox.md). When set, the store
   * must hold the outbox tables: a relay delivers its outbox, and `POST
   * /events` applies the events named in `handlers`.
   */
  outbox?: { handlers: EventHandlers };
}

/** The running outbox machinery of a service (tests stop and replace the relay to simulate crashes). */
export interface OutboxRuntime {
  /** The relay delivering this store's outbox, or null while stopped. */
  relay(): OutboxRelay | null;
  /** Stops the relay, as if the process died (pending events stay in the store). */
  stopRelay(): Promise<void>;
  /** Builds a relay on this store (not started): the same settings, optional test hooks. */
  createRelay(hooks?: RelayHooks): OutboxRelay;
  /** Starts a new relay on this store (after `stopRelay`), like a restarted process. */
  startRelay(hooks?: RelayHooks): OutboxRelay;
  /** Pending (not acknowledged) and failing (at least one failed attempt) events. */
  counts(): Promise<{ pending: number; failing: number }>;
}

export interface SubgraphService {
  name: SubgraphName;
  /** What `listen` serves: `/graphql` on plain node:http, everything else on `app`. */
  handler: http.RequestListener;
  /** Health, readiness, metrics, `/events` and the definition's routes (not `/graphql`). */
  app: express.Express;
  store: OpenedStore;
  logger: Logger;
  /** GraphQL operations this subgraph has received (also on `/metrics`). */
  operationsServed(): number;
  /** Present when the definition has `outbox`. */
  outbox?: OutboxRuntime;
  /** Stops background work and Apollo, then closes the store. */
  close(): Promise<void>;
}

export interface SubgraphServiceOptions {
  clock?: Clock;
  logger?: Logger;
  /**
   * Where the relay posts events for a destination; default
   * `config.events.targets`. The test harness learns ports only after
   * listening, so it passes a lookup (undefined = not known yet: events wait).
   */
  eventTarget?: (destination: SubgraphName) => string | undefined;
}

/** 2 MB, more than the gateway's client limit: one `_entities` call can carry many representations. */
const SUBGRAPH_MAX_REQUEST_BYTES = 2 * 1024 * 1024;

/** Absolute path of a subgraph's SDL: `schema/<name>.graphql` is the contract. */
export function subgraphSchemaPath(name: SubgraphName): string {
  return path.resolve(__dirname, '..', 'schema', `${name}.graphql`);
}

/** Counts operations for `/metrics`, so SQL statements per operation can be derived. */
function operationCounter(metrics: { operations: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      metrics.operations += 1;
    },
  };
}

/**
 * With read replicas, a query's reads go to a replica; a mutation's must not:
 * its checks must see the latest state, and its answer must show its own
 * write. Once the operation is known to be a mutation, its context gets the
 * primary and loaders built on it (the ones made for the context are dropped
 * unused). Queries keep the replicated store.
 */
function mutationsReadThePrimary<TLoaders>(primary: DataSource, definition: SubgraphDefinition<TLoaders>, clock: Clock): ApolloServerPlugin<SubgraphContext<TLoaders>> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          contextValue.db = primary;
          contextValue.loaders = definition.createLoaders(primary, contextValue.viewer, clock);
        },
      };
    },
  };
}

/**
 * Builds a subgraph as a request listener (it does not listen; `runService` or
 * a test does). Routes: `POST /graphql` (plain node:http), and on an Express
 * app `GET /health` (process up), `GET /ready` (store reachable), `GET
 * /metrics`, `POST /events` and the definition's own.
 */
export async function createSubgraphService<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  config: SubgraphConfig,
  options: SubgraphServiceOptions = {},
): Promise<SubgraphService> {
  const logger = options.logger ?? createLogger(definition.name);
  const clock = options.clock ?? systemClock;
  const store = await openStore(config.database, definition.store, logger);
  // Seeds, extra routes and background jobs write and read back: the primary.
  const deps: SubgraphDeps = { db: store.primary, clock, logger, config };
  if (config.seedDemoData && definition.seed) await definition.seed(deps);

  const typeDefs = parse(fs.readFileSync(subgraphSchemaPath(definition.name), 'utf8'));
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: { ...scalarResolvers, ...definition.resolvers } as SubgraphSchemaResolvers,
  });
  const metrics = { operations: 0 };
  const registry = createMetricsRegistry();
  const defaults = apolloDefaults(logger, { production: config.production });
  // The gateway's own limits, again: a call that reaches this subgraph some other way is held to them too.
  const limits = operationLimitOptions(config.limits, { subgraph: true, production: config.production });
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    // Never in production: the gateway runs the committed supergraph and never introspects a subgraph.
    introspection: config.introspection && !config.production,
    ...defaults,
    // Inline tracing (ftv1) costs CPU on every request and nobody reads it here.
    plugins: [
      ...limits.plugins,
      ...defaults.plugins,
      ApolloServerPluginInlineTraceDisabled(),
      // Without a hint in the schema every answer is uncacheable anyway, and the plugin would wrap every
      // resolver to work that out (about a tenth of the agreements subgraph's CPU on the agreements page).
      ...(usesCacheControl(typeDefs) ? [] : [ApolloServerPluginCacheControlDisabled()]),
      operationCounter(metrics),
      requestScopePlugin<SubgraphContext<TLoaders>>(),
      ...(store.replicated ? [mutationsReadThePrimary(store.primary, definition, clock)] : []),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await storeIsReachable(store.dataSource);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'store unreachable', service: definition.name });
  });
  let outbox: OutboxRuntime | undefined;
  let receiver: { drain(): Promise<void> } | undefined;
  subgraphMetrics(registry, { sqlStatements: () => store.counter.total, operations: () => metrics.operations, outboxCounts: definition.outbox ? () => outboxCounts(store.primary) : undefined });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  definition.routes?.(app, deps);
  if (definition.outbox) {
    // The outbox lives on the primary: a lagging replica would show delivered events as pending.
    receiver = mountEventReceiver(app, { db: store.primary, secret: config.events.secret, handlers: definition.outbox.handlers, clock, logger });
    const target = options.eventTarget ?? ((d: SubgraphName) => config.events.targets[d]);
    // One lease owner per service instance (replica): a relay restarted inside it takes back its own leases at once.
    const owner = newLeaseOwner();
    const createRelay = (hooks?: RelayHooks) =>
      new OutboxRelay({ db: store.primary, source: definition.name, secret: config.events.secret, target, timing: config.events, logger, hooks, owner });
    let relay: OutboxRelay | null = null;
    outbox = {
      relay: () => relay,
      async stopRelay() {
        const stopping = relay;
        relay = null;
        await stopping?.stop();
      },
      createRelay,
      startRelay(hooks?: RelayHooks) {
        if (relay) throw new Error('the outbox relay is already running');
        relay = createRelay(hooks).start();
        return relay;
      },
      counts: () => outboxCounts(store.primary),
    };
  }
  const isGatewaySecret = gatewaySecretCheck(config.gatewaySecret.secret);
  const graphql = graphqlHandler<SubgraphContext<TLoaders>>({
    apollo,
    service: definition.name,
    logger,
    maxRequestBytes: SUBGRAPH_MAX_REQUEST_BYTES,
    // Only a gateway names the request id (its `traceparent` or `x-request-id`), and only a gateway gets this far.
    trustRequestIdHeader: true,
    trustTraceContext: true,
    timer: graphqlRequestHistogram(registry),
    // Before the body is read: only a gateway may call (design.md, "Identity"); /health, /ready, /metrics
    // and /events (HMAC-signed, common/outbox) stay as they are.
    admit(req, res) {
      if (isGatewaySecret(req.headers[GATEWAY_SECRET_HEADER])) return true;
      // warn, not error: a probe is not our fault; nothing the caller sent is logged.
      logger.warn({ ip: req.socket.remoteAddress }, 'refused a GraphQL call without the gateway secret');
      const body = JSON.stringify(GATEWAY_SECRET_REFUSAL);
      res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return false;
    },
    async context(req, scope) {
      const viewer = await viewerFromAuthorization(req.headers.authorization, config.identity);
      return new SubgraphRequestContext(logger, scope.requestId, scope.span, viewer, definition.createLoaders(store.dataSource, viewer, clock), store.dataSource, clock);
    },
  });
  app.use(requestErrorHandler(SUBGRAPH_MAX_REQUEST_BYTES));
  const background = definition.background?.(deps);
  outbox?.startRelay();

  return {
    name: definition.name,
    handler: graphqlFirst((req) => isGraphQLPath(req.url ?? '/'), graphql, app),
    app,
    store,
    logger,
    operationsServed: () => metrics.operations,
    outbox,
    async close() {
      await outbox?.stopRelay();
      await receiver?.drain();
      await background?.stop();
      await apollo.stop();
      if (store.dataSource.isInitialized) await store.dataSource.destroy();
    },
  };
}

/** Starts an HTTP server for a service's handler on a port (0 picks a free one). */
export function listen(handler: http.RequestListener, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handler);
    // Longer than the gateway's idle sockets, so a reused keep-alive socket is never closed under it.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Closes a server: stops accepting, lets in-flight requests finish, then drops idle keep-alive sockets. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
