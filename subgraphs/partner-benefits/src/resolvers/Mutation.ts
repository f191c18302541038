import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, domainError, ErrorCode, notFound } from '../../../../common/errors';
import { requireRole, type Viewer } from '../../../../common/identity';
import { missingRequesterFields } from '../domain/activationChannel';
import { activatePackage } from '../domain/activateBenefit';
import { looksLikeEmail, selfServiceRecipient } from '../domain/detailsRecipient';
import { AdvisoryRequestRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from '../store/entities';
import type { MutationResolvers } from '../generated/resolvers';

/** Longest requester field we accept (names, companies, phones). */
const MAX_FIELD = 120;
/** Matches `benefit_package.recipient_email`. */
const MAX_EMAIL = 200;

/** The viewer's membership and the package, scoped to the viewer's organisation (another org's package is NOT_FOUND). */
async function ownPackage(tx: EntityManager, viewer: Viewer, packageId: string): Promise<{ membership: PartnerMembershipRow; pkg: BenefitPackageRow }> {
  const membership = await tx.getRepository(PartnerMembershipRow).findOneBy({ organizationId: viewer.orgId });
  const pkg = membership ? await tx.getRepository(BenefitPackageRow).findOneBy({ id: packageId, membershipId: membership.id }) : null;
  if (!membership || !pkg) throw notFound('No such benefit package in your organisation.');
  return { membership, pkg };
}

export const Mutation: MutationResolvers = {
  /** PB-2, PB-3, PB-4, PB-9. */
  async requestBenefitActivation(_, { input }, ctx) {
    const viewer = requireRole(ctx.viewer, 'program_admin', 'global_admin');
    for (const field of ['partnerId', 'email', 'name', 'company', 'phone', 'city', 'country'] as const) {
      if ((input[field]?.length ?? 0) > MAX_FIELD) throw badInput(`${field} is longer than ${MAX_FIELD} characters.`, field);
    }
    if (input.email && !looksLikeEmail(input.email)) throw badInput('email is not an e-mail address.', 'email');
    return ctx.db.transaction(async (tx) => {
      const { membership, pkg } = await ownPackage(tx, viewer, input.packageId);
      const location = await tx.getRepository(PartnerLocationRow).findOneBy({ id: pkg.locationId });
      if (!location) throw notFound('The benefit package has no location on record.');
      const missing = missingRequesterFields(location.region, input);
      if (missing.length > 0) {
        throw domainError(ErrorCode.MISSING_FIELDS, `An EMEA activation request must carry: ${missing.join(', ')} (PB-9).`, { missingFields: missing });
      }
      return activatePackage(tx, membership, pkg, { mode: 'REQUESTED', activatedBy: viewer.userId, recipient: null }, ctx.clock.now(), ctx.logger);
    });
  },

  /** PB-11. */
  async activateBenefitSelfService(_, { input }, ctx) {
    const viewer = requireRole(ctx.viewer, 'program_admin', 'global_admin');
    const alternate = input.alternateEmail?.trim();
    if (alternate && (alternate.length > MAX_EMAIL || !looksLikeEmail(alternate))) throw badInput('alternateEmail is not an e-mail address.', 'alternateEmail');
    return ctx.db.transaction(async (tx) => {
      const { membership, pkg } = await ownPackage(tx, viewer, input.packageId);
      const recipient = selfServiceRecipient(viewer, alternate);
      return activatePackage(tx, membership, pkg, { mode: 'SELF_SERVICE', activatedBy: viewer.userId, recipient }, ctx.clock.now(), ctx.logger);
    });
  },

  /** PB-10: allowed before activation; needs a partner membership (any program). */
  async requestAdvisory(_, { input }, ctx) {
    const viewer = requireRole(ctx.viewer, 'program_admin', 'global_admin', 'support_user');
    const topic = input.topic.trim();
    if (topic.length === 0 || topic.length > 500) throw badInput('topic must be 1 to 500 characters.', 'topic');
    return ctx.db.transaction(async (tx) => {
      const membership = await tx.getRepository(PartnerMembershipRow).findOneBy({ organizationId: viewer.orgId });
      if (!membership) throw domainError(ErrorCode.NOT_ELIGIBLE, 'Advisory requests need a partner membership (PB-7).');
      const core = await tx.getRepository(BenefitPackageRow).findOneBy({ membershipId: membership.id, kind: 'CORE' });
      const row: AdvisoryRequestRow = {
        id: `adv-${crypto.randomUUID()}`,
        organizationId: viewer.orgId,
        requestedBy: viewer.userId,
        topic,
        requestedAt: ctx.clock.now(),
        beforeActivation: !core?.activatedAt,
      };
      await tx.getRepository(AdvisoryRequestRow).insert(row);
      return row;
    });
  },
};
