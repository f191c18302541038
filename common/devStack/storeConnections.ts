import type mysql from 'mysql2/promise';
import { listOtherProcesses, withServerConnection } from './mysqlServer';

/**
 * Cutting one store's MariaDB connections without stopping the shared server
 * (other test files use it at the same time): the connections are found in
 * the server's process list by the store's database name and `KILL`ed
 * from a separate connection, which is what the service sees when its
 * database restarts: every open connection dies, open transactions roll back.
 */

/** Kills every connection currently using `database`; returns how many. */
export async function killStoreConnections(database: string): Promise<number> {
  return withServerConnection(async (conn) => killWith(conn, database));
}

async function killWith(conn: mysql.Connection, database: string): Promise<number> {
  const victims = (await listOtherProcesses(conn)).filter((p) => p.db === database);
  let killed = 0;
  for (const { id } of victims) {
    try {
      await conn.query(`KILL CONNECTION ${Number(id)}`);
      killed += 1;
    } catch {
      // Gone already (it ended between the look-up and the KILL).
    }
  }
  return killed;
}

export interface ConnectionKiller {
  /** Connections killed so far. */
  killed(): number;
  /** Rounds of look-up-and-kill so far. */
  rounds(): number;
  stop(): Promise<void>;
}

/**
 * Kills `database`'s connections in a loop every `pauseMs` (0: as fast as the
 * server answers, so the store is effectively away: any connection the pool
 * opens dies within a millisecond or two) until stopped.
 */
export function startKilling(database: string, pauseMs: number): ConnectionKiller {
  let stopping = false;
  let killed = 0;
  let rounds = 0;
  const done = withServerConnection(async (conn) => {
    while (!stopping) {
      killed += await killWith(conn, database);
      rounds += 1;
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
      else await new Promise((r) => setImmediate(r));
    }
  });
  return {
    killed: () => killed,
    rounds: () => rounds,
    async stop() {
      stopping = true;
      await done;
    },
  };
}
