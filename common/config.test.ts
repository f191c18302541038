import { parseDatabaseUrl, readDatabaseConfig, readGatewayConfig, readIdentityConfig, readSubgraphConfig } from './config';

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

  it('names the variable when a flag or a port is malformed', () => {
    expect(() => readSubgraphConfig('agreements', { SEED_DEMO_DATA: 'maybe' })).toThrow(/SEED_DEMO_DATA/);
    expect(() => readGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '-1' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
  });
});
