/**
 * The container image's HEALTHCHECK: exit 0 when the service named by
 * `SERVICE` answers `GET /health` on its port within 3 s, 1 otherwise.
 * Node's own fetch, so the runtime image needs no curl or wget.
 * Liveness only (process up and serving): readiness (/ready, store reachable)
 * is for the orchestrator's routing, not for restarting a container.
 */
import { readServiceName, servicePort } from '../common/config';

async function main(): Promise<number> {
  const port = servicePort(readServiceName(process.argv[2]));
  const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(3000) });
  return res.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`unhealthy: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
