import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../../common/logger';

/**
 * `GATEWAY_WORKERS=N`: N gateway processes on one host, sharing its port
 * through node:cluster (the primary accepts and hands connections out). The
 * gateway holds no state besides caches (shared through Redis when
 * REDIS_URL is set), so any worker can answer any request.
 *
 * The primary serves nothing itself: it forks the workers, forks a new one
 * when one dies (not faster than one per second after a burst of deaths, so a
 * worker that cannot start does not spin), and on SIGTERM/SIGINT passes the
 * signal to every worker (each drains its requests, common/runService.ts) and
 * exits once all have, 0 if they all exited cleanly.
 */
export function runWorkers(count: number, logger: Logger, boundMs = 15_000): void {
  let stopping = false;
  const recentDeaths: number[] = [];
  const exitCodes: number[] = [];
  const fork = () => {
    const worker = cluster.fork();
    logger.info({ worker: worker.id, pid: worker.process.pid }, 'gateway worker started');
  };
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) {
      // A worker stopped by the signal before it had set up its own handling had nothing in flight.
      exitCodes.push(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1));
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all gateway workers stopped');
        process.exit(exitCodes.every((c) => c === 0) ? 0 : 1);
      }
      return;
    }
    logger.error({ worker: worker.id, code, signal }, 'gateway worker died; starting another');
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length > 0 && now - recentDeaths[0] > 10_000) recentDeaths.shift();
    if (recentDeaths.length > count) setTimeout(fork, 1000);
    else fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping gateway workers');
    const timer = setTimeout(() => {
      logger.error('gateway workers took too long to stop; exiting');
      process.exit(1);
    }, boundMs);
    timer.unref();
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(0);
    for (const w of workers) w.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < count; i += 1) fork();
}

/** True in the process that should run a gateway (a worker, or the only process when workers = 1). */
export function servesRequests(count: number): boolean {
  return count <= 1 || !cluster.isPrimary;
}
