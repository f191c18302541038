import pino, { type Logger } from 'pino';
import { readLoggingConfig } from './config';

/**
 * One JSON logger per process. `LOG_PRETTY=1` (set by `npm start`) prints
 * one readable line per event instead; `LOG_LEVEL` picks the level.
 * Keys and download links are redacted wherever they appear, so a careless
 * log call cannot leak them (issue: secrets stay secret).
 */
/** A quoted SQL literal in a driver message (`Duplicate entry '0230242323-…'`). */
const SQL_LITERAL = /'(?:[^'\\]|\\.)*'/g;

function scrubLiterals(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(SQL_LITERAL, "'?'") : value;
}

/**
 * The `err` serializer of every logger. Database errors carry the values of
 * the statement that failed: TypeORM's `parameters`, mysql2's `sql` with the
 * values inlined, and driver messages that quote them. Those values can be
 * credentials (support contract IDs, SUP-11) or personal data, so a logged
 * database error keeps its code, its statement with placeholders (`query`)
 * and its stack, and loses the values, at every depth (`driverError`).
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return scrubDatabaseError(pino.stdSerializers.err(error) as unknown as Record<string, unknown>);
}

function scrubDatabaseError(serialized: Record<string, unknown>, fromDriver = false): Record<string, unknown> {
  const { sql: _sql, parameters: _parameters, ...rest } = serialized;
  const fromDatabase =
    fromDriver || 'driverError' in serialized || 'sqlMessage' in serialized || 'parameters' in serialized || /^(ER_|SQLITE_)/.test(String(serialized.code ?? ''));
  if (fromDatabase) {
    rest.message = scrubLiterals(rest.message);
    rest.sqlMessage = scrubLiterals(rest.sqlMessage);
    rest.stack = scrubLiterals(rest.stack);
  }
  const driver = rest.driverError;
  if (driver && typeof driver === 'object') {
    const nested = driver instanceof Error ? (pino.stdSerializers.err(driver) as unknown as Record<string, unknown>) : (driver as Record<string, unknown>);
    rest.driverError = scrubDatabaseError(nested, true);
  }
  return rest;
}

export function createLogger(service: string, destination?: pino.DestinationStream): Logger {
  const { level, pretty } = readLoggingConfig();
  const options: pino.LoggerOptions = {
    name: service,
    level,
    serializers: { err: serializeError },
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
  if (destination) return pino(options, destination);
  return pretty ? pino(options) : pino(options, pino.destination({ dest: 1, sync: true }));
}

export type { Logger };
