/**
 * Whether a write failed on a unique index (MySQL/MariaDB `ER_DUP_ENTRY`,
 * SQLite `SQLITE_CONSTRAINT_*`): two concurrent identical calls race on the
 * index, and the loser is answered CONFLICT rather than a server error.
 */
export function isDuplicateKey(err: unknown): boolean {
  const code = (err as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
