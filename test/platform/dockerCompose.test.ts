import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENT_VARIABLES, parseDatabaseUrl } from '../../common/config';
import { SHUTDOWN_BOUND_MS } from '../../common/runService';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from '../../common/services';

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  pull_policy?: string;
  restart?: string;
  stop_grace_period?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  networks?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const root = path.resolve(__dirname, '..', '..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
};
const knownVariables = new Set(ENVIRONMENT_VARIABLES.map((v) => v.name));

/** `${NAME:-default}` as compose would expand it with nothing set; a required `${NAME:?message}` as `secret`. */
function expandDefaults(value: string): string {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1').replace(/\$\{[A-Z_]+:\?[^}]*\}/g, 'secret');
}
const init = fs.readFileSync(path.join(root, 'docker', 'mysql-init.sql'), 'utf8');
/** Statements of mysql-init.sql, comments dropped. */
const initStatements = init
  .split('\n')
  .filter((line) => !line.trim().startsWith('--'))
  .join('\n')
  .split(';')
  .map((st) => st.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

describe('docker-compose.yml matches the code', () => {
  it('has MySQL, the gateway and one service per subgraph', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'mysql', ...SUBGRAPHS.map((s) => s.name)].sort());
  });

  it('creates every subgraph database in MySQL', () => {
    for (const s of SUBGRAPHS) expect(init).toContain(`CREATE DATABASE IF NOT EXISTS ${s.defaultDatabase} `);
  });

  it('publishes only the gateway; MySQL and the subgraphs sit on an internal network the gateway also joins', () => {
    const published = Object.entries(compose.services).filter(([, service]) => (service.ports ?? []).length > 0).map(([name]) => name);
    expect(published).toEqual(['gateway']);
    expect(compose.networks?.internal?.internal).toBe(true);
    for (const name of ['mysql', ...SUBGRAPHS.map((s) => s.name)]) expect({ name, networks: compose.services[name].networks }).toEqual({ name, networks: ['internal'] });
    expect(compose.services.gateway.networks).toEqual(expect.arrayContaining(['internal']));
    expect(compose.services.gateway.networks?.some((n) => !compose.networks?.[n]?.internal)).toBe(true);
  });

  it('gives each subgraph its own MySQL user with rights on its own database only, and no committed password', () => {
    const grants = initStatements.filter((st) => /^GRANT /i.test(st));
    for (const s of SUBGRAPHS) {
      const user = s.defaultDatabase;
      expect(initStatements).toContain(`CREATE USER IF NOT EXISTS '${user}'@'%' IDENTIFIED BY RANDOM PASSWORD`);
      const own = grants.filter((g) => g.includes(`TO '${user}'@'%'`));
      expect(own).toHaveLength(1);
      expect(own[0]).toMatch(new RegExp(` ON ${user}\\.\\* TO `));
      expect(own[0]).not.toMatch(/ALL PRIVILEGES|GRANT OPTION|\bSUPER\b|\bFILE\b/i);
    }
    // Every grant names one subgraph database, never *.* or another store.
    for (const g of grants) expect(g).toMatch(/ ON (agreements|support_contracts|software_catalog|partner_benefits)\.\* TO '\1'@'%'$/);
    const passwords = fs.readFileSync(path.join(root, 'docker', 'mysql-passwords.sh'), 'utf8');
    for (const s of SUBGRAPHS) expect(passwords).toContain(s.defaultDatabase);
  });

  it('runs the production profile: NODE_ENV=production, no demo data, no playground nor introspection, SUBGRAPH_SECRET everywhere', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === 'mysql') continue;
      const env = service.environment ?? {};
      expect({ name, nodeEnv: env.NODE_ENV, secret: env.SUBGRAPH_SECRET }).toEqual({ name, nodeEnv: 'production', secret: expect.stringMatching(/^\$\{SUBGRAPH_SECRET:\?/) });
      expect({ name, seed: env.SEED_DEMO_DATA ?? 'false' }).toEqual({ name, seed: 'false' });
      expect({ name, playground: env.PLAYGROUND ?? 'false', introspection: env.INTROSPECTION ?? 'false' }).toEqual({ name, playground: 'false', introspection: 'false' });
    }
    for (const s of SUBGRAPHS) expect(compose.services[s.name].environment?.SUBGRAPH_HOST).toBe('0.0.0.0');
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('runs %s on its port, its own database, with a readiness check', (name, s) => {
    const service = compose.services[name];
    const env = service.environment ?? {};
    expect(service.ports).toBeUndefined();
    expect(env[`${s.envPrefix}_PORT`]).toBe(String(s.defaultPort));
    const db = parseDatabaseUrl(expandDefaults(env[`${s.envPrefix}_DATABASE_URL`]), name);
    // Its own user, never root: the one whose grants cover only this database.
    expect(db).toMatchObject({ kind: 'mysql', host: 'mysql', port: 3306, database: s.defaultDatabase, user: s.defaultDatabase });
    // The shared image's CMD runs the compiled service SERVICE names; no TypeScript loader in production.
    expect(service.command).toBeUndefined();
    expect(env.SERVICE).toBe(name);
    expect(service.depends_on?.mysql?.condition).toBe('service_healthy');
    expect(service.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${s.defaultPort}/ready`);
    // Outbox relays reach the other subgraphs by service name, signing with the shared secret.
    expect(env.EVENT_SECRET).toMatch(/^\$\{EVENT_SECRET:\?/);
    for (const other of SUBGRAPHS) expect(env[`${other.envPrefix}_URL`]).toBe(`http://${other.name}:${other.defaultPort}/graphql`);
  });

  it('points the gateway at every subgraph by service name and waits for them to be healthy', () => {
    const gateway = compose.services.gateway;
    expect(gateway.ports).toEqual([`${GATEWAY_DEFAULT_PORT}:${GATEWAY_DEFAULT_PORT}`]);
    for (const s of SUBGRAPHS) {
      expect(gateway.environment?.[`${s.envPrefix}_URL`]).toBe(`http://${s.name}:${s.defaultPort}/graphql`);
      expect(gateway.depends_on?.[s.name]?.condition).toBe('service_healthy');
    }
    expect(gateway.command).toBeUndefined();
    expect(gateway.environment?.SERVICE).toBe('gateway');
  });

  it("checks the gateway's health on /ready (supergraph loaded, every subgraph ready), and passes the OTLP endpoint to every service", () => {
    expect(compose.services.gateway.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${GATEWAY_DEFAULT_PORT}/ready`);
    for (const name of ['gateway', ...SUBGRAPHS.map((s) => s.name)]) expect(compose.services[name].environment).toHaveProperty('OTEL_EXPORTER_OTLP_ENDPOINT');
  });

  it('builds the one image once (the gateway\'s entry) and runs it for every service, which restarts unless stopped', () => {
    const apps = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
    const built = Object.entries(compose.services).filter(([, service]) => service.build !== undefined).map(([name]) => name);
    expect(built).toEqual(['gateway']);
    const build = compose.services.gateway.build;
    expect(typeof build === 'string' ? { context: build } : build).toMatchObject({ context: '.' });
    expect(compose.services.gateway.pull_policy).toBe('build');
    const image = compose.services.gateway.image;
    expect(image).toMatch(/^licensing-graph:/);
    for (const name of apps) {
      const service = compose.services[name];
      expect({ name, image: service.image, restart: service.restart }).toEqual({ name, image, restart: 'unless-stopped' });
      // Never pulled from a registry: the image is this repository's build.
      if (name !== 'gateway') expect({ name, pull: service.pull_policy }).toEqual({ name, pull: 'never' });
      // Docker's default 10 s would SIGKILL a service still inside its own shutdown bound.
      expect({ name, graceMs: Number(/^(\d+)s$/.exec(service.stop_grace_period ?? '')?.[1]) * 1000 > SHUTDOWN_BOUND_MS }).toEqual({ name, graceMs: true });
    }
    expect(compose.services.mysql.restart).toBe('unless-stopped');
  });

  it('sets only environment variables the code reads', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === 'mysql') continue;
      for (const variable of Object.keys(service.environment ?? {})) {
        expect({ service: name, variable, known: knownVariables.has(variable) }).toEqual({ service: name, variable, known: true });
      }
    }
  });
});
