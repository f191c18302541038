import { QueryFailedError } from 'typeorm';
import { conflictOnDuplicate, isDuplicateKey } from './duplicateKey';

function queryFailed(code: string): QueryFailedError {
  return new QueryFailedError('INSERT INTO t VALUES (?)', ['x'], Object.assign(new Error(code), { code }));
}

describe('duplicate-key detection (one copy for every subgraph)', () => {
  it('knows a lost race on a key from MySQL or SQLite, wrapped by TypeORM or raw from the driver', () => {
    expect(isDuplicateKey(queryFailed('ER_DUP_ENTRY'))).toBe(true);
    expect(isDuplicateKey(queryFailed('SQLITE_CONSTRAINT_UNIQUE'))).toBe(true);
    expect(isDuplicateKey(queryFailed('SQLITE_CONSTRAINT_PRIMARYKEY'))).toBe(true);
    expect(isDuplicateKey(Object.assign(new Error('dup'), { code: 'ER_DUP_ENTRY' }))).toBe(true);
  });

  it('is not fooled by other failures or by what is not an error', () => {
    expect(isDuplicateKey(queryFailed('ER_LOCK_DEADLOCK'))).toBe(false);
    expect(isDuplicateKey(queryFailed('SQLITE_CONSTRAINT_FOREIGNKEY'))).toBe(false);
    expect(isDuplicateKey(new Error('boom'))).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
    expect(isDuplicateKey('ER_DUP_ENTRY')).toBe(false);
  });

  it('turns a lost race into CONFLICT and lets any other failure through', async () => {
    await expect(conflictOnDuplicate(() => Promise.reject(queryFailed('ER_DUP_ENTRY')), 'taken')).rejects.toMatchObject({ message: 'taken', extensions: { code: 'CONFLICT' } });
    await expect(conflictOnDuplicate(() => Promise.reject(new Error('boom')), 'taken')).rejects.toThrow('boom');
    await expect(conflictOnDuplicate(() => Promise.resolve(7), 'taken')).resolves.toBe(7);
  });
});
