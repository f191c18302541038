import { badInput, forbidden } from '../../../../common/errors';
import { requireRole, requireViewer, type Viewer } from '../../../../common/identity';
import { sameEmail } from '../domain/access';
import { requiredEmail, requiredText, rightsInput, serviceInput } from '../domain/inputs';
import { isVoucherService } from '../domain/saEntitlements';
import type { MutationResolvers } from '../generated/resolvers';
import { agreementForChange, designationForChange, subscriptionForViewer, type StoreContext } from '../store/access';
import type { NoticeContactRow } from '../store/entities';
import { completeNoticeContactStep, inviteNoticeContact, type NoticeContactStepDone } from '../store/noticeContactCommands';
import { cancelSoftwareSubscription, purchaseSoftware } from '../store/purchaseCommands';
import { activateSaService, assignSaVoucherDays } from '../store/saServiceCommands';
import {
  designateServicesAdministrator,
  registerServicesAdministrator,
  revokeServicesAdministrator,
  setServicesAdministratorRights,
} from '../store/servicesAdministratorCommands';

const MAX_INT = 2_147_483_647;

/** AGR-3: a step of the notice contact's onboarding, by the notice contact of the agreement's organisation. */
async function noticeContactStep(
  ctx: StoreContext,
  agreementId: string,
  step: NoticeContactStepDone,
  check: (row: NoticeContactRow, viewer: Viewer) => void,
  extra: Partial<NoticeContactRow> = {},
): Promise<NoticeContactRow> {
  const { viewer } = await agreementForChange(ctx, agreementId);
  requireRole(viewer, 'notice_contact');
  return completeNoticeContactStep(ctx, viewer, agreementId, step, check, extra);
}

/** Later steps come from the user who validated the profile. */
function sameUser(row: NoticeContactRow, viewer: Viewer): void {
  if (row.userId !== viewer.userId) throw forbidden('Only the notice contact who validated the profile may continue.');
}

/**
 * Every mutation checks its input and the caller's rights here, then runs in
 * one transaction in `store/` (the `*Commands.ts` modules).
 */
export const Mutation: MutationResolvers = {
  async inviteNoticeContact(_, { input }, ctx) {
    const email = requiredEmail(input.email, 'email');
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
    requireRole(viewer, 'global_admin');
    return inviteNoticeContact(ctx, viewer, agreement, email);
  },

  async validateNoticeContactProfile(_, { input }, ctx) {
    const name = requiredText(input.name, 'name');
    const email = requiredEmail(input.email, 'email');
    return noticeContactStep(
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

  acceptNoticeContactTerms(_, { agreementId }, ctx) {
    return noticeContactStep(ctx, agreementId, 'TERMS_ACCEPTED', sameUser);
  },

  async enterAgreementNumber(_, { input }, ctx) {
    const { agreement } = await agreementForChange(ctx, input.agreementId);
    return noticeContactStep(ctx, input.agreementId, 'REGISTERED', (row, viewer) => {
      sameUser(row, viewer);
      // Exact comparison: leading zeros are part of the number.
      if (input.number.trim() !== agreement.number) throw badInput('That is not this agreement\'s number.', 'number');
    });
  },

  async designateServicesAdministrator(_, { input }, ctx) {
    const email = requiredEmail(input.email, 'email');
    const name = requiredText(input.name, 'name');
    const rights = rightsInput(input.rights);
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
    return designateServicesAdministrator(ctx, viewer, agreement, { email, name, rights });
  },

  async setServicesAdministratorRights(_, { input }, ctx) {
    const rights = rightsInput(input.rights);
    const { viewer, agreement, designation } = await designationForChange(ctx, input.id);
    return setServicesAdministratorRights(ctx, viewer, agreement, designation.id, rights);
  },

  /**
   * AGR-9: the designated administrator accepts the invitation with their own
   * token: a services_admin of the organisation signed in with the designation's
   * e-mail. Once; a repeat is CONFLICT like every other "already done" in this
   * subgraph, so a client can tell it changed nothing.
   */
  async registerServicesAdministrator(_, { id }, ctx) {
    const { viewer, designation } = await designationForChange(ctx, id);
    requireRole(viewer, 'services_admin');
    if (!sameEmail(designation.email, viewer.email)) throw forbidden('This invitation is addressed to another e-mail address.');
    return registerServicesAdministrator(ctx, viewer, designation.id);
  },

  async revokeServicesAdministrator(_, { id }, ctx) {
    const { viewer, agreement, designation } = await designationForChange(ctx, id);
    return revokeServicesAdministrator(ctx, viewer, agreement, designation.id);
  },

  async activateSaService(_, { input }, ctx) {
    const service = serviceInput(input.service);
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
    return activateSaService(ctx, viewer, agreement, service);
  },

  async assignSaVoucherDays(_, { input }, ctx) {
    const service = serviceInput(input.service);
    if (!isVoucherService(service)) throw badInput(`${service} has no voucher days to assign.`, 'service');
    const employeeName = requiredText(input.employeeName, 'employeeName');
    const employeeEmail = requiredEmail(input.employeeEmail, 'employeeEmail');
    if (!Number.isInteger(input.days) || input.days < 1) throw badInput('days must be a whole number of at least 1.', 'days');
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
    return assignSaVoucherDays(ctx, viewer, agreement, service, { employeeName, employeeEmail, days: input.days });
  },

  /** CSP-1: an admin agent buys for a customer its partner organisation has a relationship with. */
  async purchaseSoftware(_, { input }, ctx) {
    const productId = requiredText(input.productId, 'productId', 64);
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > 1_000_000) {
      throw badInput('quantity must be between 1 and 1000000.', 'quantity');
    }
    if (!Number.isInteger(input.priceMinor) || input.priceMinor < 0 || input.priceMinor > MAX_INT) {
      throw badInput('priceMinor must be a whole number of minor units, at least 0.', 'priceMinor');
    }
    if (!/^[A-Z]{3}$/.test(input.currency)) throw badInput('currency must be an ISO 4217 code such as USD.', 'currency');
    const viewer = requireRole(ctx.viewer, 'admin_agent');
    return purchaseSoftware(ctx, viewer, { ...input, productId });
  },

  /** CSP-2: cancellation within 7 days for a prorated credit, by an admin agent of the reselling partner. */
  async cancelSoftwareSubscription(_, { id }, ctx) {
    const existing = await subscriptionForViewer(ctx, id);
    const viewer = requireViewer(ctx.viewer);
    if (viewer.orgId !== existing.partnerId || !viewer.roles.has('admin_agent')) {
      throw forbidden('Only an admin agent of the reselling partner cancels a purchase.');
    }
    return cancelSoftwareSubscription(ctx, id);
  },
};
