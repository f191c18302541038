import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../common/clock';
import { readIdentityConfig, readSubgraphConfig } from '../../common/config';
import { DEMO_USERS } from '../../common/demo/users';
import { GATEWAY_SECRET_HEADER } from '../../common/gatewaySecret';
import { signToken } from '../../common/identity';
import { closeServer, createSubgraphService, listen, type SubgraphService } from '../../common/subgraphServer';
import { SUBGRAPH_DEFINITIONS } from '../../subgraphs/definitions';
import { SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import { startReplicationPair, type ReplicationPair, type ThrowawayServer } from '../harness/mariadbPair';
import { TEST_EVENT_SECRET, TEST_JWT_SECRET, TEST_SUBGRAPH_SECRET } from '../harness/secrets';

/**
 * A read replica (docs/scaling.md): support-contracts on a real
 * MariaDB primary with one replica following it (throwaway servers of the
 * test's own). Queries read the replica, mutations and every read that builds
 * their answer use the primary, so a submission's answer shows the balance
 * it just deducted even while the replica lags.
 */
let pair: ReplicationPair;
let service: SubgraphService;
let server: http.Server;
let url: string;
let token: string;

async function comSelect(db: ThrowawayServer): Promise<number> {
  const [row] = await db.query<{ Value: string }[]>("SHOW GLOBAL STATUS LIKE 'Com_select'");
  return Number(row.Value);
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [GATEWAY_SECRET_HEADER]: TEST_SUBGRAPH_SECRET },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

// The subgraph's own part of the submission's answer (Product's name lives in the catalog).
const SUBMIT = `mutation($input: SubmitSupportIncidentInput!) { submitSupportIncident(input: $input) { id contract { id incidentsRemaining } } }`;
const BALANCES = `{ mySupportContracts { id incidentsRemaining } }`;
const balanceSeen = async (id: string) =>
  (await graphql<{ mySupportContracts: { id: string; incidentsRemaining: number }[] }>(BALANCES)).mySupportContracts.find((c) => c.id === id)?.incidentsRemaining;

beforeAll(async () => {
  pair = await startReplicationPair();
  const config = readSubgraphConfig('support-contracts', {
    JWT_SECRET: TEST_JWT_SECRET,
    EVENT_SECRET: TEST_EVENT_SECRET,
    SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    SUPPORT_CONTRACTS_DATABASE_URL: `${pair.primary.url}/support_contracts`,
    SUPPORT_CONTRACTS_READ_DATABASE_URLS: `${pair.replica.url}/support_contracts`,
    SEED_DEMO_DATA: 'true',
    OUTBOX_SWEEP_MS: '0',
    DB_POOL_SIZE: '3',
  });
  service = await createSubgraphService(SUBGRAPH_DEFINITIONS['support-contracts'], config, {
    clock: new ManualClock('2026-06-15T09:00:00.000Z'),
    eventTarget: () => undefined,
  });
  await service.outbox?.relay()?.startUpDone;
  server = await listen(service.handler, 0, '127.0.0.1');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  token = await signToken(DEMO_USERS.sue, readIdentityConfig({ JWT_SECRET: TEST_JWT_SECRET }), '1h');
  // Migrations, seed and the test's contract were written on the primary; the replica has them once caught up.
  await service.store.primary.getRepository(SupportContractRow).insert({
    id: 'sc-replica',
    accessId: '0900000077',
    contractId: '0900000077',
    organizationId: 'org-contoso',
    kind: 'PRODUCT_SUPPORT',
    scope: 'ALL',
    label: 'Replica Pack',
    incidentsGranted: 10,
    incidentsRemaining: 10,
    advisoryHoursGranted: 0,
    advisoryHoursRemaining: 0,
    startsAt: new Date('2026-03-01T00:00:00.000Z'),
    expiresAt: new Date('2027-03-01T00:00:00.000Z'),
  });
  await pair.caughtUp();
}, 90_000);

afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await closeServer(server);
  }
  await service?.close();
  await pair?.stop();
}, 30_000);

describe('support-contracts with a read replica', () => {
  it('SUP-9 queries are served by the replica, not the primary', async () => {
    const [p0, r0] = [await comSelect(pair.primary), await comSelect(pair.replica)];
    expect(await balanceSeen('sc-replica')).toBe(10);
    const [p1, r1] = [await comSelect(pair.primary), await comSelect(pair.replica)];
    expect(r1 - r0).toBeGreaterThan(0);
    expect(p1 - p0).toBe(0);
  });

  it('SUP-5 a submission writes and reads the primary: its answer shows the deducted balance while the replica lags, which then catches up', async () => {
    // The replica stops applying what it receives: as lagged as a replica can be.
    await pair.replica.query('STOP SLAVE SQL_THREAD');
    try {
      const [p0, r0] = [await comSelect(pair.primary), await comSelect(pair.replica)];
      const answer = await graphql<{ submitSupportIncident: { id: string; contract: { id: string; incidentsRemaining: number } } }>(SUBMIT, {
        input: { supportContractId: 'sc-replica', productId: 'prod-sql-server', severity: 'B', description: 'Replica test', idempotencyKey: 'replica-1' },
      });
      const [p1, r1] = [await comSelect(pair.primary), await comSelect(pair.replica)];
      // Every read of the mutation, its answer's included, went to the primary.
      expect(answer.submitSupportIncident.contract).toEqual({ id: 'sc-replica', incidentsRemaining: 9 });
      expect(p1 - p0).toBeGreaterThan(0);
      expect(r1 - r0).toBe(0);
      // The write is on the primary only, for now; a query reads the lagging replica (the documented window).
      const [onPrimary] = await pair.primary.query<{ n: number }[]>("SELECT incidents_remaining AS n FROM support_contracts.support_contract WHERE id = 'sc-replica'");
      expect(Number(onPrimary.n)).toBe(9);
      expect(await balanceSeen('sc-replica')).toBe(10);
    } finally {
      await pair.replica.query('START SLAVE SQL_THREAD');
    }
    await pair.caughtUp();
    expect(await balanceSeen('sc-replica')).toBe(9);
  });
});
