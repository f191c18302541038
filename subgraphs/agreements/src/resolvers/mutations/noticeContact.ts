import { newId } from '../../store/ids';
import { IsNull } from 'typeorm';
import { badInput, conflict, domainError, ErrorCode, forbidden } from '../../../../../common/errors';
import { requireRole, type Viewer } from '../../../../../common/identity';
import { sameEmail } from '../../domain/access';
import { requireNextStep } from '../../domain/noticeContactFlow';
import { conflictOnDuplicate } from '../../../../../common/duplicateKey';
import { InvitationRow, NoticeContactRow } from '../../store/entities';
import type { AgreementsContext } from '../context';
import { agreementForChange, requiredEmail, requiredText } from './guards';

type Step = 'PROFILE_VALIDATED' | 'TERMS_ACCEPTED' | 'REGISTERED';
const STEP_COLUMN = { PROFILE_VALIDATED: 'profileValidatedAt', TERMS_ACCEPTED: 'termsAcceptedAt', REGISTERED: 'registeredAt' } as const;

/**
 * Runs one AGR-3 step in one transaction: the row is read inside the
 * transaction, the step order checked, and the step written only if it is
 * still undone (a conditional UPDATE, so two racing calls cannot both win).
 */
async function runStep(
  ctx: AgreementsContext,
  agreementId: string,
  step: Step,
  check: (row: NoticeContactRow, viewer: Viewer) => void,
  extra: Partial<NoticeContactRow> = {},
): Promise<NoticeContactRow> {
  const { viewer } = await agreementForChange(ctx, agreementId);
  requireRole(viewer, 'notice_contact');
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

/** Later steps come from the user who validated the profile. */
function sameUser(row: NoticeContactRow, viewer: Viewer): void {
  if (row.userId !== viewer.userId) throw forbidden('Only the notice contact who validated the profile may continue.');
}

export const noticeContactMutations = {
  async inviteNoticeContact(_: unknown, { input }: { input: { agreementId: string; email: string } }, ctx: AgreementsContext) {
    const email = requiredEmail(input.email, 'email');
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
    requireRole(viewer, 'global_admin');
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
  },

  async validateNoticeContactProfile(
    _: unknown,
    { input }: { input: { agreementId: string; name: string; email: string } },
    ctx: AgreementsContext,
  ) {
    const name = requiredText(input.name, 'name');
    const email = requiredEmail(input.email, 'email');
    return runStep(
      ctx,
      input.agreementId,
      'PROFILE_VALIDATED',
      (row, viewer) => {
        // The token proves who signs in: only the invited person may take the invitation.
        if (!sameEmail(row.email, viewer.email)) throw forbidden('This invitation was sent to another e-mail address.');
        if (!sameEmail(email, row.email)) throw badInput('The e-mail must be the invited one.', 'email');
      },
      { name, userId: ctx.viewer?.userId ?? null },
    );
  },

  acceptNoticeContactTerms(_: unknown, { agreementId }: { agreementId: string }, ctx: AgreementsContext) {
    return runStep(ctx, agreementId, 'TERMS_ACCEPTED', sameUser);
  },

  async enterAgreementNumber(_: unknown, { input }: { input: { agreementId: string; number: string } }, ctx: AgreementsContext) {
    const { agreement } = await agreementForChange(ctx, input.agreementId);
    return runStep(ctx, input.agreementId, 'REGISTERED', (row, viewer) => {
      sameUser(row, viewer);
      // Exact comparison: leading zeros are part of the number.
      if (input.number.trim() !== agreement.number) throw badInput('That is not this agreement\'s number.', 'number');
    });
  },
};
