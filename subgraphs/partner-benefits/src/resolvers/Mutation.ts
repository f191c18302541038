import { badInput } from '../../../../common/errors';
import { requireRole } from '../../../../common/identity';
import { EMEA_REQUIRED_FIELDS } from '../domain/activationChannel';
import { looksLikeEmail } from '../domain/detailsRecipient';
import type { MutationResolvers } from '../generated/resolvers';
import { activateSelfService, requestActivation } from '../store/activationCommands';
import { requestAdvisory } from '../store/advisoryCommands';

/** Longest requester field we accept (names, companies, phones). */
const MAX_FIELD = 120;
/** Matches `benefit_package.recipient_email`. */
const MAX_EMAIL = 200;
/** Matches `advisory_request.topic`. */
const MAX_TOPIC = 500;

export const Mutation: MutationResolvers = {
  /** PB-2, PB-3, PB-4, PB-9. */
  requestBenefitActivation(_, { input }, ctx) {
    const viewer = requireRole(ctx.viewer, 'program_admin', 'global_admin');
    for (const field of EMEA_REQUIRED_FIELDS) {
      if ((input[field]?.length ?? 0) > MAX_FIELD) throw badInput(`${field} is longer than ${MAX_FIELD} characters.`, field);
    }
    if (input.email && !looksLikeEmail(input.email)) throw badInput('email is not an e-mail address.', 'email');
    return requestActivation(ctx.db, viewer, input, ctx.clock, ctx.logger);
  },

  /** PB-11. */
  activateBenefitSelfService(_, { input }, ctx) {
    const viewer = requireRole(ctx.viewer, 'program_admin', 'global_admin');
    const alternate = input.alternateEmail?.trim();
    if (alternate && (alternate.length > MAX_EMAIL || !looksLikeEmail(alternate))) throw badInput('alternateEmail is not an e-mail address.', 'alternateEmail');
    return activateSelfService(ctx.db, viewer, input.packageId, alternate, ctx.clock, ctx.logger);
  },

  /** PB-10: allowed before activation; needs a partner membership (any program). */
  requestAdvisory(_, { input }, ctx) {
    const viewer = requireRole(ctx.viewer, 'program_admin', 'global_admin', 'support_user');
    const topic = input.topic.trim();
    if (topic.length === 0 || topic.length > MAX_TOPIC) throw badInput(`topic must be 1 to ${MAX_TOPIC} characters.`, 'topic');
    return requestAdvisory(ctx.db, viewer, topic, ctx.clock);
  },
};
