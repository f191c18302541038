import { parseDatabaseUrl, readDatabaseConfig, readGatewayConfig, readIdentityConfig, readLoggingConfig, readStoreTuning, readSubgraphConfig } from './config';

describe('config', () => {
  it('falls back to an embedded SQLite file per subgraph when no MySQL is configured', () => {
    const db = readDatabaseConfig('support-contracts', { SQLITE_DIR: '/tmp/x' });
    expect(db).toEqual({ kind: 'sqlite', file: '/tmp/x/support_contracts.sqlite' });
  });

  it('derives each subgraph database from MYSQL_URL', () => {
    expect(readDatabaseConfig('partner-benefits', { MYSQL_URL: 'mysql://root@127.0.0.1:3306/' })).toEqual({
      kind: 'mysql', host: '127.0.0.1', port: 3306, user: 'root', password: '', database: 'partner_benefits',
    });
  });

  it('lets a per-subgraph URL override MYSQL_URL, with credentials decoded', () => {
    const db = readDatabaseConfig('agreements', { MYSQL_URL: 'mysql://a@h', AGREEMENTS_DATABASE_URL: 'mysql://u%40x:p%2Fw@db:3307/agr' });
    expect(db).toEqual({ kind: 'mysql', host: 'db', port: 3307, user: 'u@x', password: 'p/w', database: 'agr' });
  });

  it('reads one or more read replicas for a MySQL primary, and refuses them for SQLite', () => {
    const db = readDatabaseConfig('support-contracts', {
      MYSQL_URL: 'mysql://root@primary:3306',
      SUPPORT_CONTRACTS_READ_DATABASE_URLS: 'mysql://ro@r1:3306/support_contracts, mysql://ro:pw@r2:3307/support_contracts',
    });
    expect(db).toEqual({
      kind: 'mysql', host: 'primary', port: 3306, user: 'root', password: '', database: 'support_contracts',
      readReplicas: [
        { host: 'r1', port: 3306, user: 'ro', password: '', database: 'support_contracts' },
        { host: 'r2', port: 3307, user: 'ro', password: 'pw', database: 'support_contracts' },
      ],
    });
    expect(() => readDatabaseConfig('agreements', { AGREEMENTS_READ_DATABASE_URLS: 'mysql://r/agreements' })).toThrow(/needs a MySQL primary/);
    expect(() => readDatabaseConfig('agreements', { MYSQL_URL: 'mysql://p', AGREEMENTS_READ_DATABASE_URLS: 'sqlite:x' })).toThrow(/MySQL replicas only/);
  });

  it('shares the gateway cache through Redis only when REDIS_URL is a redis URL; workers and outbox leases are checked', () => {
    expect(readGatewayConfig({}).redisUrl).toBeUndefined();
    expect(readGatewayConfig({}).workers).toBe(1);
    expect(readGatewayConfig({ REDIS_URL: 'redis://cache:6379', GATEWAY_WORKERS: '4' })).toMatchObject({ redisUrl: 'redis://cache:6379', redisKeyPrefix: 'licensing-graph', workers: 4 });
    expect(() => readGatewayConfig({ REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL must start with redis/);
    expect(() => readGatewayConfig({ GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
    expect(readSubgraphConfig('agreements', {}).events.leaseMs).toBe(30_000);
    expect(() => readSubgraphConfig('agreements', { OUTBOX_LEASE_MS: '5000' })).toThrow(/OUTBOX_LEASE_MS .* must be longer than OUTBOX_REQUEST_TIMEOUT_MS/);
  });

  it('reads the outbox batch size: 100 by default, 1 sends events alone, 0 and more than the receiver takes are refused', () => {
    expect(readSubgraphConfig('agreements', {}).events.batchMax).toBe(100);
    expect(readSubgraphConfig('agreements', { OUTBOX_BATCH_MAX: '1' }).events.batchMax).toBe(1);
    expect(() => readSubgraphConfig('agreements', { OUTBOX_BATCH_MAX: '0' })).toThrow(/OUTBOX_BATCH_MAX must be between 1 and 200/);
    expect(() => readSubgraphConfig('agreements', { OUTBOX_BATCH_MAX: '201' })).toThrow(/OUTBOX_BATCH_MAX must be between 1 and 200/);
  });

  it('refuses a database URL without a database or with another scheme', () => {
    expect(() => parseDatabaseUrl('mysql://root@h:3306', 'X')).toThrow(/must name a database/);
    expect(() => parseDatabaseUrl('postgres://h/db', 'X')).toThrow(/must start with mysql/);
  });

  it('requires JWT_SECRET in production and a long enough one anywhere', () => {
    expect(() => readIdentityConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => readIdentityConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(readIdentityConfig({}).usingDevSecret).toBe(true);
  });

  it('reads the token audience, lifetime cap and operator organisation, with defaults (design: Identity)', () => {
    expect(readIdentityConfig({})).toMatchObject({ jwtAudience: 'licensing-graph', maxTokenLifetimeSeconds: 43_200, operatorOrgId: 'org-operator' });
    expect(readIdentityConfig({ JWT_AUDIENCE: 'a', TOKEN_MAX_LIFETIME_SECONDS: '600', OPERATOR_ORG_ID: 'org-ops' })).toMatchObject({
      jwtAudience: 'a', maxTokenLifetimeSeconds: 600, operatorOrgId: 'org-ops',
    });
    expect(() => readIdentityConfig({ TOKEN_MAX_LIFETIME_SECONDS: '0' })).toThrow(/TOKEN_MAX_LIFETIME_SECONDS/);
    expect(() => readIdentityConfig({ TOKEN_MAX_LIFETIME_SECONDS: '12h' })).toThrow(/TOKEN_MAX_LIFETIME_SECONDS/);
  });

  it('turns the playground and introspection off in production by default', () => {
    const config = readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SUBGRAPH_SECRET: 's'.repeat(32) });
    expect(config.playground).toBe(false);
    expect(config.introspection).toBe(false);
    expect(readGatewayConfig({}).playground).toBe(true);
  });

  it('requires a SUBGRAPH_SECRET of at least 32 characters in production (design: Identity, subgraphs are private)', () => {
    expect(() => readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(/SUBGRAPH_SECRET is required/);
    expect(() => readGatewayConfig({ SUBGRAPH_SECRET: 'short' })).toThrow(/SUBGRAPH_SECRET must be at least 32/);
  });

  it('reads and checks the store pool size and SQL logging (DB_POOL_SIZE was once used unchecked)', () => {
    expect(readStoreTuning({})).toEqual({ poolSize: 10, logSql: false });
    expect(readStoreTuning({ DB_POOL_SIZE: '25', LOG_SQL: '1' })).toEqual({ poolSize: 25, logSql: true });
    expect(() => readStoreTuning({ DB_POOL_SIZE: 'ten' })).toThrow(/DB_POOL_SIZE/);
    expect(() => readStoreTuning({ DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE/);
    expect(() => readStoreTuning({ LOG_SQL: 'maybe' })).toThrow(/LOG_SQL/);
  });

  it('reads and checks the log level and pretty printing', () => {
    expect(readLoggingConfig({})).toEqual({ level: 'info', pretty: false });
    expect(readLoggingConfig({ NODE_ENV: 'test' })).toEqual({ level: 'warn', pretty: false });
    expect(readLoggingConfig({ LOG_LEVEL: 'debug', LOG_PRETTY: '1' })).toEqual({ level: 'debug', pretty: true });
    expect(() => readLoggingConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => readLoggingConfig({ LOG_PRETTY: 'pretty' })).toThrow(/LOG_PRETTY/);
  });

  it('TRUST_CLIENT_TRACE_CONTEXT: off unless set, read as a flag, and a bad value stops the gateway naming the variable', () => {
    expect(readGatewayConfig({}).trustClientTraceContext).toBe(false);
    expect(readGatewayConfig({ TRUST_CLIENT_TRACE_CONTEXT: '' }).trustClientTraceContext).toBe(false);
    expect(readGatewayConfig({ TRUST_CLIENT_TRACE_CONTEXT: 'true' }).trustClientTraceContext).toBe(true);
    expect(readGatewayConfig({ TRUST_CLIENT_TRACE_CONTEXT: 'false' }).trustClientTraceContext).toBe(false);
    expect(() => readGatewayConfig({ TRUST_CLIENT_TRACE_CONTEXT: 'proxy' })).toThrow('TRUST_CLIENT_TRACE_CONTEXT must be true or false, got "proxy"');
  });

  it('names the variable when a flag or a port is malformed', () => {
    expect(() => readSubgraphConfig('agreements', { SEED_DEMO_DATA: 'maybe' })).toThrow(/SEED_DEMO_DATA/);
    expect(() => readGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '-1' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
  });
});
