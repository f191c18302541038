import { badInput, forbidden, notFound } from '../../../../../common/errors';
import { requireViewer, type Viewer } from '../../../../../common/identity';
import { isEmail } from '../../domain/access';
import type { AgreementRow } from '../../store/entities';
import type { AgreementsContext } from '../context';

/**
 * The agreement a mutation changes, for a member of its organisation.
 * Another organisation's agreement is NOT_FOUND (existence does not leak);
 * analysts read everything but change nothing (FORBIDDEN).
 */
export async function agreementForChange(ctx: AgreementsContext, agreementId: string): Promise<{ viewer: Viewer; agreement: AgreementRow }> {
  const viewer = requireViewer(ctx.viewer);
  const agreement = await ctx.loaders.agreementById.load(agreementId);
  if (agreement && viewer.orgId === agreement.organizationId) return { viewer, agreement };
  if (agreement && viewer.roles.has('analyst')) throw forbidden('Analysts have read-only access.');
  throw notFound(`No agreement ${agreementId} in your organisation.`);
}

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
