import type http from 'node:http';
import type { Logger } from './logger';
import { closeServer } from './subgraphServer';

/**
 * Process lifecycle for one service: on SIGTERM or SIGINT stop accepting,
 * let in-flight requests finish, close the store, exit 0; exit 1 if that takes
 * longer than the bound. A failed start exits 1 with the reason.
 */
export function handleShutdown(server: http.Server, close: () => Promise<void>, logger: Logger, boundMs = 10_000): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, boundMs);
    timer.unref();
    closeServer(server)
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
