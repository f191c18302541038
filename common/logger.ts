import pino, { type Logger } from 'pino';

/**
 * One JSON logger per process. `LOG_PRETTY=1` (set by `npm start`) prints
 * one readable line per event instead; `LOG_LEVEL` picks the level.
 * Keys and download links are redacted wherever they appear, so a careless
 * log call cannot leak them (issue: secrets stay secret).
 */
export function createLogger(service: string): Logger {
  const pretty = process.env.LOG_PRETTY === '1';
  const options: pino.LoggerOptions = {
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
    redact: {
      paths: ['*.productKey', '*.key', '*.downloadUrl', '*.shareUrl', '*.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
    transport: pretty
      ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,name', singleLine: true } }
      : undefined,
  };
  // Synchronous writes: the last lines before process.exit (a fatal start-up error, "stopped") must not be lost.
  // Services log events, not every request, so this costs nothing on the hot path.
  return pretty ? pino(options) : pino(options, pino.destination({ dest: 1, sync: true }));
}

export type { Logger };
