import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { domainError, ErrorCode, notFound } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { writeOutboxEvent } from '../../../../common/outbox';
import type { CommandContext } from './commandContext';
import { hasProgramContact, newCaseNumber } from '../domain/programSupportCase';
import { ProgramSupportCaseRow, SupportContractRow, type ProgramContactKind } from './entities';

export interface OpenCaseInput {
  supportContractId: string;
}

/** Payload to partner-benefits: which contract's details to re-send. Never the IDs themselves. */
export interface ProgramSupportCaseOpened {
  caseId: string;
  caseNumber: string;
  organizationId: string;
  supportContractId: string;
}

/** partner-benefits' reply: the re-send it recorded, or that it found no program contact of record. */
export interface ProgramSupportCaseDetailsResent {
  caseId: string;
  outcome: 'RESENT' | 'NO_CONTACT_OF_RECORD';
  recipientKind: ProgramContactKind | null;
  recipientEmailMasked: string | null;
  sentAt: string;
}

/** Draws of a case number before giving up (a collision in 10^6 a day is rare; several in a row mean a bug). */
const MAX_ATTEMPTS = 4;

/**
 * SUP-10: a program admin opens a program support case for a contract of its
 * organisation; the case and the outbox event that asks partner-benefits to
 * re-send the IDs to the program contact of record commit together. Nothing
 * here reads, returns or sends the IDs.
 *
 * One OPEN case per contract: the insert is `INSERT IGNORE` against the
 * unique `open_contract_id`, so of two concurrent requests one inserts and
 * the other's insert is ignored (it waits for the winner's commit on MySQL).
 * The loser then reads the open case OUTSIDE its transaction, whose snapshot
 * could predate the winner's commit, and answers CONFLICT with its number.
 * An ignored insert with no open case was a case-number collision: draw again.
 */
export async function openProgramSupportCase(ctx: CommandContext, viewer: Viewer, input: OpenCaseInput): Promise<ProgramSupportCaseRow> {
  const now = ctx.clock.now();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const opened = await ctx.db.transaction(async (tx) => {
      const contract = await tx.getRepository(SupportContractRow).findOneBy({ id: input.supportContractId });
      if (!contract || contract.organizationId !== viewer.orgId) throw notFound('No support contract with this id in your organisation.');
      if (!hasProgramContact(contract.kind)) {
        throw domainError(
          ErrorCode.NO_PROGRAM_CONTACT,
          'This contract did not come with a partner-program benefit, so it has no program contact of record to re-send its IDs to (SUP-10).',
        );
      }
      const row: ProgramSupportCaseRow = {
        id: `psc-${crypto.randomUUID()}`,
        caseNumber: newCaseNumber(now),
        organizationId: contract.organizationId,
        supportContractId: contract.id,
        openContractId: contract.id,
        openedBy: viewer.userId,
        openedAt: now,
        status: 'OPEN',
        eventId: null,
        resentAt: null,
        recipientKind: null,
        recipientEmailMasked: null,
      };
      await tx.createQueryBuilder().insert().into(ProgramSupportCaseRow).values(row).orIgnore().execute();
      if (!(await tx.getRepository(ProgramSupportCaseRow).existsBy({ id: row.id }))) return null;
      const payload: ProgramSupportCaseOpened = { caseId: row.id, caseNumber: row.caseNumber, organizationId: row.organizationId, supportContractId: row.supportContractId };
      const eventId = await writeOutboxEvent(tx, { destination: 'partner-benefits', type: 'ProgramSupportCaseOpened', payload: { ...payload } }, now);
      await tx.getRepository(ProgramSupportCaseRow).update({ id: row.id }, { eventId });
      return { ...row, eventId };
    });
    if (opened) return opened;
    const open = await ctx.db.getRepository(ProgramSupportCaseRow).findOneBy({ openContractId: input.supportContractId });
    if (open) {
      throw domainError(ErrorCode.CONFLICT, `Program support case ${open.caseNumber} is already open for this contract; its details are on their way to the program contact.`, {
        caseNumber: open.caseNumber,
      });
    }
  }
  throw new Error(`no free program support case number after ${MAX_ATTEMPTS} draws`);
}

/**
 * Applies partner-benefits' reply (in the inbox transaction): the case is
 * resolved either way and no longer blocks a new one. Only an OPEN case
 * changes, so a late duplicate cannot rewrite a closed one.
 */
export async function recordCaseOutcome(tx: EntityManager, reply: ProgramSupportCaseDetailsResent): Promise<void> {
  const resent = reply.outcome === 'RESENT';
  await tx.getRepository(ProgramSupportCaseRow).update(
    { id: reply.caseId, status: 'OPEN' },
    {
      status: resent ? 'DETAILS_RESENT' : 'NO_CONTACT_OF_RECORD',
      openContractId: null,
      resentAt: resent ? new Date(reply.sentAt) : null,
      recipientKind: resent ? reply.recipientKind : null,
      recipientEmailMasked: resent ? reply.recipientEmailMasked : null,
    },
  );
}
