import { GraphQLError } from 'graphql';
import { newId } from '../../store/ids';
import { IsNull, type EntityManager } from 'typeorm';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '../../../../../common/errors';
import { requireRole, requireViewer, type Viewer } from '../../../../../common/identity';
import { requireRegistered } from '../../domain/noticeContactFlow';
import { SA_SERVICE_KINDS, type SaServiceKind } from '../../domain/saEntitlements';
import { sameEmail } from '../../domain/access';
import {
  InvitationRow,
  NoticeContactRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  type AgreementRow,
} from '../../store/entities';
import type { AgreementsContext } from '../context';
import { agreementForChange, requiredEmail, requiredText } from './guards';

/** At least one right, each a known service, without duplicates. */
function rightsInput(rights: readonly string[]): SaServiceKind[] {
  const unique = [...new Set(rights)];
  if (unique.length === 0) throw badInput('Grant at least one SA service.', 'rights');
  for (const r of unique) if (!(SA_SERVICE_KINDS as readonly string[]).includes(r)) throw badInput(`Unknown SA service ${r}.`, 'rights');
  return unique as SaServiceKind[];
}

/**
 * AGR-4: the registered notice contact of the agreement designates and edits
 * administrators; the organisation's global admin may too ("everything for its
 * own organisation"). Either way the notice contact must have finished AGR-3.
 */
async function requireDesignator(tx: EntityManager, viewer: Viewer, agreement: AgreementRow): Promise<void> {
  const isAdmin = viewer.roles.has('global_admin');
  if (!isAdmin && !viewer.roles.has('notice_contact')) throw forbidden('Only the notice contact or a global admin designates services administrators.');
  const contact = await tx.getRepository(NoticeContactRow).findOneBy({ agreementId: agreement.id });
  requireRegistered(contact);
  if (!isAdmin && contact?.userId !== viewer.userId) throw forbidden('Only this agreement\'s notice contact designates its administrators.');
}

async function writeRights(tx: EntityManager, designationId: string, rights: SaServiceKind[]): Promise<void> {
  await tx.getRepository(ServicesAdministratorRightRow).delete({ designationId });
  await tx.getRepository(ServicesAdministratorRightRow).insert(rights.map((service) => ({ designationId, service })));
}

/** A designation of the viewer's organisation, with its agreement. */
async function designationForChange(ctx: AgreementsContext, id: string) {
  requireViewer(ctx.viewer);
  const designation = await ctx.loaders.designationById.load(id);
  const missing = () => notFound(`No services administrator ${id} in your organisation.`);
  if (!designation) throw missing();
  try {
    const { viewer, agreement } = await agreementForChange(ctx, designation.agreementId);
    return { viewer, agreement, designation };
  } catch (err) {
    // Another organisation's designation must look exactly like a missing one: the agreement's
    // NOT_FOUND would name its id and confirm that the designation exists.
    if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') throw missing();
    throw err;
  }
}

export const servicesAdministratorMutations = {
  async designateServicesAdministrator(
    _: unknown,
    { input }: { input: { agreementId: string; email: string; name: string; rights: string[] } },
    ctx: AgreementsContext,
  ) {
    const email = requiredEmail(input.email, 'email');
    const name = requiredText(input.name, 'name');
    const rights = rightsInput(input.rights);
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
    return ctx.db.transaction(async (tx) => {
      await requireDesignator(tx, viewer, agreement);
      const repo = tx.getRepository(ServicesAdministratorRow);
      const active = await repo.findBy({ agreementId: agreement.id, status: 'ACTIVE' });
      if (active.some((d) => sameEmail(d.email, email))) throw conflict(`${email} is already a services administrator of this agreement.`);
      const now = ctx.clock.now();
      const designation: ServicesAdministratorRow = {
        id: newId('sad', now),
        agreementId: agreement.id,
        email,
        name,
        status: 'ACTIVE',
        designatedAt: now,
        designatedBy: viewer.userId,
        revokedAt: null,
        registeredAt: null,
        registeredBy: null,
      };
      await repo.insert(designation);
      await writeRights(tx, designation.id, rights);
      await tx.getRepository(InvitationRow).insert({
        id: newId('inv', now),
        agreementId: agreement.id,
        kind: 'SERVICES_ADMINISTRATOR',
        email,
        designationId: designation.id,
        invitedAt: now,
        invitedBy: viewer.userId,
      });
      return designation;
    });
  },

  async setServicesAdministratorRights(_: unknown, { input }: { input: { id: string; rights: string[] } }, ctx: AgreementsContext) {
    const rights = rightsInput(input.rights);
    const { viewer, agreement, designation } = await designationForChange(ctx, input.id);
    return ctx.db.transaction(async (tx) => {
      await requireDesignator(tx, viewer, agreement);
      const current = await tx.getRepository(ServicesAdministratorRow).findOneByOrFail({ id: designation.id });
      if (current.status !== 'ACTIVE') throw conflict('This designation has been revoked.');
      await writeRights(tx, designation.id, rights);
      return current;
    });
  },

  /**
   * AGR-9: the designated administrator accepts the invitation with their own
   * token: a services_admin of the organisation signed in with the designation's
   * e-mail. Once: the conditional UPDATE lets one of two racing calls win, and
   * a repeat is CONFLICT (with `extensions.registeredAt`) like every other
   * "already done" in this subgraph, so a client can tell it changed nothing.
   */
  async registerServicesAdministrator(_: unknown, { id }: { id: string }, ctx: AgreementsContext) {
    const { viewer, designation } = await designationForChange(ctx, id);
    requireRole(viewer, 'services_admin');
    if (!sameEmail(designation.email, viewer.email)) throw forbidden('This invitation is addressed to another e-mail address.');
    return ctx.db.transaction(async (tx) => {
      const repo = tx.getRepository(ServicesAdministratorRow);
      const result = await repo.update(
        { id: designation.id, status: 'ACTIVE', registeredAt: IsNull() },
        { registeredAt: ctx.clock.now(), registeredBy: viewer.userId },
      );
      const current = await repo.findOneByOrFail({ id: designation.id });
      if (!result.affected) {
        if (current.status !== 'ACTIVE') throw conflict('This designation has been revoked.');
        throw domainError(ErrorCode.CONFLICT, 'This invitation has already been accepted.', { registeredAt: current.registeredAt?.toISOString() });
      }
      return current;
    });
  },

  async revokeServicesAdministrator(_: unknown, { id }: { id: string }, ctx: AgreementsContext) {
    const { viewer, agreement, designation } = await designationForChange(ctx, id);
    return ctx.db.transaction(async (tx) => {
      await requireDesignator(tx, viewer, agreement);
      const repo = tx.getRepository(ServicesAdministratorRow);
      const result = await repo.update({ id: designation.id, status: 'ACTIVE' }, { status: 'REVOKED', revokedAt: ctx.clock.now() });
      if (!result.affected) throw conflict('This designation has already been revoked.');
      await tx.getRepository(ServicesAdministratorRightRow).delete({ designationId: designation.id });
      return repo.findOneByOrFail({ id: designation.id });
    });
  },
};
