import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { ManualClock } from '../../common/clock';
import { parseDatabaseUrl, readSubgraphConfig } from '../../common/config';
import { openStore, type OpenedStore } from '../../common/database';
import type { Viewer } from '../../common/identity';
import { createLogger } from '../../common/logger';
import { supportContractsSubgraph } from '../../subgraphs/support-contracts/src/server';
import { SupportContractRow, SupportIncidentRow } from '../../subgraphs/support-contracts/src/store/entities';
import { submitIncident } from '../../subgraphs/support-contracts/src/store/supportCommands';
import { dropDatabases, listOtherProcesses, testDatabaseUrl } from '../harness/mysql';

/**
 * SUP-5 at the store, on MariaDB: what one submission costs in statements,
 * and the balance its answer shows, also when another transaction changed
 * the balance between the submission's read and its deduction.
 */
const clock = new ManualClock('2026-06-15T09:00:00.000Z');
const logger = createLogger('submit-statements-test');
logger.level = 'error';
const sue: Viewer = { userId: 'user-sue', email: 'sue@contoso.example', orgId: 'org-contoso', orgKind: 'CUSTOMER', roles: new Set(['support_user']) };
const database = `lgt_${crypto.randomBytes(4).toString('hex')}_submit`;
let store: OpenedStore;

beforeAll(async () => {
  const config = readSubgraphConfig('support-contracts', { SUPPORT_CONTRACTS_DATABASE_URL: testDatabaseUrl(database), JWT_SECRET: 'x'.repeat(32), EVENT_SECRET: 'y'.repeat(32) });
  store = await openStore(config.database, supportContractsSubgraph.store, logger);
  await supportContractsSubgraph.seed?.({ db: store.dataSource, clock, logger, config });
}, 60_000);

afterAll(async () => {
  await store?.dataSource.destroy();
  await dropDatabases([database]);
});

const ctx = () => ({ db: store.dataSource, clock, logger });
const input = (supportContractId: string, idempotencyKey: string) => ({ supportContractId, productId: 'prod-sql-server', severity: 'B' as const, description: 'd', idempotencyKey });
const balance = async (id: string) => (await store.dataSource.getRepository(SupportContractRow).findOneByOrFail({ id })).incidentsRemaining;

async function insertContract(id: string, accessId: string, remaining: number): Promise<void> {
  await store.dataSource.getRepository(SupportContractRow).insert({
    id, accessId, contractId: accessId, organizationId: 'org-contoso', kind: 'PRODUCT_SUPPORT', scope: 'ALL', label: 'Test pack',
    incidentsGranted: 10, incidentsRemaining: remaining, advisoryHoursGranted: 0, advisoryHoursRemaining: 0,
    startsAt: new Date('2026-01-01T00:00:00.000Z'), expiresAt: new Date('2027-01-01T00:00:00.000Z'),
  });
}

describe('SUP-5 a submission at the store', () => {
  it('SUP-5 costs six statements (transaction, one read, the deduction, the incident, the outbox event) and answers with the balance it left', async () => {
    await insertContract('sc-count', '0900000101', 7);
    const before = store.counter.total;
    const { incident, contract } = await submitIncident(ctx(), sue, input('sc-count', 'count-1'));
    expect(store.counter.total - before).toBe(6);
    expect(contract).toMatchObject({ id: 'sc-count', incidentsRemaining: 6 });
    expect(await balance('sc-count')).toBe(6);
    expect(incident).toMatchObject({ supportContractId: 'sc-count', idempotencyKey: 'count-1', status: 'OPEN' });

    // A retry reads, finds its first submission and writes nothing.
    const retryFrom = store.counter.total;
    const retry = await submitIncident(ctx(), sue, input('sc-count', 'count-1'));
    expect(retry.incident.id).toBe(incident.id);
    expect(retry.incident.createdAt).toEqual(incident.createdAt);
    expect(store.counter.total - retryFrom).toBe(4);
    expect(await balance('sc-count')).toBe(6);
  });

  it('SUP-5 a balance changed by another transaction after the read is deducted from what it became, and the answer does not claim a balance', async () => {
    await insertContract('sc-moved', '0900000102', 5);
    const server = parseDatabaseUrl(testDatabaseUrl(database), 'TEST');
    if (server.kind !== 'mysql') throw new Error('MySQL only');
    const other = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
    try {
      // Another submission's deduction, not committed yet: it holds the row.
      await other.query('START TRANSACTION');
      await other.query("UPDATE support_contract SET incidents_remaining = incidents_remaining - 1 WHERE id = 'sc-moved'");
      // This one reads 5 (the committed balance), then waits on the row with its `= 5` deduction.
      const submission = submitIncident(ctx(), sue, input('sc-moved', 'moved-1'));
      await waitForLockWait(other, 'sc-moved');
      await other.query('COMMIT');
      const { contract } = await submission;
      expect(contract).toBeNull();
      expect(await balance('sc-moved')).toBe(3);
      expect(await store.dataSource.getRepository(SupportIncidentRow).countBy({ supportContractId: 'sc-moved' })).toBe(1);
    } finally {
      await other.end();
    }
  });

  it('SUP-5 INCIDENTS_EXHAUSTED when another transaction took the last incident after the read; nothing is written', async () => {
    await insertContract('sc-last', '0900000103', 1);
    const server = parseDatabaseUrl(testDatabaseUrl(database), 'TEST');
    if (server.kind !== 'mysql') throw new Error('MySQL only');
    const other = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
    try {
      await other.query('START TRANSACTION');
      await other.query("UPDATE support_contract SET incidents_remaining = incidents_remaining - 1 WHERE id = 'sc-last'");
      const submission = submitIncident(ctx(), sue, input('sc-last', 'last-1')).then(
        () => null,
        (err: { extensions?: { code?: string } }) => err.extensions?.code,
      );
      await waitForLockWait(other, 'sc-last');
      await other.query('COMMIT');
      expect(await submission).toBe('INCIDENTS_EXHAUSTED');
      expect(await balance('sc-last')).toBe(0);
      expect(await store.dataSource.getRepository(SupportIncidentRow).countBy({ supportContractId: 'sc-last' })).toBe(0);
    } finally {
      await other.end();
    }
  });
});

describe('SUP-5 a submission at the store on SQLite (npm start without MySQL)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lgt-submit-'));
  let lite: OpenedStore;
  beforeAll(async () => {
    const config = readSubgraphConfig('support-contracts', { SUPPORT_CONTRACTS_DATABASE_URL: `sqlite:${path.join(dir, 'support.sqlite')}`, JWT_SECRET: 'x'.repeat(32), EVENT_SECRET: 'y'.repeat(32) });
    lite = await openStore(config.database, supportContractsSubgraph.store, logger);
    await supportContractsSubgraph.seed?.({ db: lite.dataSource, clock, logger, config });
  });
  afterAll(async () => {
    await lite?.dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('SUP-5 the same statements answer alike: the deducted balance, the same incident for a retry, CONFLICT for a key reused', async () => {
    const db = lite.dataSource;
    const { incident, contract } = await submitIncident({ db, clock, logger }, sue, input('sc-contoso-20pack', 'lite-1'));
    expect(contract).toMatchObject({ id: 'sc-contoso-20pack', incidentsRemaining: 16, expiresAt: expect.any(Date) });
    expect((await db.getRepository(SupportContractRow).findOneByOrFail({ id: 'sc-contoso-20pack' })).incidentsRemaining).toBe(16);
    const retry = await submitIncident({ db, clock, logger }, sue, input('sc-contoso-20pack', 'lite-1'));
    expect(retry).toEqual({ incident: await db.getRepository(SupportIncidentRow).findOneByOrFail({ id: incident.id }), contract: null });
    await expect(submitIncident({ db, clock, logger }, sue, { ...input('sc-contoso-20pack', 'lite-1'), severity: 'A' })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(submitIncident({ db, clock, logger }, sue, input('sc-nope', 'lite-2'))).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await db.getRepository(SupportContractRow).findOneByOrFail({ id: 'sc-contoso-20pack' })).incidentsRemaining).toBe(16);
  });
});

/** Until the submission's deduction on `contractId` runs (it waits for the row lock `conn` holds; mysql2 sends the values inline). */
async function waitForLockWait(conn: mysql.Connection, contractId: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const processes = await listOtherProcesses(conn);
    if (processes.some(({ info }) => /^UPDATE.*support_contract.*/s.test(info ?? '') && (info ?? '').includes(contractId))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the submission never waited for the row');
}
