import { badInput } from '../../../../common/errors';

/** Longest Access ID or Contract ID we accept (the store keeps 20 characters). */
export const MAX_ID_DIGITS = 20;

/**
 * SUP-2: Access ID and Contract ID are digit strings. They are kept exactly as
 * typed (no trimming, no number conversion) so `0230242323` never becomes
 * `230242323`; anything else is refused, naming the field and why.
 */
export function parseDigitId(value: string, field: 'accessId' | 'contractId'): string {
  const label = field === 'accessId' ? 'Access ID' : 'Contract ID';
  if (value.length === 0) throw badInput(`${label} is empty: it must be 1 to ${MAX_ID_DIGITS} digits.`, field);
  if (value.length > MAX_ID_DIGITS) throw badInput(`${label} has ${value.length} characters: at most ${MAX_ID_DIGITS} digits.`, field);
  if (!/^[0-9]+$/.test(value)) {
    throw badInput(`${label} must contain only the digits 0-9 (leading zeros are kept); got "${value}".`, field);
  }
  return value;
}
