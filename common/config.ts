import path from 'node:path';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphDescriptor, type SubgraphName } from './services';
import type { RelayTiming } from './outbox/relay';
import { MAX_EVENTS_PER_BATCH } from './outbox/batch';

/**
 * All configuration comes from environment variables, read here and only
 * here. Defaults make `npm start` work on a laptop; the README has the table.
 */

/** Where one MySQL server is reached. */
export interface MysqlEndpoint {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export type DatabaseConfig =
  | ({ kind: 'mysql'; readReplicas?: MysqlEndpoint[] } & MysqlEndpoint)
  | { kind: 'sqlite'; file: string };

export interface IdentityConfig {
  /** HS256 secret shared by the token issuer, the gateway and the subgraphs. */
  jwtSecret: string;
  /** Expected `iss` claim. */
  jwtIssuer: string;
  /** Expected `aud` claim: a token minted for another audience is no key to this graph. */
  jwtAudience: string;
  /** Longest a token may live, counted from its `iat`; tokens declaring a longer `exp` are refused outright. */
  maxTokenLifetimeSeconds: number;
  /** Id of the operator organisation: the only one where operator roles (`analyst`, `support_engineer`) count. */
  operatorOrgId: string;
  /** True when the built-in development secret is in use. */
  usingDevSecret: boolean;
}

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  database: DatabaseConfig;
  identity: IdentityConfig;
  /** Load the deterministic demo data into an empty store. */
  seedDemoData: boolean;
  /** Allow introspection (the gateway composes from files, so only tools need it). */
  introspection: boolean;
  production: boolean;
  /** Cross-store events: signing secret, relay pacing, where each subgraph receives events. */
  events: EventsConfig;
  /** Interface the subgraph listens on: loopback unless a container needs 0.0.0.0. */
  host: string;
  /** What a caller of `/graphql` must send in `x-gateway-secret`: subgraphs answer GraphQL only to a gateway. */
  gatewaySecret: SubgraphSecretConfig;
  /** The gateway's operation limits, applied again here (common/operationLimits.ts). */
  limits: OperationLimits;
  /**
   * partner-benefits only (PB-5/6): how often the recheck job asks
   * support-contracts again for benefit contracts overdue past the
   * propagation window; 0 turns the job off. Other subgraphs ignore it.
   */
  benefitContractRecheckMs: number;
}

/** The shared secret by which a subgraph knows its caller is a gateway (header `x-gateway-secret`). */
export interface SubgraphSecretConfig {
  secret: string;
  usingDevSecret: boolean;
}

/** The outbox relay and the `/events` receiver (common/outbox, docs/outbox.md); the relay's pacing is documented where it is used. */
export interface EventsConfig extends RelayTiming {
  /** HMAC-SHA256 secret shared by every subgraph's relay and receiver. */
  secret: string;
  usingDevSecret: boolean;
  /** `POST /events` URL of each subgraph, derived from `<PREFIX>_URL`. */
  targets: Record<SubgraphName, string>;
}

export interface GatewayConfig {
  port: number;
  supergraphPath: string;
  /** Subgraph URL per name; overrides the URL recorded in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Time after which a subgraph call is abandoned, in milliseconds. */
  subgraphTimeoutMs: number;
  identity: IdentityConfig;
  playground: boolean;
  introspection: boolean;
  /** Token pre-filled in the playground's headers (set by `npm start` only). */
  playgroundToken?: string;
  /** Limits checked before an operation is planned or any subgraph is called. */
  limits: OperationLimits;
  production: boolean;
  /** Sent to every subgraph in `x-gateway-secret`. */
  gatewaySecret: SubgraphSecretConfig;
  /** Redis shared by every gateway process for public answers and persisted queries; unset = in memory per process. */
  redisUrl?: string;
  /** Prefix of the gateway's Redis keys (several graphs or test runs can share one Redis). */
  redisKeyPrefix: string;
  /** Gateway processes on this host (node:cluster); 1 = just this process. */
  workers: number;
  /** Browser origins (scheme://host[:port]) allowed to call `/graphql` cross-origin; the gateway's own origin always is. */
  corsOrigins: string[];
  /** Refuse free-form operations (only persisted documents by hash), except from analysts. */
  trustedDocumentsOnly: boolean;
  /**
   * Continue a client's W3C `traceparent` (its trace id becomes the request id) and take its `baggage`.
   * True only when a proxy you trust sits in front of the gateway and sets `traceparent` itself.
   */
  trustClientTraceContext: boolean;
  /** Bound of the in-memory cache of public entities (`_entities` answers the subgraph marked public), in bytes; 0 = no entity cache. */
  entityCacheBytes: number;
}

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Largest request body accepted, in bytes. */
  maxRequestBytes: number;
}

const DEV_JWT_SECRET = 'dev-only-secret-do-not-use-in-production-0123456789';
const DEV_EVENT_SECRET = 'dev-only-event-secret-do-not-use-in-production-01234';
const DEV_SUBGRAPH_SECRET = 'dev-only-subgraph-secret-do-not-use-in-production-0';

type Env = NodeJS.ProcessEnv;

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** Like `integer`, for values where 0 would make no sense (a token lifetime of 0 refuses every token). */
function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value === 0) throw new Error(`${name} must be a positive integer, got "0"`);
  return value;
}

/** Like `positiveInteger`, within `[min, max]`. */
function boundedInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = integer(env, name, fallback);
  if (value < min || value > max) throw new Error(`${name} must be between ${min} and ${max}, got "${env[name]}"`);
  return value;
}

export function readIdentityConfig(env: Env = process.env): IdentityConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.JWT_SECRET;
  if (!secret && production) throw new Error('JWT_SECRET is required when NODE_ENV=production');
  if (secret && secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters long');
  return {
    jwtSecret: secret ?? DEV_JWT_SECRET,
    jwtIssuer: env.JWT_ISSUER ?? 'licensing-graph',
    jwtAudience: env.JWT_AUDIENCE || 'licensing-graph',
    maxTokenLifetimeSeconds: positiveInteger(env, 'TOKEN_MAX_LIFETIME_SECONDS', 12 * 60 * 60),
    operatorOrgId: env.OPERATOR_ORG_ID || 'org-operator',
    usingDevSecret: !secret,
  };
}

/**
 * `mysql://user:password@host:port/database` or `sqlite:path/to/file`.
 */
export function parseDatabaseUrl(url: string, variable: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    return { kind: 'sqlite', file: path.resolve(url.slice('sqlite:'.length)) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a URL: "${url}"`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new Error(`${variable} must start with mysql:// or sqlite:, got "${parsed.protocol}"`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`${variable} must name a database: mysql://user@host:3306/<database>`);
  return {
    kind: 'mysql',
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/**
 * A subgraph's store: `<PREFIX>_DATABASE_URL` if set; else `MYSQL_URL`
 * (a server, no database) plus the subgraph's default database name; else an
 * embedded SQLite file under `SQLITE_DIR` (default `.data/`).
 */
export function readDatabaseConfig(name: SubgraphName, env: Env = process.env): DatabaseConfig {
  const primary = readPrimaryDatabaseConfig(name, env);
  const variable = `${subgraphDescriptor(name).envPrefix}_READ_DATABASE_URLS`;
  const raw = env[variable];
  if (!raw) return primary;
  if (primary.kind !== 'mysql') throw new Error(`${variable} needs a MySQL primary (the embedded SQLite store has no replicas)`);
  const readReplicas = raw
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '')
    .map((u) => {
      const replica = parseDatabaseUrl(u, variable);
      if (replica.kind !== 'mysql') throw new Error(`${variable} lists MySQL replicas only, got "${u}"`);
      const { kind: _kind, ...endpoint } = replica;
      return endpoint;
    });
  return readReplicas.length > 0 ? { ...primary, readReplicas } : primary;
}

function readPrimaryDatabaseConfig(name: SubgraphName, env: Env): DatabaseConfig {
  const descriptor = subgraphDescriptor(name);
  const own = env[`${descriptor.envPrefix}_DATABASE_URL`];
  if (own) return parseDatabaseUrl(own, `${descriptor.envPrefix}_DATABASE_URL`);
  const server = env.MYSQL_URL;
  if (server) {
    return parseDatabaseUrl(`${server.replace(/\/+$/, '')}/${descriptor.defaultDatabase}`, 'MYSQL_URL');
  }
  const dir = path.resolve(env.SQLITE_DIR ?? '.data');
  return { kind: 'sqlite', file: path.join(dir, `${descriptor.defaultDatabase}.sqlite`) };
}

/** GraphQL URL of each subgraph: `<PREFIX>_URL`, default `http://127.0.0.1:<default port>/graphql` (gateway and relays share it). */
export function readSubgraphUrls(env: Env = process.env): Record<SubgraphName, string> {
  const urls = {} as Record<SubgraphName, string>;
  for (const s of SUBGRAPHS) urls[s.name] = env[`${s.envPrefix}_URL`] ?? `http://127.0.0.1:${s.defaultPort}/graphql`;
  return urls;
}

/** `http://host:port/graphql` → `http://host:port/events`: where a subgraph receives cross-store events. */
export function eventsUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/events';
  return url.toString();
}

export function readEventsConfig(env: Env = process.env): EventsConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.EVENT_SECRET;
  if (!secret && production) throw new Error('EVENT_SECRET is required when NODE_ENV=production');
  if (secret && secret.length < 32) throw new Error('EVENT_SECRET must be at least 32 characters long');
  const urls = readSubgraphUrls(env);
  const targets = {} as Record<SubgraphName, string>;
  for (const s of SUBGRAPHS) targets[s.name] = eventsUrlOf(urls[s.name]);
  const requestTimeoutMs = integer(env, 'OUTBOX_REQUEST_TIMEOUT_MS', 5000);
  const leaseMs = positiveInteger(env, 'OUTBOX_LEASE_MS', 30_000);
  // A lease shorter than one delivery would let another replica resend an event still in flight, every time.
  if (leaseMs <= requestTimeoutMs) throw new Error(`OUTBOX_LEASE_MS (${leaseMs}) must be longer than OUTBOX_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  return {
    secret: secret ?? DEV_EVENT_SECRET,
    usingDevSecret: !secret,
    targets,
    pollIntervalMs: integer(env, 'OUTBOX_POLL_MS', 500),
    retryBaseMs: integer(env, 'OUTBOX_RETRY_BASE_MS', 500),
    maxBackoffMs: integer(env, 'OUTBOX_MAX_BACKOFF_MS', 60_000),
    sweepIntervalMs: integer(env, 'OUTBOX_SWEEP_MS', 30_000),
    requestTimeoutMs,
    leaseMs,
    batchMax: boundedInteger(env, 'OUTBOX_BATCH_MAX', 100, 1, MAX_EVENTS_PER_BATCH),
  };
}

/** `SUBGRAPH_SECRET`: gateways send it, subgraphs require it on `/graphql`. */
export function readSubgraphSecretConfig(env: Env = process.env): SubgraphSecretConfig {
  const secret = env.SUBGRAPH_SECRET;
  if (!secret && env.NODE_ENV === 'production') throw new Error('SUBGRAPH_SECRET is required when NODE_ENV=production');
  if (secret && secret.length < 32) throw new Error('SUBGRAPH_SECRET must be at least 32 characters long');
  return { secret: secret ?? DEV_SUBGRAPH_SECRET, usingDevSecret: !secret };
}

/** One set of limits for the gateway and every subgraph, so a subgraph is no softer than its gateway. */
export function readOperationLimits(env: Env = process.env): OperationLimits {
  return {
    maxDepth: integer(env, 'OPERATION_MAX_DEPTH', 12),
    maxAliases: integer(env, 'OPERATION_MAX_ALIASES', 30),
    maxTokens: integer(env, 'OPERATION_MAX_TOKENS', 5000),
    maxDirectives: integer(env, 'OPERATION_MAX_DIRECTIVES', 20),
    maxCost: integer(env, 'OPERATION_MAX_COST', 10_000),
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', 262_144),
  };
}

export function readSubgraphConfig(name: SubgraphName, env: Env = process.env): SubgraphConfig {
  const descriptor = subgraphDescriptor(name);
  const production = env.NODE_ENV === 'production';
  return {
    name,
    port: integer(env, `${descriptor.envPrefix}_PORT`, descriptor.defaultPort),
    database: readDatabaseConfig(name, env),
    identity: readIdentityConfig(env),
    seedDemoData: flag(env, 'SEED_DEMO_DATA', true),
    introspection: flag(env, 'INTROSPECTION', !production),
    production,
    events: readEventsConfig(env),
    host: env.SUBGRAPH_HOST || '127.0.0.1',
    gatewaySecret: readSubgraphSecretConfig(env),
    limits: readOperationLimits(env),
    benefitContractRecheckMs: integer(env, 'BENEFIT_CONTRACT_RECHECK_MS', 60 * 60 * 1000),
  };
}

export function readGatewayConfig(env: Env = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const subgraphUrls = readSubgraphUrls(env);
  return {
    port: integer(env, 'GATEWAY_PORT', GATEWAY_DEFAULT_PORT),
    supergraphPath: path.resolve(env.SUPERGRAPH_PATH ?? path.join(__dirname, '..', 'schema', 'supergraph.graphql')),
    subgraphUrls,
    subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 5000),
    identity: readIdentityConfig(env),
    playground: flag(env, 'PLAYGROUND', !production),
    introspection: flag(env, 'INTROSPECTION', !production),
    playgroundToken: env.PLAYGROUND_TOKEN || undefined,
    limits: readOperationLimits(env),
    production,
    gatewaySecret: readSubgraphSecretConfig(env),
    redisUrl: readRedisUrl(env),
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'licensing-graph',
    workers: positiveInteger(env, 'GATEWAY_WORKERS', 1),
    corsOrigins: readCorsOrigins(env),
    trustedDocumentsOnly: flag(env, 'TRUSTED_DOCUMENTS_ONLY', false),
    trustClientTraceContext: flag(env, 'TRUST_CLIENT_TRACE_CONTEXT', false),
    entityCacheBytes: integer(env, 'GATEWAY_ENTITY_CACHE_MB', 32) * 1024 * 1024,
  };
}

/**
 * `CORS_ORIGINS`: comma-separated origins, each exactly `scheme://host[:port]` (no path, no wildcard):
 * a typo that silently allowed nobody, or `*` that allowed everybody, is refused at start instead.
 */
function readCorsOrigins(env: Env): string[] {
  const raw = env.CORS_ORIGINS ?? '';
  const origins: string[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`CORS_ORIGINS: "${entry}" is not an origin (scheme://host[:port])`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS: "${entry}" is not an origin (scheme://host[:port], no path)`);
    }
    origins.push(url.origin);
  }
  return origins;
}

/** How every subgraph's store connects and logs (common/database.ts). */
export interface StoreTuning {
  /** MySQL connections per subgraph, and the most it keeps idle. */
  poolSize: number;
  /** Log every SQL statement. */
  logSql: boolean;
}

export function readStoreTuning(env: Env = process.env): StoreTuning {
  // A pool of 0 would leave every query waiting for a connection that never comes.
  return { poolSize: positiveInteger(env, 'DB_POOL_SIZE', 10), logSql: flag(env, 'LOG_SQL', false) };
}

/** pino's levels; anything else would make pino throw at the first log call, far from the cause. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What every service's logger reads (common/logger.ts). */
export interface LoggingConfig {
  level: LogLevel;
  /** One readable line per event instead of JSON (`npm start` sets it). */
  pretty: boolean;
}

export function readLoggingConfig(env: Env = process.env): LoggingConfig {
  // Jest sets NODE_ENV=test: tests log warnings and worse unless LOG_LEVEL says otherwise.
  const raw = env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'info');
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return { level, pretty: flag(env, 'LOG_PRETTY', false) };
}

/** What one production process runs: the gateway or one subgraph (`node dist/scripts/startService.js`). */
export type ServiceName = 'gateway' | SubgraphName;

export const SERVICE_NAMES: readonly ServiceName[] = ['gateway', ...SUBGRAPHS.map((s) => s.name)];

/**
 * The service a production process runs: its first argument, else `SERVICE`.
 * One container image serves all five; the variable lets the image's own
 * HEALTHCHECK, which sees the environment but not the arguments, find the port.
 */
export function readServiceName(argument: string | undefined, env: Env = process.env): ServiceName {
  const wanted = argument || env.SERVICE;
  const found = SERVICE_NAMES.find((name) => name === wanted);
  if (!found) throw new Error(`SERVICE must be one of ${SERVICE_NAMES.join(', ')} (got ${wanted === undefined ? 'nothing' : JSON.stringify(wanted)})`);
  return found;
}

/** The port a service listens on, from the same variables its config reads. */
export function servicePort(name: ServiceName, env: Env = process.env): number {
  return name === 'gateway' ? integer(env, 'GATEWAY_PORT', GATEWAY_DEFAULT_PORT) : integer(env, `${subgraphDescriptor(name).envPrefix}_PORT`, subgraphDescriptor(name).defaultPort);
}

function readRedisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL;
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`REDIS_URL is not a URL: "${raw}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss://, got "${parsed.protocol}"`);
  return raw;
}

/** One documented row per environment variable; the README's table and the docker-compose test are checked against this list. */
export interface EnvironmentVariable {
  name: string;
  default: string;
  description: string;
}

export const ENVIRONMENT_VARIABLES: EnvironmentVariable[] = [
  { name: 'MYSQL_URL', default: '(unset)', description: 'MySQL server for all subgraphs, e.g. `mysql://root@127.0.0.1:3306`; each uses its own database (`agreements`, `support_contracts`, `software_catalog`, `partner_benefits`). Unset and no per-subgraph URL: embedded SQLite.' },
  ...SUBGRAPHS.map((s) => ({ name: `${s.envPrefix}_DATABASE_URL`, default: '(unset)', description: `Full store URL of ${s.name} (\`mysql://user:pass@host:3306/${s.defaultDatabase}\` or \`sqlite:path\`); overrides MYSQL_URL.` })),
  ...SUBGRAPHS.map((s) => ({ name: `${s.envPrefix}_READ_DATABASE_URLS`, default: '(unset)', description: `Comma-separated MySQL read replicas of ${s.name}'s primary (\`mysql://user:pass@replica:3306/${s.defaultDatabase}\`): GraphQL queries read them; mutations, their answers, outbox and events use the primary (docs/scaling.md).` })),
  ...SUBGRAPHS.map((s) => ({ name: `${s.envPrefix}_PORT`, default: String(s.defaultPort), description: `Port ${s.name} listens on.` })),
  ...SUBGRAPHS.map((s) => ({ name: `${s.envPrefix}_URL`, default: `http://127.0.0.1:${s.defaultPort}/graphql`, description: `Where the gateway reaches ${s.name}; outbox relays post the events ${s.name} applies to the same host at \`/events\`.` })),
  { name: 'SQLITE_DIR', default: '.data', description: 'Folder of the embedded SQLite files used when no MySQL is configured.' },
  { name: 'GATEWAY_PORT', default: String(GATEWAY_DEFAULT_PORT), description: 'Port the gateway (and the playground) listens on.' },
  { name: 'SERVICE', default: '(unset)', description: 'Which service `node dist/scripts/startService.js` runs when no argument names it: `gateway`, `agreements`, `support-contracts`, `software-catalog` or `partner-benefits` (the container image\'s CMD and HEALTHCHECK use it).' },
  { name: 'SUPERGRAPH_PATH', default: 'schema/supergraph.graphql', description: 'Composed supergraph the gateway executes.' },
  { name: 'SUBGRAPH_TIMEOUT_MS', default: '5000', description: 'Deadline of one gateway→subgraph call; past it the field errs with SUBGRAPH_UNAVAILABLE.' },
  { name: 'JWT_SECRET', default: '(development secret)', description: 'HS256 secret shared by the token issuer, gateway and subgraphs (≥ 32 characters). Required when NODE_ENV=production.' },
  { name: 'JWT_ISSUER', default: 'licensing-graph', description: 'Expected `iss` claim of tokens.' },
  { name: 'JWT_AUDIENCE', default: 'licensing-graph', description: 'Expected `aud` claim of tokens; `npm run token` signs it.' },
  { name: 'TOKEN_MAX_LIFETIME_SECONDS', default: '43200', description: 'Longest token lifetime accepted (`exp` − `iat`, and age since `iat`); longer-lived tokens get UNAUTHENTICATED, and `npm run token` refuses to sign them.' },
  { name: 'OPERATOR_ORG_ID', default: 'org-operator', description: 'The operator organisation: operator roles (`analyst`, `support_engineer`) count only in a token whose `org` is this id and whose `org_kind` is OPERATOR.' },
  { name: 'SEED_DEMO_DATA', default: 'true', description: 'Load the deterministic demo data into an empty store.' },
  { name: 'PLAYGROUND', default: 'true (false in production)', description: 'Serve the GraphiQL playground at `/`.' },
  { name: 'INTROSPECTION', default: 'true (false in production)', description: 'Allow schema introspection (subgraphs: never in production).' },
  { name: 'PLAYGROUND_TOKEN', default: '(unset)', description: 'Token pre-filled in the playground (set by `npm start`).' },
  { name: 'OPERATION_MAX_DEPTH', default: '12', description: 'Deepest selection the gateway and each subgraph accept (introspection excepted).' },
  { name: 'OPERATION_MAX_ALIASES', default: '30', description: 'Most aliases in one operation (gateway and subgraphs).' },
  { name: 'OPERATION_MAX_TOKENS', default: '5000', description: 'Most lexical tokens in one document (gateway and subgraphs).' },
  { name: 'OPERATION_MAX_DIRECTIVES', default: '20', description: 'Most directives in one operation (gateway and subgraphs).' },
  { name: 'OPERATION_MAX_COST', default: '10000', description: 'Highest estimated cost of one operation, checked with the request\'s variables at the gateway and each subgraph: every field counts 1 each time it resolves, and a field\'s selection counts once per item of its page (`first`, from the literal, the variable or the schema default; 200, the largest page, when unknown; `_entities`: the number of representations, at most 200). The agreements bench page (50 agreements with lines and products) costs about 1,100; 20 pages of 200 products cost over 12,000.' },
  { name: 'MAX_REQUEST_BYTES', default: '262144', description: 'Largest HTTP request body the gateway reads; larger gets 413 with code BAD_REQUEST.' },
  { name: 'SUBGRAPH_SECRET', default: '(development secret)', description: 'Shared by the gateway and the subgraphs (≥ 32 characters): the gateway sends it in `x-gateway-secret`, subgraphs answer `/graphql` only with it (401 UNAUTHENTICATED otherwise). Required when NODE_ENV=production.' },
  { name: 'SUBGRAPH_HOST', default: '127.0.0.1', description: 'Interface a subgraph listens on; containers set `0.0.0.0` (docker-compose.yml keeps them on an internal network).' },
  { name: 'EVENT_SECRET', default: '(development secret)', description: 'HMAC-SHA256 secret signing cross-store events between subgraphs (≥ 32 characters). Required when NODE_ENV=production.' },
  { name: 'OUTBOX_POLL_MS', default: '500', description: 'Delay of the outbox relay before a delivery pass once woken, and between passes while events are due.' },
  { name: 'OUTBOX_RETRY_BASE_MS', default: '500', description: 'First retry delay of a failed event delivery; doubles per attempt, with jitter.' },
  { name: 'OUTBOX_MAX_BACKOFF_MS', default: '60000', description: 'Longest delay between two delivery attempts of one event.' },
  { name: 'OUTBOX_SWEEP_MS', default: '30000', description: 'Idle poll of the outbox for events written by another process; 0 turns it off.' },
  { name: 'OUTBOX_REQUEST_TIMEOUT_MS', default: '5000', description: 'Deadline of one event delivery request.' },
  { name: 'BENEFIT_CONTRACT_RECHECK_MS', default: '3600000', description: 'partner-benefits (PB-5/6): interval of the job that asks support-contracts again for the contracts of packages activated more than 3 days ago whose tiles are still blank (`PROVISIONING_DELAYED`); it also runs once at start; 0 turns it off.' },
  { name: 'OUTBOX_BATCH_MAX', default: '100', description: `Most events the outbox relay sends to one subgraph in one request (\`POST /events/batch\`, applied there in one transaction); 1 sends each event alone. At most ${MAX_EVENTS_PER_BATCH}.` },
  { name: 'OUTBOX_LEASE_MS', default: '30000', description: 'How long a relay holds a destination (replicas of a subgraph share its outbox; one sends to a destination at a time) unless it renews; a replica killed mid-delivery frees it after this long. Longer than OUTBOX_REQUEST_TIMEOUT_MS.' },
  { name: 'REDIS_URL', default: '(unset)', description: 'Redis shared by every gateway process (`redis://host:6379`, `rediss://` for TLS): public cached answers and automatic persisted queries are served by all replicas. Unset: each process caches in memory. Redis down: cache misses, the gateway keeps answering.' },
  { name: 'REDIS_KEY_PREFIX', default: 'licensing-graph', description: 'Prefix of the gateway\'s Redis keys, so several graphs can share one Redis.' },
  { name: 'CORS_ORIGINS', default: '(none)', description: 'Comma-separated browser origins (`https://partner.example`) that may call `/graphql` from their pages (the benefit tiles embedded on a partner\'s site); the gateway\'s own origin always may. Preflights from any other origin are refused. Credentials are bearer tokens, never cookies.' },
  { name: 'TRUSTED_DOCUMENTS_ONLY', default: 'false', description: 'Accept only the project\'s persisted documents (`gateway/public/persisted-documents.json`, by hash); free-form operations are refused with `TRUSTED_DOCUMENT_REQUIRED`, except from analysts.' },
  { name: 'GATEWAY_WORKERS', default: '1', description: 'Gateway processes on one host (node:cluster, sharing the port): the primary forks them, restarts any that dies, and on SIGTERM drains them all. Set to the cores the host gives the gateway.' },
  { name: 'GATEWAY_ENTITY_CACHE_MB', default: '32', description: 'Memory for the gateway\'s entity cache, per gateway process, in MB: entities a subgraph answered as `public` with a max-age (the catalog\'s `Product`, 60 s) are kept and served to any caller without asking the subgraph again until they expire. Nothing private is ever stored. 0 turns it off.' },
  { name: 'DB_POOL_SIZE', default: '10', description: 'MySQL connections per subgraph (a positive integer).' },
  { name: 'NODE_ENV', default: '(unset)', description: '`production` turns off the playground, introspection, subgraphs\' `_service` and "Did you mean" suggestions, and requires JWT_SECRET, EVENT_SECRET and SUBGRAPH_SECRET.' },
  { name: 'LOG_LEVEL', default: 'info', description: 'pino log level: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent` (`warn` under jest); anything else stops the service at start.' },
  { name: 'LOG_PRETTY', default: '(unset)', description: '`1` prints readable log lines (set by `npm start`).' },
  { name: 'LOG_SQL', default: '(unset)', description: '`1` logs every SQL statement.' },
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', default: '(unset)', description: 'OTLP/HTTP collector (e.g. `http://otel-collector:4318`): each service sends its spans to `<endpoint>/v1/traces`. Unset: tracing is off (no SDK loaded).' },
  { name: 'TRUST_CLIENT_TRACE_CONTEXT', default: 'false', description: 'Gateway: continue the W3C `traceparent` (and `baggage`) a request brings, so its trace id becomes the request id. True only when a proxy you trust sits in front of the gateway and sets `traceparent` itself. False: each request starts its own trace, linked to the caller\'s (`licensing.caller_trace_id`), and a client can neither pick the request id nor switch tracing off.' },
];

/** OpenTelemetry tracing of one process (common/tracing.ts): off unless an OTLP endpoint is set. */
export interface TracingConfig {
  /** `OTEL_EXPORTER_OTLP_ENDPOINT` (e.g. `http://otel-collector:4318`): spans go to `<endpoint>/v1/traces` over OTLP/HTTP. */
  otlpEndpoint: string | undefined;
}

export function readTracingConfig(env: Env = process.env): TracingConfig {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error('OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL');
  return { otlpEndpoint: endpoint || undefined };
}
