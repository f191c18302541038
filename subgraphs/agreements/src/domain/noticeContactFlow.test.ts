import { GraphQLError } from 'graphql';
import { currentStep, requireNextStep, requireRegistered } from './noticeContactFlow';

const t = new Date('2026-06-15T09:00:00.000Z');
const none = { profileValidatedAt: null, termsAcceptedAt: null, registeredAt: null };

function codeOf(fn: () => void): unknown {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as GraphQLError).extensions.code;
  }
}

describe('AGR-3 notice contact steps', () => {
  it('AGR-3 reports the last completed step', () => {
    expect(currentStep(none)).toBe('INVITED');
    expect(currentStep({ ...none, profileValidatedAt: t })).toBe('PROFILE_VALIDATED');
    expect(currentStep({ ...none, profileValidatedAt: t, termsAcceptedAt: t })).toBe('TERMS_ACCEPTED');
    expect(currentStep({ profileValidatedAt: t, termsAcceptedAt: t, registeredAt: t })).toBe('REGISTERED');
  });

  it('AGR-3 allows only the next step; skipping or repeating is OUT_OF_ORDER', () => {
    expect(codeOf(() => requireNextStep(none, 'PROFILE_VALIDATED'))).toBeNull();
    expect(codeOf(() => requireNextStep(none, 'TERMS_ACCEPTED'))).toBe('OUT_OF_ORDER');
    expect(codeOf(() => requireNextStep(none, 'REGISTERED'))).toBe('OUT_OF_ORDER');
    expect(codeOf(() => requireNextStep({ ...none, profileValidatedAt: t }, 'PROFILE_VALIDATED'))).toBe('OUT_OF_ORDER');
  });

  it('AGR-4 needs a registered notice contact (OUT_OF_ORDER before, and without an invitation)', () => {
    expect(codeOf(() => requireRegistered(null))).toBe('OUT_OF_ORDER');
    expect(codeOf(() => requireRegistered({ ...none, profileValidatedAt: t, termsAcceptedAt: t }))).toBe('OUT_OF_ORDER');
    expect(codeOf(() => requireRegistered({ profileValidatedAt: t, termsAcceptedAt: t, registeredAt: t }))).toBeNull();
  });
});
