import type http from 'node:http';
import type { Logger } from './logger';
import { closeServer } from './subgraphServer';

/**
 * Process lifecycle for one service: on SIGTERM or SIGINT stop accepting,
 * let in-flight requests finish, close the store, exit 0; exit 1 if that takes
 * longer than the bound. A failed start exits 1 with the reason.
 *
 * Keep-alive: `server.close()` only waits for open sockets, and closes the
 * ones idle at that instant. A request in flight at the signal would leave its
 * socket open (idle, kept alive for the client) after its response, and the
 * close would hang until the bound. So once stopping, every response, in
 * flight or arriving on an already open socket, says `Connection: close` and
 * its socket is closed after it; a sweep closes sockets that become idle.
 */
/** Longest a service takes to stop after SIGTERM; container stop periods and Kubernetes grace periods must exceed it. */
export const SHUTDOWN_BOUND_MS = 10_000;

export function handleShutdown(server: http.Server, close: () => Promise<void>, logger: Logger, boundMs = SHUTDOWN_BOUND_MS): void {
  let stopping = false;
  const inFlight = new Set<http.ServerResponse>();
  // Registered after the app's listener: it only bookkeeps, the app answers.
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    if (stopping) {
      if (!res.headersSent) res.shouldKeepAlive = false;
      return;
    }
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: inFlight.size }, 'stopping');
    const timer = setTimeout(() => {
      logger.error({ inFlight: inFlight.size }, 'shutdown took too long; exiting');
      process.exit(1);
    }, boundMs);
    timer.unref();
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    closeServer(server)
      .finally(() => clearInterval(sweep))
      .then(close)
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

export function runMain(main: () => Promise<void>, logger: Logger): void {
  main().catch((err: unknown) => {
    logger.fatal({ err }, 'failed to start');
    process.exit(1);
  });
}
