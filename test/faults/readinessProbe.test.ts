import type { DataSource } from 'typeorm';
import { storeIsReachable } from '../../common/database';

/** `/ready` probes the store for real and never hangs on it (a hung database reads as not ready). */
function fakeStore(query: () => Promise<unknown>, isInitialized = true): DataSource {
  return { isInitialized, query } as unknown as DataSource;
}

describe('readiness probe (storeIsReachable)', () => {
  it('is ready when SELECT 1 answers', async () => {
    const sql: string[] = [];
    const store = fakeStore(async () => sql.push('SELECT 1'));
    expect(await storeIsReachable(store)).toBe(true);
    expect(sql).toEqual(['SELECT 1']);
  });

  it('is not ready when the statement fails (a killed or refused connection)', async () => {
    expect(await storeIsReachable(fakeStore(() => Promise.reject(new Error('Connection lost: The server closed the connection.'))))).toBe(false);
  });

  it('is not ready, within its bound, when the database does not answer', async () => {
    const started = Date.now();
    expect(await storeIsReachable(fakeStore(() => new Promise(() => undefined)), 200)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is not ready before the store is open or after it closed', async () => {
    expect(await storeIsReachable(fakeStore(async () => [], false))).toBe(false);
  });
});
