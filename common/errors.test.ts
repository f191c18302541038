import { QueryFailedError } from 'typeorm';
import { createFormatError, isLostStoreConnection } from './errors';
import { createLogger } from './logger';

describe('error masking', () => {
  const formatError = createFormatError(createLogger('test'));

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with no detail, although Apollo already labelled it so', () => {
    // Apollo hands formatError an unknown error with extensions.code INTERNAL_SERVER_ERROR and the raw message.
    const raw = 'ER_PARSE_ERROR near SELECT * FROM secrets';
    const out = formatError({ message: raw, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error(raw));
    expect(out).toEqual({ message: 'Internal server error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('tells the client to retry, with STORE_UNAVAILABLE, when the database connection was lost', () => {
    const driverError = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });
    const wrapped = new QueryFailedError('UPDATE support_contract SET ...', [], driverError);
    expect(isLostStoreConnection(wrapped)).toBe(true);
    const apolloShape = { message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(formatError(apolloShape, wrapped).extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
    expect(JSON.stringify(formatError(apolloShape, wrapped))).not.toContain('support_contract');
  });

  it('passes coded errors through without a stack trace', () => {
    expect(formatError({ message: 'No such contract', extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } }, null)).toEqual({
      message: 'No such contract',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
