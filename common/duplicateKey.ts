import { conflict } from './errors';

/**
 * Whether a write failed on a primary or unique key (MySQL/MariaDB
 * `ER_DUP_ENTRY`, SQLite `SQLITE_CONSTRAINT_PRIMARYKEY`/`_UNIQUE`): two
 * racing requests both passed the "does it exist" check, the store let only
 * one write win. TypeORM wraps the driver's error (`driverError`); a raw
 * driver error carries the code itself.
 */
export function isDuplicateKey(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, driverError } = err as { code?: unknown; driverError?: { code?: unknown } };
  const found = driverError?.code ?? code;
  return found === 'ER_DUP_ENTRY' || found === 'SQLITE_CONSTRAINT_PRIMARYKEY' || found === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs a write; a lost race on a key becomes `CONFLICT` with the given message instead of a masked internal error. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(message);
    throw err;
  }
}
