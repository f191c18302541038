import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import type mysql from 'mysql2/promise';
import { readIdentityConfig } from '../../common/config';
import { DEMO_USERS } from '../../common/demo/users';
import { signToken } from '../../common/identity';
import { TEST_JWT_SECRET, TEST_SUBGRAPH_SECRET } from '../harness/secrets';
import { freePort } from '../harness/freePort';
import { dropDatabases, listOtherProcesses, testDatabaseUrl, withServerConnection } from '../harness/mysql';

/**
 * SIGTERM on a real subgraph process with work in flight. The slow request is
 * made slow for real and deterministically: a separate MariaDB connection
 * holds the contract's row lock, so the submission's conditional UPDATE waits
 * inside its transaction until the test lets go. Between the SIGTERM and the
 * release, the process must refuse new connections yet keep the request; after
 * it, the request completes, the pool closes, the process exits 0 and says so.
 */

const root = path.resolve(__dirname, '..', '..');
const JWT_SECRET = TEST_JWT_SECRET;
const database = `lgt_gs_${crypto.randomBytes(4).toString('hex')}_support_contracts`;
let child: ChildProcess | undefined;
let output = '';
let port: number;

const SUBMIT = `mutation Submit($input: SubmitSupportIncidentInput!) {
  submitSupportIncident(input: $input) { id status contract { id incidentsRemaining } }
}`;
const READ = '{ mySupportActivity(first: 50) { edges { node { id requestNumber } } } mySupportContracts { id incidentsRemaining } }';

async function post(query: string, token: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-gateway-secret': TEST_SUBGRAPH_SECRET },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] } };
}

/** GraphQL operations the process has started (its `/metrics`), over a fresh connection. */
async function operationsServed(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { connection: 'close' } })).text();
  return Number(/graphql_operations_total (\d+)/.exec(text)?.[1]);
}

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/support-contracts/src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      SUPPORT_CONTRACTS_DATABASE_URL: testDatabaseUrl(database),
      SUPPORT_CONTRACTS_PORT: String(port),
      JWT_SECRET,
      SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'info',
      LOG_PRETTY: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`support-contracts did not become ready:\n${output}`);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await dropDatabases([database]);
});

describe('graceful shutdown of a subgraph process', () => {
  it('on SIGTERM refuses new connections, completes the requests in flight, closes the store and exits 0 within 10 s', async () => {
    const token = await signToken(DEMO_USERS.sue, readIdentityConfig({ JWT_SECRET }), '1h');
    const before = await post(READ, token);
    expect(before.body.errors).toBeUndefined();

    // Hold the row lock of the contract the submission will deduct from.
    let releaseLock!: () => void;
    const lockReleased = new Promise<void>((r) => (releaseLock = r));
    let lockHeld!: () => void;
    const lockTaken = new Promise<void>((r) => (lockHeld = r));
    const locker = withServerConnection(async (conn: mysql.Connection) => {
      await conn.query('START TRANSACTION');
      await conn.query(`SELECT incidents_remaining FROM \`${database}\`.support_contract WHERE id = 'sc-contoso-20pack' FOR UPDATE`);
      lockHeld();
      await lockReleased;
      await conn.query('COMMIT');
    });
    await lockTaken;
    let lockOpen = true;
    const release = async () => {
      if (!lockOpen) return;
      lockOpen = false;
      releaseLock();
      await locker;
    };
    // A failed assertion must not leave the row lock held: the database could not be dropped, and
    // other test files' DDL on the shared server would queue behind it.
    try {

      // In flight: five submissions blocked on the lock (each inside its transaction), and a crowd of reads.
      const operationsBefore = await operationsServed();
      const slow = Array.from({ length: 5 }, (_, i) =>
        post(SUBMIT, token, {
          input: { supportContractId: 'sc-contoso-20pack', productId: 'prod-sql-server', severity: 'B', description: 'in flight at SIGTERM', idempotencyKey: `gs-${i}` },
        }),
      );
      const reads = Array.from({ length: 30 }, () => post(READ, token));
      // Wait until the service has received every request (a connection the kernel accepted but whose
      // request the process has not read yet is not in flight: it is closed with the listener) and the
      // five submissions are really waiting on the lock.
      const waitStarted = Date.now();
      for (;;) {
        const waiting = await withServerConnection(async (conn) => {
          const processes = await listOtherProcesses(conn);
          return processes.filter((p) => p.db === database && /^UPDATE.*support_contract/s.test(p.info ?? '')).length;
        });
        if (waiting === 5 && (await operationsServed()) >= operationsBefore + 35) break;
        if (Date.now() - waitStarted > 15_000) throw new Error('the submissions never reached their UPDATE');
        await new Promise((r) => setTimeout(r, 50));
      }

      const exited = new Promise<{ code: number | null; at: number }>((resolve) => child!.once('exit', (code) => resolve({ code, at: Date.now() })));
      const signalledAt = Date.now();
      child!.kill('SIGTERM');
      // Stopping: the listener closes at once, so a new connection is refused while the submission still waits.
      let refused: string | undefined;
      const refuseDeadline = Date.now() + 3000;
      while (!refused && Date.now() < refuseDeadline) {
        refused = await new Promise<string | undefined>((resolve) => {
          const socket = net.connect(port, '127.0.0.1');
          socket.once('connect', () => {
            socket.destroy();
            setTimeout(() => resolve(undefined), 20);
          });
          socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code));
        });
      }
      // Refused outright, or reset if it raced into the closing listener's backlog: either way not served.
      expect(['ECONNREFUSED', 'ECONNRESET']).toContain(refused);
      expect(child!.exitCode).toBeNull();

      await new Promise((r) => setTimeout(r, 500));
      await release();

      const submitted = await Promise.all(slow);
      expect(submitted.map((r) => [r.status, r.body.errors])).toEqual(submitted.map(() => [200, undefined]));
      expect(submitted.map((r) => (r.body.data?.submitSupportIncident as { status: string }).status)).toEqual(Array(5).fill('OPEN'));
      const readResults = await Promise.all(reads);
      expect(readResults.map((r) => [r.status, r.body.errors])).toEqual(readResults.map(() => [200, undefined]));

      const { code, at } = await exited;
      expect(code).toBe(0);
      expect(at - signalledAt).toBeLessThan(10_000);
      const lines = output.split('\n').filter(Boolean).map((l) => {
        try {
          return JSON.parse(l) as { msg?: string; signal?: string };
        } catch {
          return { msg: l };
        }
      });
      expect(lines.some((l) => l.msg === 'stopping' && l.signal === 'SIGTERM')).toBe(true);
      expect(lines[lines.length - 1].msg).toBe('stopped');
      // The committed submission is in the store: it was completed, not cut off.
      const stored = await withServerConnection(async (conn) => {
        const [rows] = await conn.query(`SELECT incidents_remaining AS n FROM \`${database}\`.support_contract WHERE id = 'sc-contoso-20pack'`);
        return Number((rows as { n: number }[])[0].n);
      });
      // All five committed: 17 left before, 12 now.
      expect(stored).toBe(12);
    } finally {
      await release();
    }
  }, 60_000);
});
