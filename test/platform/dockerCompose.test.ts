import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENT_VARIABLES, parseDatabaseUrl } from '../../common/config';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from '../../common/services';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const root = path.resolve(__dirname, '..', '..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const knownVariables = new Set(ENVIRONMENT_VARIABLES.map((v) => v.name));

/** `${NAME:-default}` as compose would expand it with nothing set. */
function expandDefaults(value: string): string {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml matches the code', () => {
  it('has MySQL, the gateway and one service per subgraph', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'mysql', ...SUBGRAPHS.map((s) => s.name)].sort());
  });

  it('creates every subgraph database in MySQL', () => {
    const init = fs.readFileSync(path.join(root, 'docker', 'mysql-init.sql'), 'utf8');
    for (const s of SUBGRAPHS) expect(init).toContain(`CREATE DATABASE IF NOT EXISTS ${s.defaultDatabase} `);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('runs %s on its port, its own database, with a readiness check', (name, s) => {
    const service = compose.services[name];
    const env = service.environment ?? {};
    expect(service.ports).toEqual([`${s.defaultPort}:${s.defaultPort}`]);
    expect(env[`${s.envPrefix}_PORT`]).toBe(String(s.defaultPort));
    const db = parseDatabaseUrl(expandDefaults(env[`${s.envPrefix}_DATABASE_URL`]), name);
    expect(db).toMatchObject({ kind: 'mysql', host: 'mysql', port: 3306, database: s.defaultDatabase });
    const entry = service.command?.find((part) => part.endsWith('.ts'));
    expect(entry).toBe(`subgraphs/${name}/src/index.ts`);
    expect(fs.existsSync(path.join(root, entry!))).toBe(true);
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
    expect(gateway.command).toContain('gateway/src/index.ts');
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
