import { IsNull, type EntityManager } from 'typeorm';
import { conflict, domainError, ErrorCode, forbidden } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { sameEmail } from '../domain/access';
import { requireRegistered } from '../domain/noticeContactFlow';
import type { SaServiceKind } from '../domain/saEntitlements';
import type { StoreContext } from './access';
import {
  InvitationRow,
  NoticeContactRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  type AgreementRow,
} from './entities';
import { newId } from './ids';

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

/** A designation whose arguments were checked (AGR-4). */
export interface Designation {
  email: string;
  name: string;
  rights: SaServiceKind[];
}

/** AGR-4: designates a services administrator with rights, and records their invitation. */
export async function designateServicesAdministrator(
  ctx: StoreContext,
  viewer: Viewer,
  agreement: AgreementRow,
  { email, name, rights }: Designation,
): Promise<ServicesAdministratorRow> {
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
}

/** AGR-4: replaces the rights of an active designation. */
export async function setServicesAdministratorRights(
  ctx: StoreContext,
  viewer: Viewer,
  agreement: AgreementRow,
  designationId: string,
  rights: SaServiceKind[],
): Promise<ServicesAdministratorRow> {
  return ctx.db.transaction(async (tx) => {
    await requireDesignator(tx, viewer, agreement);
    const current = await tx.getRepository(ServicesAdministratorRow).findOneByOrFail({ id: designationId });
    if (current.status !== 'ACTIVE') throw conflict('This designation has been revoked.');
    await writeRights(tx, designationId, rights);
    return current;
  });
}

/**
 * AGR-9: records the acceptance once: the conditional UPDATE lets one of two
 * racing calls win, and a repeat is CONFLICT (with `extensions.registeredAt`).
 */
export async function registerServicesAdministrator(ctx: StoreContext, viewer: Viewer, designationId: string): Promise<ServicesAdministratorRow> {
  return ctx.db.transaction(async (tx) => {
    const repo = tx.getRepository(ServicesAdministratorRow);
    const result = await repo.update(
      { id: designationId, status: 'ACTIVE', registeredAt: IsNull() },
      { registeredAt: ctx.clock.now(), registeredBy: viewer.userId },
    );
    const current = await repo.findOneByOrFail({ id: designationId });
    if (!result.affected) {
      if (current.status !== 'ACTIVE') throw conflict('This designation has been revoked.');
      throw domainError(ErrorCode.CONFLICT, 'This invitation has already been accepted.', { registeredAt: current.registeredAt?.toISOString() });
    }
    return current;
  });
}

/** AGR-4: revokes a designation and its rights, once. */
export async function revokeServicesAdministrator(
  ctx: StoreContext,
  viewer: Viewer,
  agreement: AgreementRow,
  designationId: string,
): Promise<ServicesAdministratorRow> {
  return ctx.db.transaction(async (tx) => {
    await requireDesignator(tx, viewer, agreement);
    const repo = tx.getRepository(ServicesAdministratorRow);
    const result = await repo.update({ id: designationId, status: 'ACTIVE' }, { status: 'REVOKED', revokedAt: ctx.clock.now() });
    if (!result.affected) throw conflict('This designation has already been revoked.');
    await tx.getRepository(ServicesAdministratorRightRow).delete({ designationId });
    return repo.findOneByOrFail({ id: designationId });
  });
}
