import type http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { eventsUrlOf, readGatewayConfig, readSubgraphConfig } from '../config';
import { ManualClock } from '../clock';
import { DEMO_USERS, type DemoUserHandle } from '../demo/users';
import { signToken, type TokenClaims } from '../identity';
import { SUBGRAPHS, type SubgraphName } from '../services';
import { closeServer, createSubgraphService, listen, type SubgraphService } from '../subgraphServer';
import { createGatewayService, type GatewayService } from '../../gateway/src/server';
import { SUBGRAPH_DEFINITIONS } from '../../subgraphs/definitions';
import { dropDatabases, testDatabaseUrl } from './mysqlServer';
import { TEST_EVENT_SECRET, TEST_JWT_SECRET, TEST_SUBGRAPH_SECRET } from './secrets';
import { GATEWAY_SECRET_HEADER } from '../gatewaySecret';
import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from '../logger';


export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface QueryOptions {
  variables?: Record<string, unknown>;
  /** A seeded user to sign in as, or a raw `Authorization` header value. */
  as?: DemoUserHandle;
  authorization?: string;
  /**
   * `querySubgraph` only: the `x-gateway-secret` sent, as a gateway would. Default: the stack's
   * SUBGRAPH_SECRET; `null` sends none (a direct caller); any other string is sent as is (a wrong one).
   */
  gatewaySecret?: string | null;
}

/** A subgraph started by the harness; it can be stopped and started again on the same port. */
export interface RunningSubgraph {
  name: SubgraphName;
  service: SubgraphService;
  url: string;
  /** Where it receives cross-store events (`POST /events`, common/outbox). */
  eventsUrl: string;
  port: number;
  /** Statements run so far by this subgraph's store. */
  sqlStatements(): number;
  /** GraphQL operations this subgraph has received so far. */
  operations(): number;
  /** TCP connections this subgraph has accepted so far (keep-alive shows as few). */
  connectionsAccepted(): number;
  /** Stops listening (the store stays open), as if the process were down. */
  stopListening(): Promise<void>;
  /** Listens again on the same port. */
  startListening(): Promise<void>;
}

export interface Stack {
  gatewayUrl: string;
  clock: ManualClock;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  gateway: GatewayService;
  /** Sends an operation through the real HTTP gateway. */
  queryGateway<TData = Record<string, unknown>>(query: string, options?: QueryOptions): Promise<GraphQLResponse<TData>>;
  /** Sends an operation straight to one subgraph (bypassing the gateway). */
  querySubgraph<TData = Record<string, unknown>>(name: SubgraphName, query: string, options?: QueryOptions): Promise<GraphQLResponse<TData>>;
  tokenFor(user: DemoUserHandle, expiresIn?: string | number): Promise<string>;
  /** A token for claims no demo user has (another organisation, another role). */
  tokenForClaims(claims: TokenClaims, expiresIn?: string | number): Promise<string>;
  /** SQL statements across all four stores so far. */
  totalSqlStatements(): number;
  /** Operations received by all four subgraphs so far. */
  totalSubgraphOperations(): number;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Start time of the stack's manual clock. */
  now?: string;
  /** Extra environment for every service (e.g. timeouts). */
  env?: Record<string, string>;
  /** Where every service's log lines go (tests read them), at `logLevel` (default info). */
  logDestination?: DestinationStream;
  logLevel?: string;
}

/** The cross-store event secret of every test stack (tests sign their own events with it). */
export { TEST_EVENT_SECRET, TEST_JWT_SECRET, TEST_SUBGRAPH_SECRET } from './secrets';

async function post<TData>(url: string, query: string, options: QueryOptions, tokenFor: (u: DemoUserHandle) => Promise<string>, gatewaySecret?: string | null): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (gatewaySecret) headers[GATEWAY_SECRET_HEADER] = gatewaySecret;
  if (options.as) headers.authorization = `Bearer ${await tokenFor(options.as)}`;
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables ?? {} }) });
  const text = await res.text();
  let body: Omit<GraphQLResponse<TData>, 'status'>;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response ${res.status} from ${url}: ${text.slice(0, 300)}`);
  }
  return { status: res.status, ...body };
}

/** The environment every service of a test stack gets (tests that start an extra service reuse it). */
export const STACK_BASE_ENV: Readonly<Record<string, string>> = {
  JWT_SECRET: TEST_JWT_SECRET,
  EVENT_SECRET: TEST_EVENT_SECRET,
  SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
  // Outbox relays: quick retries capped low, so a restarted receiver gets its events within about a second;
  // no idle sweep, so relays issue no SQL while nothing is pending (batching tests count statements).
  OUTBOX_POLL_MS: '100',
  OUTBOX_RETRY_BASE_MS: '100',
  OUTBOX_MAX_BACKOFF_MS: '1000',
  OUTBOX_SWEEP_MS: '0',
};

/**
 * Starts the four real subgraphs and the real gateway on free ports, each
 * subgraph on its own fresh MySQL database (dropped by `stop`), seeded with the
 * demo data, all sharing one manual clock.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const runId = crypto.randomBytes(4).toString('hex');
  const clock = new ManualClock(options.now ?? '2026-06-15T09:00:00.000Z');
  const databases: string[] = [];
  const running = {} as Record<SubgraphName, RunningSubgraph>;
  const servers: http.Server[] = [];
  const baseEnv = {
    ...STACK_BASE_ENV,
    ...options.env,
  };
  // Subgraphs listen on free ports, known only once each has started: relays look their targets up here.
  const eventTarget = (destination: SubgraphName): string | undefined => running[destination]?.eventsUrl;
  const loggerFor = (service: string): Logger | undefined => {
    if (!options.logDestination) return undefined;
    const logger = createLogger(service, options.logDestination);
    logger.level = options.logLevel ?? 'info';
    return logger;
  };
  try {
    await Promise.all(
      SUBGRAPHS.map(async (descriptor) => {
        const database = `lgt_${runId}_${descriptor.defaultDatabase}`;
        databases.push(database);
        const config = readSubgraphConfig(descriptor.name, {
          ...baseEnv,
          [`${descriptor.envPrefix}_DATABASE_URL`]: testDatabaseUrl(database),
          SEED_DEMO_DATA: 'true',
        });
        const service = await createSubgraphService(SUBGRAPH_DEFINITIONS[descriptor.name], config, { clock, eventTarget, logger: loggerFor(descriptor.name) });
        let connections = 0;
        const countConnections = (s: http.Server) => s.on('connection', () => (connections += 1));
        let server = countConnections(await listen(service.handler, 0, '127.0.0.1'));
        const port = (server.address() as AddressInfo).port;
        servers.push(server);
        running[descriptor.name] = {
          name: descriptor.name,
          service,
          port,
          url: `http://127.0.0.1:${port}/graphql`,
          eventsUrl: eventsUrlOf(`http://127.0.0.1:${port}/graphql`),
          sqlStatements: () => service.store.counter.total,
          operations: () => service.operationsServed(),
          connectionsAccepted: () => connections,
          async stopListening() {
            server.closeAllConnections();
            await closeServer(server);
          },
          async startListening() {
            server = countConnections(await listen(service.handler, port, '127.0.0.1'));
            servers.push(server);
          },
        };
      }),
    );
  } catch (err) {
    await Promise.all(Object.values(running).map((r) => r.service.close()));
    await dropDatabases(databases);
    throw err;
  }

  const gatewayEnv: Record<string, string> = { ...baseEnv, GATEWAY_PORT: '0' };
  for (const d of SUBGRAPHS) gatewayEnv[`${d.envPrefix}_URL`] = running[d.name].url;
  const gatewayConfig = readGatewayConfig(gatewayEnv);
  const gateway = await createGatewayService(gatewayConfig, { logger: loggerFor('gateway') });
  const gatewayServer = await listen(gateway.handler, 0, '127.0.0.1');
  // Each relay reads its outbox once at start; let that finish so a test's SQL counts start from quiet stores.
  await Promise.all(Object.values(running).map((r) => r.service.outbox?.relay()?.startUpDone));
  const gatewayUrl = `http://127.0.0.1:${(gatewayServer.address() as AddressInfo).port}`;

  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (user: DemoUserHandle, expiresIn: string | number = '1h') => {
    const key = `${user}/${expiresIn}`;
    if (!tokens.has(key)) tokens.set(key, signToken(DEMO_USERS[user], gatewayConfig.identity, expiresIn));
    return tokens.get(key)!;
  };

  return {
    gatewayUrl,
    clock,
    subgraphs: running,
    gateway,
    tokenFor,
    tokenForClaims: (claims, expiresIn = '1h') => signToken(claims, gatewayConfig.identity, expiresIn),
    queryGateway: (query, opts = {}) => post(`${gatewayUrl}/graphql`, query, opts, tokenFor),
    querySubgraph: (name, query, opts = {}) => post(running[name].url, query, opts, tokenFor, opts.gatewaySecret === undefined ? TEST_SUBGRAPH_SECRET : opts.gatewaySecret),
    totalSqlStatements: () => Object.values(running).reduce((sum, r) => sum + r.sqlStatements(), 0),
    totalSubgraphOperations: () => Object.values(running).reduce((sum, r) => sum + r.operations(), 0),
    async stop() {
      gatewayServer.closeAllConnections();
      await closeServer(gatewayServer);
      await gateway.close();
      for (const s of servers) {
        s.closeAllConnections();
        if (s.listening) await closeServer(s);
      }
      await Promise.all(Object.values(running).map((r) => r.service.close()));
      await dropDatabases(databases);
    },
  };
}
