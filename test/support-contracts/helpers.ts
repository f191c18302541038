import crypto from 'node:crypto';
import type { Stack } from '../harness/stack';
import { SupportContractRow } from '../../subgraphs/support-contracts/src/store/entities';
import type { DemoUserHandle } from '../../common/demo/users';

/** Inserts a contract straight into the support store (test arrange step). */
export async function insertContract(stack: Stack, row: Partial<SupportContractRow> & Pick<SupportContractRow, 'id' | 'accessId' | 'contractId' | 'organizationId'>): Promise<void> {
  await stack.subgraphs['support-contracts'].service.store.dataSource.getRepository(SupportContractRow).insert({
    kind: 'PRODUCT_SUPPORT',
    scope: 'ALL',
    label: 'Test Pack',
    incidentsGranted: 10,
    incidentsRemaining: 10,
    advisoryHoursGranted: 0,
    advisoryHoursRemaining: 0,
    startsAt: new Date('2026-03-01T00:00:00.000Z'),
    expiresAt: new Date('2027-03-01T00:00:00.000Z'),
    ...row,
  });
}

/**
 * The fewest SQL statements support-contracts ran for `run`, over three runs. The store's counter counts
 * everything the process does, and the stack's relays (and receivers) may still be settling earlier tests'
 * events; an N+1 would show in every run, a relay pass in one.
 */
export async function leastStatements(stack: Stack, run: () => Promise<unknown>): Promise<number> {
  const sub = stack.subgraphs['support-contracts'];
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const before = sub.sqlStatements();
    await run();
    runs.push(sub.sqlStatements() - before);
  }
  return Math.min(...runs);
}

/** The balance in the store, read directly. */
export async function balanceOf(stack: Stack, id: string): Promise<number> {
  const row = await stack.subgraphs['support-contracts'].service.store.dataSource.getRepository(SupportContractRow).findOneByOrFail({ id });
  return row.incidentsRemaining;
}

export const SUBMIT = `
  mutation Submit($input: SubmitSupportIncidentInput!) {
    submitSupportIncident(input: $input) {
      id requestNumber severity responseTimeMinutes respondBy title status createdAt
      contract { id incidentsRemaining }
      product { id name }
    }
  }`;

export const LINK = `
  mutation Link($input: LinkSupportContractInput!) {
    linkSupportContract(input: $input) { id accessId contractId displayName incidentsRemaining }
  }`;

export const CLOSE = `
  mutation Close($input: CloseSupportIncidentInput!) {
    closeSupportIncident(input: $input) { id status closedAt contract { id incidentsRemaining } }
  }`;

export interface SubmitArgs {
  supportContractId: string;
  productId: string;
  severity?: 'A' | 'B' | 'C';
  description?: string;
  idempotencyKey: string;
}

export function submit(stack: Stack, as: DemoUserHandle, args: SubmitArgs) {
  return stack.queryGateway<{ submitSupportIncident: Record<string, unknown> & { id: string } }>(SUBMIT, {
    as,
    variables: { input: { severity: 'B', description: 'Something broke', ...args } },
  });
}

/**
 * The first (derived) scheme's formula for contract IDs (SUP-11), copied on
 * purpose and kept in the tests only: they must keep recognising the old
 * pairs whatever the production code does.
 */
export function oldDigitsFrom(seed: string, length: number, prefix = ''): string {
  const hex = crypto.createHash('sha256').update(seed).digest('hex');
  let digits = prefix;
  for (const ch of hex) {
    if (digits.length >= length) break;
    digits += String(parseInt(ch, 16) % 10);
  }
  return digits;
}
