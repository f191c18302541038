import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger } from './logger';

/** SUP-11: a failed statement's values (contract IDs) never reach a log line, at any depth of the error. */
function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('logger err serializer', () => {
  it('SUP-11 drops parameters, inlined SQL and quoted values of a database error, keeping code and statement', () => {
    const driverError = Object.assign(new Error("Duplicate entry '0230242323-1000200030' for key 'uq_pair'"), {
      code: 'ER_DUP_ENTRY',
      sqlMessage: "Duplicate entry '0230242323-1000200030' for key 'uq_pair'",
      sql: "INSERT INTO support_contract (access_id, contract_id) VALUES ('0230242323', '1000200030')",
    });
    const error = new QueryFailedError('INSERT INTO support_contract (access_id, contract_id) VALUES (?, ?)', ['0230242323', '1000200030'], driverError);
    const { lines, stream } = capture();
    createLogger('test', stream).error({ err: error }, 'unexpected error while resolving');
    const line = lines.join('');
    expect(line).not.toMatch(/0230242323|1000200030/);
    expect(line).toContain('ER_DUP_ENTRY');
    expect(line).toContain('VALUES (?, ?)');
  });

  it('leaves other errors as pino logs them', () => {
    const { lines, stream } = capture();
    createLogger('test', stream).error({ err: new Error("no such user 'ann'") }, 'boom');
    expect(JSON.parse(lines[0]).err).toMatchObject({ type: 'Error', message: "no such user 'ann'" });
  });
});
