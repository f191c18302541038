import { IsNull } from 'typeorm';
import { conflict, domainError, ErrorCode } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { conflictOnDuplicate } from '../../../../common/duplicateKey';
import { requireNextStep } from '../domain/noticeContactFlow';
import type { StoreContext } from './access';
import { InvitationRow, NoticeContactRow, type AgreementRow } from './entities';
import { newId } from './ids';

/** AGR-3's steps after the invitation. */
export type NoticeContactStepDone = 'PROFILE_VALIDATED' | 'TERMS_ACCEPTED' | 'REGISTERED';
const STEP_COLUMN = { PROFILE_VALIDATED: 'profileValidatedAt', TERMS_ACCEPTED: 'termsAcceptedAt', REGISTERED: 'registeredAt' } as const;

/** AGR-3: records the notice contact of an agreement and its invitation, once. */
export async function inviteNoticeContact(ctx: StoreContext, viewer: Viewer, agreement: AgreementRow, email: string): Promise<NoticeContactRow> {
  const invite = () => ctx.db.transaction(async (tx) => {
    if (await tx.getRepository(NoticeContactRow).existsBy({ agreementId: agreement.id })) {
      throw conflict('This agreement already has a notice contact.');
    }
    const now = ctx.clock.now();
    const row: NoticeContactRow = {
      agreementId: agreement.id,
      email,
      name: null,
      userId: null,
      invitedAt: now,
      profileValidatedAt: null,
      termsAcceptedAt: null,
      registeredAt: null,
    };
    await tx.getRepository(NoticeContactRow).insert(row);
    await tx.getRepository(InvitationRow).insert({
      id: newId('inv', now),
      agreementId: agreement.id,
      kind: 'NOTICE_CONTACT',
      email,
      designationId: null,
      invitedAt: now,
      invitedBy: viewer.userId,
    });
    return row;
  });
  return conflictOnDuplicate(invite, 'This agreement already has a notice contact.');
}

/**
 * Runs one AGR-3 step in one transaction: the row is read inside the
 * transaction, the step order checked, and the step written only if it is
 * still undone (a conditional UPDATE, so two racing calls cannot both win).
 */
export async function completeNoticeContactStep(
  ctx: StoreContext,
  viewer: Viewer,
  agreementId: string,
  step: NoticeContactStepDone,
  check: (row: NoticeContactRow, viewer: Viewer) => void,
  extra: Partial<NoticeContactRow> = {},
): Promise<NoticeContactRow> {
  return ctx.db.transaction(async (tx) => {
    const repo = tx.getRepository(NoticeContactRow);
    const row = await repo.findOneBy({ agreementId });
    if (!row) throw domainError(ErrorCode.OUT_OF_ORDER, 'The notice contact has not been invited yet.', { currentStep: null });
    requireNextStep(row, step);
    check(row, viewer);
    const column = STEP_COLUMN[step];
    const result = await repo.update({ agreementId, [column]: IsNull() }, { ...extra, [column]: ctx.clock.now() });
    if (!result.affected) throw domainError(ErrorCode.OUT_OF_ORDER, `Step ${step} was just completed by another request.`);
    return repo.findOneByOrFail({ agreementId });
  });
}
