import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../../common/config';
import { openStore } from '../../common/database';
import { createLogger } from '../../common/logger';
import { startStack, type Stack } from '../harness/stack';
import { dropDatabases, testDatabaseUrl } from '../harness/mysql';
import { eventually } from '../outbox/helpers';
import { supportStore } from '../../subgraphs/support-contracts/src/store';
import { ContractIdNoticeRow, SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import { InitialSchema1764000000001 } from '../../subgraphs/support-contracts/src/store/migrations/1764000000001-InitialSchema';
import { Incidents1764000000002 } from '../../subgraphs/support-contracts/src/store/migrations/1764000000002-Incidents';
import { Outbox1764000000003 } from '../../subgraphs/support-contracts/src/store/migrations/1764000000003-Outbox';
import { reissueDerivedIds, REISSUE_REASON } from '../../subgraphs/support-contracts/src/store/migrations/1764000000005-ReissueDerivedContractIds';
import { oldDigitsFrom } from './helpers';

/**
 * SUP-11: migrations 1764000000004/5 re-issue every pair the first scheme
 * derived from public ids, drop links to those contracts, and send the new
 * pair to the contact of record. Run for real: a store migrated up to 3,
 * given old-scheme contracts and links, then opened with every migration.
 */


const logger = createLogger('migration-test');
const BEFORE_SUP11 = { entities: supportStore.entities, migrations: [InitialSchema1764000000001, Incidents1764000000002, Outbox1764000000003] };
const start = new Date('2026-02-01T00:00:00.000Z');
const year = new Date('2027-02-01T00:00:00.000Z');

function contract(id: string, kind: SupportContractRow['kind'], accessId: string, contractId: string, organizationId: string, label = 'Test'): SupportContractRow {
  return {
    id, kind, accessId, contractId, organizationId, label, scope: kind === 'SIGNATURE_CLOUD_SUPPORT' ? 'CLOUD' : 'ALL',
    incidentsGranted: 10, incidentsRemaining: 10, advisoryHoursGranted: 0, advisoryHoursRemaining: 0, startsAt: start, expiresAt: year,
  };
}

/** The contracts the derived scheme made for an SA agreement and a partner package with Signature Cloud, plus one hand-issued contract. */
function oldSchemeContracts(agreementId: string, packageId: string, orgId: string): SupportContractRow[] {
  const scsAccess = oldDigitsFrom(`pb-scs-access:${packageId}`, 10, '003');
  return [
    contract(`sc-sa-${agreementId}`, 'SA_PROBLEM_RESOLUTION', oldDigitsFrom(`sa-access:${agreementId}`, 10, '04'), oldDigitsFrom(`sa-contract:${agreementId}`, 10, '2'), 'org-contoso'),
    contract(`sc-pb-${packageId}`, 'PARTNER_BENEFIT', oldDigitsFrom(`pb-access:${packageId}`, 10, '023'), oldDigitsFrom(`pb-contract:${packageId}`, 10, '7'), orgId, '20Pack Partner Support Silver'),
    contract(`sc-pb-${packageId}-scs`, 'SIGNATURE_CLOUD_SUPPORT', scsAccess, oldDigitsFrom(`pb-scs-contract:${packageId}`, 7, '4'), orgId, `26 SCS-5300400-unk (${scsAccess.slice(0, 4)}xxxxx)`),
    // Same id pattern, IDs not derived (e.g. entered by hand): left alone.
    contract(`sc-pb-hand-issued`, 'PARTNER_BENEFIT', '0231234567', '7123456789', orgId),
  ];
}

/** A link as the pre-SUP-11 table held it (no revocation columns yet). */
async function insertOldLink(db: DataSource, userId: string, contractId: string): Promise<void> {
  await db.query('INSERT INTO contract_link (user_id, contract_id, organization_id, linked_at) VALUES (?, ?, ?, ?)', [userId, contractId, 'org-fabrikam', '2026-03-01 00:00:00.000']);
}

const stores: { kind: string; config: () => DatabaseConfig; cleanup: () => Promise<void> }[] = (() => {
  const database = `lgt_mig_${crypto.randomBytes(4).toString('hex')}`;
  const file = path.join(os.tmpdir(), `lgt-mig-${crypto.randomBytes(4).toString('hex')}.sqlite`);
  return [
    { kind: 'MySQL', config: () => parseDatabaseUrl(testDatabaseUrl(database), 'TEST_MYSQL_URL'), cleanup: () => dropDatabases([database]) },
    { kind: 'SQLite', config: () => ({ kind: 'sqlite', file }), cleanup: async () => fs.rmSync(file, { force: true }) },
  ];
})();

describe.each(stores)('SUP-11 migration on $kind', ({ config, cleanup }) => {
  afterAll(cleanup);

  it('SUP-11 re-issues every derived pair (SA, partner benefit, SCS with its label), drops their links, records the re-sends, and adds the unique Access ID', async () => {
    const old = oldSchemeContracts('agr-mig-ea', 'bp-mig-core', 'org-wingtip');
    const early = await openStore(config(), BEFORE_SUP11, logger);
    await early.dataSource.getRepository(SupportContractRow).insert(old);
    for (const c of old) await insertOldLink(early.dataSource, 'user-bob', c.id);
    await early.dataSource.destroy();

    const migrated = await openStore(config(), supportStore, logger);
    try {
      const db = migrated.dataSource;
      const rows = await db.getRepository(SupportContractRow).find({ order: { id: 'ASC' } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const [sa, pb, scs, hand] = old.map((c) => byId.get(c.id)!);
      expect(sa.accessId).toMatch(/^04\d{8}$/);
      expect(sa.contractId).toMatch(/^2\d{9}$/);
      expect(pb.accessId).toMatch(/^023\d{7}$/);
      expect(pb.contractId).toMatch(/^7\d{9}$/);
      expect(scs.accessId).toMatch(/^003\d{7}$/);
      expect(scs.contractId).toMatch(/^4\d{6}$/);
      for (const [before, after] of [[old[0], sa], [old[1], pb], [old[2], scs]]) {
        expect(after.accessId).not.toBe(before.accessId);
        expect(after.contractId).not.toBe(before.contractId);
      }
      expect(scs.label).toBe(`26 SCS-5300400-unk (${scs.accessId.slice(0, 4)}xxxxx)`);
      expect(hand).toEqual(old[3]);

      const links: { contract_id: string }[] = await db.query('SELECT contract_id FROM contract_link ORDER BY contract_id');
      expect(links.map((l) => l.contract_id)).toEqual(['sc-pb-hand-issued']);

      const events: { destination: string; type: string; payload: string; status: string }[] = await db.query('SELECT destination, type, payload, status FROM outbox_event');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ destination: 'partner-benefits', type: 'SupportContractIdsReissued', status: 'PENDING' });
      expect(JSON.parse(events[0].payload)).toEqual({ packageId: 'bp-mig-core', supportContractIds: ['sc-pb-bp-mig-core', 'sc-pb-bp-mig-core-scs'], reason: REISSUE_REASON });
      // The pair never travels: not in the event, not in the notices.
      for (const id of [pb.accessId, pb.contractId, scs.accessId, scs.contractId]) expect(events[0].payload).not.toContain(id);

      const notices = await db.getRepository(ContractIdNoticeRow).find({ order: { supportContractId: 'ASC' } });
      expect(notices.map((n) => [n.supportContractId, n.recipient, n.sourceId, n.eventId === null])).toEqual([
        ['sc-pb-bp-mig-core', 'PROGRAM_CONTACT', 'bp-mig-core', false],
        ['sc-pb-bp-mig-core-scs', 'PROGRAM_CONTACT', 'bp-mig-core', false],
        ['sc-sa-agr-mig-ea', 'AGREEMENT_NOTICE_CONTACT', 'agr-mig-ea', true],
      ]);

      // The Access ID is unique from now on.
      await expect(db.getRepository(SupportContractRow).insert(contract('sc-dup', 'PRODUCT_SUPPORT', sa.accessId, '1111111111', 'org-fabrikam'))).rejects.toThrow();
      // Nothing derived is left: running the re-issue again changes nothing.
      const again = db.createQueryRunner();
      await again.startTransaction();
      try {
        expect(await reissueDerivedIds(again)).toEqual([]);
      } finally {
        await again.rollbackTransaction();
        await again.release();
      }
    } finally {
      await migrated.dataSource.destroy();
    }
  }, 60_000);
});

describe('SUP-11 re-issue on a running graph', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('SUP-11 PB-4 the re-send reaches partner-benefits, which records it for the package\'s program contact of record; the linker loses the contract, the owner sees the new pair', async () => {
    const support = stack.subgraphs['support-contracts'].service.store.dataSource;
    const [, pb, scs] = oldSchemeContracts('agr-unused', 'bp-wingtip-core', 'org-wingtip');
    await support.getRepository(SupportContractRow).insert([pb, scs]);
    await support.query('INSERT INTO contract_link (user_id, contract_id, organization_id, linked_at) VALUES (?, ?, ?, ?)', ['user-bob', pb.id, 'org-fabrikam', new Date('2026-06-01T00:00:00Z')]);

    const q = support.createQueryRunner();
    await q.startTransaction();
    try {
      expect(await reissueDerivedIds(q, stack.clock.now())).toEqual([pb.id, scs.id]);
      await q.commitTransaction();
    } finally {
      await q.release();
    }

    const benefits = stack.subgraphs['partner-benefits'].service.store.dataSource;
    const { value: resends } = await eventually(async () => {
      const rows: { support_contract_id: string; recipient_kind: string; recipient_name: string; recipient_email: string; reason: string }[] = await benefits.query(
        "SELECT support_contract_id, recipient_kind, recipient_name, recipient_email, reason FROM benefit_details_resend WHERE package_id = 'bp-wingtip-core' ORDER BY support_contract_id",
      );
      return rows.length === 2 ? rows : undefined;
    });
    expect(resends).toEqual([
      { support_contract_id: pb.id, recipient_kind: 'HEADQUARTERS_CONTACT', recipient_name: 'Will Program', recipient_email: 'will@wingtip.example', reason: REISSUE_REASON },
      { support_contract_id: scs.id, recipient_kind: 'HEADQUARTERS_CONTACT', recipient_name: 'Will Program', recipient_email: 'will@wingtip.example', reason: REISSUE_REASON },
    ]);

    const bobs = await stack.queryGateway<{ myLinkedSupportContracts: unknown[] }>('{ myLinkedSupportContracts { id } }', { as: 'bob' });
    expect(bobs.data?.myLinkedSupportContracts).toEqual([]);
    const wills = await stack.queryGateway<{ mySupportContracts: { id: string; accessId: string }[] }>('{ mySupportContracts { id accessId } }', { as: 'will' });
    const now = wills.data?.mySupportContracts.find((c) => c.id === pb.id);
    expect(now?.accessId).toMatch(/^023\d{7}$/);
    expect(now?.accessId).not.toBe(pb.accessId);
    const guessed = await stack.queryGateway('mutation($a: String!, $c: String!) { linkSupportContract(input: { accessId: $a, contractId: $c }) { id } }', { as: 'bob', variables: { a: pb.accessId, c: pb.contractId } });
    expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
