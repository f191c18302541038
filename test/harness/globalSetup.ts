import { TEST_MYSQL_URL, withServerConnection } from './mysql';

/** Fails the run at once, with the fix, when the test MySQL server is not reachable. */
export default async function globalSetup(): Promise<void> {
  try {
    await withServerConnection((conn) => conn.query('SELECT 1'));
  } catch (err) {
    throw new Error(
      `The integration tests need MySQL/MariaDB at ${TEST_MYSQL_URL} (set TEST_MYSQL_URL). ` +
        `Start it (e.g. bash .ci/run does) and try again. Cause: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
