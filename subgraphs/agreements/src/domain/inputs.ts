import { badInput } from '../../../../common/errors';
import { isEmail } from './access';
import { SA_SERVICE_KINDS, type SaServiceKind } from './saEntitlements';

/** Argument checks shared by the mutations: each raises BAD_USER_INPUT naming the field. */

/** A trimmed, non-empty text of bounded length, or BAD_USER_INPUT naming the field. */
export function requiredText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (!text || text.length > max) throw badInput(`${field} must be 1 to ${max} characters.`, field);
  return text;
}

/** A well-formed e-mail address, or BAD_USER_INPUT naming the field. */
export function requiredEmail(value: string, field: string): string {
  const text = value.trim();
  if (!isEmail(text)) throw badInput(`${field} must be an e-mail address.`, field);
  return text;
}

/** A known SA service. */
export function serviceInput(value: string): SaServiceKind {
  if (!(SA_SERVICE_KINDS as readonly string[]).includes(value)) throw badInput(`Unknown SA service ${value}.`, 'service');
  return value as SaServiceKind;
}

/** At least one right, each a known service, without duplicates. */
export function rightsInput(rights: readonly string[]): SaServiceKind[] {
  const unique = [...new Set(rights)];
  if (unique.length === 0) throw badInput('Grant at least one SA service.', 'rights');
  for (const r of unique) if (!(SA_SERVICE_KINDS as readonly string[]).includes(r)) throw badInput(`Unknown SA service ${r}.`, 'rights');
  return unique as SaServiceKind[];
}
