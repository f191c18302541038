import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

/** ISO-8601 instant in UTC, e.g. `2026-11-23T09:00:00.000Z`. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO-8601 string in UTC, e.g. 2026-11-23T09:00:00.000Z.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be an ISO-8601 string.');
    return parseInstant(ast.value);
  },
});

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw badInput('DateTime must be an ISO-8601 string with a time zone, e.g. 2026-11-23T09:00:00Z.');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`"${value}" is not a valid DateTime.`);
  return date;
}

/** Calendar date `YYYY-MM-DD` (UTC). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date as an ISO-8601 string, e.g. 2026-11-23.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    const text = String(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) throw new TypeError(`Date cannot represent ${text}`);
    return text.slice(0, 10);
  },
  parseValue(value) {
    return parseCalendarDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('Date must be a string YYYY-MM-DD.');
    return parseCalendarDate(ast.value);
  },
});

function parseCalendarDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw badInput('Date must be a calendar date YYYY-MM-DD.');
  }
  return value;
}

export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar };
