import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { freePort } from './freePort';

const run = promisify(execFile);

/** One throwaway MariaDB server of a replication pair. */
export interface ThrowawayServer {
  port: number;
  url: string;
  /** Runs one statement as root on this server. */
  query<T = Record<string, unknown>[]>(sql: string, params?: unknown[]): Promise<T>;
}

export interface ReplicationPair {
  primary: ThrowawayServer;
  replica: ThrowawayServer;
  /** Waits until the replica has applied everything the primary has written so far. */
  caughtUp(timeoutSeconds?: number): Promise<void>;
  /** Stops both servers and removes their folders. */
  stop(): Promise<void>;
}

/**
 * A real MariaDB primary and replica on free ports, for the read-replica
 * test: the shared server on 3306 has binary logging off, so the harness
 * starts its own. One data folder is initialised (mariadb-install-db, owned
 * by `mysql`) and copied for the replica; the primary logs binary changes,
 * the replica follows it by GTID. About 10 s on these machines.
 */
export async function startReplicationPair(): Promise<ReplicationPair> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'lgt-repl-'));
  const children: ChildProcess[] = [];
  const connections: mysql.Connection[] = [];
  const stop = async () => {
    await Promise.all(connections.map((c) => c.end().catch(() => undefined)));
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    fs.rmSync(base, { recursive: true, force: true });
  };
  try {
    const primaryDir = path.join(base, 'primary');
    const replicaDir = path.join(base, 'replica');
    fs.mkdirSync(primaryDir);
    fs.chmodSync(base, 0o755);
    await run('chown', ['mysql:mysql', primaryDir]);
    await run('mariadb-install-db', [
      '--no-defaults',
      '--user=mysql',
      `--datadir=${primaryDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    await run('cp', ['-a', primaryDir, replicaDir]);

    const start = async (dir: string, serverId: number): Promise<ThrowawayServer> => {
      const port = await freePort();
      let output = '';
      const child = spawn(
        'mariadbd',
        [
          '--no-defaults',
          '--user=mysql',
          `--datadir=${dir}`,
          `--port=${port}`,
          '--bind-address=127.0.0.1',
          `--socket=${path.join(dir, 'mysqld.sock')}`,
          `--pid-file=${path.join(dir, 'mysqld.pid')}`,
          `--server-id=${serverId}`,
          ...(serverId === 1 ? [`--log-bin=${path.join(dir, 'binlog')}`] : []),
          '--innodb-buffer-pool-size=32M',
          '--skip-name-resolve',
          '--performance-schema=OFF',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.push(child);
      child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
      const deadline = Date.now() + 30_000;
      let conn: mysql.Connection | undefined;
      while (!conn) {
        if (child.exitCode !== null) throw new Error(`mariadbd exited:\n${output}`);
        if (Date.now() > deadline) throw new Error(`mariadbd did not listen within 30 s:\n${output}`);
        conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' }).catch(() => undefined);
        if (!conn) await new Promise((r) => setTimeout(r, 200));
      }
      connections.push(conn);
      const server = conn;
      return {
        port,
        url: `mysql://root@127.0.0.1:${port}`,
        async query<T>(sql: string, params: unknown[] = []) {
          const [rows] = await server.query(sql, params);
          return rows as T;
        },
      };
    };
    const [primary, replica] = await Promise.all([start(primaryDir, 1), start(replicaDir, 2)]);
    await replica.query(
      `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primary.port}, MASTER_USER = 'root', MASTER_PASSWORD = '', MASTER_USE_GTID = slave_pos`,
    );
    await replica.query('START SLAVE');
    const caughtUp = async (timeoutSeconds = 20) => {
      const [{ pos }] = await primary.query<{ pos: string }[]>('SELECT @@gtid_binlog_pos AS pos');
      const [{ waited }] = await replica.query<{ waited: number }[]>('SELECT MASTER_GTID_WAIT(?, ?) AS waited', [pos, timeoutSeconds]);
      if (Number(waited) !== 0) throw new Error(`the replica did not reach ${pos} within ${timeoutSeconds} s`);
    };
    return { primary, replica, caughtUp, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
