import { domainError, ErrorCode } from '../../../../common/errors';

/**
 * AGR-3: the notice contact's onboarding is a fixed sequence. Each mutation
 * names the step it performs; it runs only when the previous step is done
 * and its own is not, otherwise `OUT_OF_ORDER` says what comes next.
 */
export const NOTICE_CONTACT_STEPS = ['INVITED', 'PROFILE_VALIDATED', 'TERMS_ACCEPTED', 'REGISTERED'] as const;
export type NoticeContactStep = (typeof NOTICE_CONTACT_STEPS)[number];

/** The timestamps a notice contact row keeps, one per step after the invitation. */
export interface NoticeContactProgress {
  profileValidatedAt: Date | null;
  termsAcceptedAt: Date | null;
  registeredAt: Date | null;
}

/** The last step completed. */
export function currentStep(p: NoticeContactProgress): NoticeContactStep {
  if (p.registeredAt) return 'REGISTERED';
  if (p.termsAcceptedAt) return 'TERMS_ACCEPTED';
  if (p.profileValidatedAt) return 'PROFILE_VALIDATED';
  return 'INVITED';
}

const NEXT_ACTION: Record<NoticeContactStep, string> = {
  INVITED: 'validate the profile (validateNoticeContactProfile)',
  PROFILE_VALIDATED: 'accept the terms (acceptNoticeContactTerms)',
  TERMS_ACCEPTED: 'enter the agreement number (enterAgreementNumber)',
  REGISTERED: 'designate services administrators',
};

/** Throws `OUT_OF_ORDER` unless `step` is the one directly after the current step. */
export function requireNextStep(p: NoticeContactProgress, step: Exclude<NoticeContactStep, 'INVITED'>): void {
  const current = currentStep(p);
  const expected = NOTICE_CONTACT_STEPS[NOTICE_CONTACT_STEPS.indexOf(current) + 1];
  if (expected !== step) {
    throw domainError(ErrorCode.OUT_OF_ORDER, `The notice contact is at step ${current}; next: ${NEXT_ACTION[current]}.`, {
      currentStep: current,
    });
  }
}

/** AGR-4 needs a registered notice contact: throws `OUT_OF_ORDER` before. */
export function requireRegistered(p: NoticeContactProgress | null): void {
  const current = p ? currentStep(p) : null;
  if (current !== 'REGISTERED') {
    throw domainError(
      ErrorCode.OUT_OF_ORDER,
      current
        ? `The notice contact must finish onboarding first (step ${current}; next: ${NEXT_ACTION[current]}).`
        : 'Invite the notice contact first (inviteNoticeContact).',
      { currentStep: current },
    );
  }
}
