import type { Logger } from '../../../common/logger';

/** A periodic job of the subgraph's `background` hook. */
export interface ScheduledJob {
  stop(): Promise<void>;
}

/**
 * Runs `run` once now, then every `intervalMs` (never two runs at once: a
 * run waits for the previous one). `intervalMs` 0 turns the job off. A
 * failed run is logged and the next one tries again; `stop` awaits the run in
 * flight so the store is never closed under it.
 */
export function scheduledJob(name: string, intervalMs: number, run: () => Promise<unknown>, logger: Logger): ScheduledJob {
  // `!(… > 0)` also catches a missing value: setInterval would otherwise fire every millisecond.
  if (!(intervalMs > 0)) return { stop: async () => undefined };
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(run).catch((err: unknown) => logger.error({ err, job: name }, `${name} job failed`));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
