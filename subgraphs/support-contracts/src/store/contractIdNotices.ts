import type { EntityManager } from 'typeorm';
import { writeOutboxEvent, type NewOutboxEvent } from '../../../../common/outbox/events';
import { packageIdOf } from '../domain/legacyContractIds';
import { ContractIdNoticeRow, type NoticeRecipient, type SupportContractRow } from './entities';

/** Contracts that back partner benefits, whose details go to a program contact (PB-4). */
const BENEFIT_KINDS: ReadonlySet<string> = new Set(['PARTNER_BENEFIT', 'SIGNATURE_CLOUD_SUPPORT']);

/**
 * SUP-11: a re-issued pair goes to the contact of record, inside the caller's
 * transaction (`tx`): for a partner benefit contract an outbox event to
 * partner-benefits, which records the re-send to the package's program
 * contact (the PB-4 path); for SA Problem Resolution a notice for the
 * agreement's notice contact (agreements has no path that sends contract
 * details); for any other contract a notice for the owning organisation's
 * admins. Every re-send is also a `contract_id_notice` row. The event and the
 * notices name contracts, never their IDs: the pair does not travel.
 */
/** How an event enters the outbox: `writeOutboxEvent` at run time; a data migration passes the insert its schema had. */
type OutboxWriter = (tx: EntityManager, event: NewOutboxEvent, now: Date) => Promise<string>;

export async function sendReissuedPairs(
  tx: EntityManager,
  contracts: readonly SupportContractRow[],
  reason: string,
  now: Date,
  writeEvent: OutboxWriter = writeOutboxEvent,
): Promise<void> {
  const byPackage = new Map<string, string[]>();
  const partnerBenefits: string[] = [];
  const notices: Omit<ContractIdNoticeRow, 'id'>[] = [];
  for (const contract of contracts) {
    const packageId = packageIdOf(contract.id, contract.kind);
    if (packageId) {
      byPackage.set(packageId, [...(byPackage.get(packageId) ?? []), contract.id]);
      continue;
    }
    if (BENEFIT_KINDS.has(contract.kind)) {
      // Not named after a package (e.g. seeded): partner-benefits finds the package by the entitlements it backs.
      partnerBenefits.push(contract.id);
      continue;
    }
    const agreementNotice = contract.id.startsWith('sc-sa-');
    const recipient: NoticeRecipient = agreementNotice ? 'AGREEMENT_NOTICE_CONTACT' : 'ORGANIZATION_ADMINS';
    const sourceId = agreementNotice ? contract.id.slice('sc-sa-'.length) : contract.organizationId;
    notices.push({ supportContractId: contract.id, reason, recipient, sourceId, eventId: null, createdAt: now });
  }
  for (const [packageId, supportContractIds] of byPackage) {
    const eventId = await writeEvent(
      tx,
      { destination: 'partner-benefits', type: 'SupportContractIdsReissued', payload: { packageId, supportContractIds, reason } },
      now,
    );
    for (const supportContractId of supportContractIds) {
      notices.push({ supportContractId, reason, recipient: 'PROGRAM_CONTACT', sourceId: packageId, eventId, createdAt: now });
    }
  }
  if (partnerBenefits.length > 0) {
    const eventId = await writeEvent(
      tx,
      { destination: 'partner-benefits', type: 'SupportContractIdsReissued', payload: { supportContractIds: partnerBenefits, reason } },
      now,
    );
    for (const supportContractId of partnerBenefits) {
      notices.push({ supportContractId, reason, recipient: 'PROGRAM_CONTACT', sourceId: supportContractId, eventId, createdAt: now });
    }
  }
  if (notices.length > 0) await tx.getRepository(ContractIdNoticeRow).insert(notices);
}
