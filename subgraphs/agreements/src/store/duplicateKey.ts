import { QueryFailedError } from 'typeorm';
import { conflict } from '../../../../common/errors';

/**
 * Whether a write failed on a primary or unique key (MySQL/MariaDB
 * `ER_DUP_ENTRY`, SQLite `SQLITE_CONSTRAINT_PRIMARYKEY`/`_UNIQUE`): two
 * racing requests both passed the "does it exist" check, the store let only
 * one write win.
 */
export function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string } | undefined;
  const code = driverError?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
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
