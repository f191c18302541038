import crypto from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { administersLicence, normalizeGroupName, normalizeMemberEmail } from '../domain/userGroups';
import { isDuplicateKey } from '../../../../common/duplicateKey';
import { LicenceRow, UserGroupMemberRow, UserGroupRow, type LicenseRole } from './entities';

const viewerEmail = (viewer: Viewer): string => viewer.email.trim().toLowerCase();

/**
 * The licence, for one of its administrators (MP-9). Unknown or another
 * organisation's: NOT_FOUND (existence is not leaked); the viewer's
 * organisation's but not an administrator of it: FORBIDDEN.
 */
export async function licenceForAdministrator(tx: EntityManager, viewer: Viewer, licenseNumber: string): Promise<LicenceRow> {
  const licence = await tx.getRepository(LicenceRow).findOneBy({ licenseNumber });
  if (!licence || licence.orgId !== viewer.orgId) throw notFound('No licence with this number in your organisation.');
  const held = await tx.getRepository(UserGroupMemberRow).findBy({ orgId: viewer.orgId, email: viewerEmail(viewer), licenseNumber, removedAt: IsNull() });
  if (!administersLicence(viewer, held)) {
    throw forbidden("User groups of a licence are managed by its administrators: the organisation's global admin, or a member with the ADMINISTRATOR role on it (MP-9).");
  }
  return licence;
}

/** A group and its licence, for one of the licence's administrators; another organisation's group is NOT_FOUND. */
export async function groupForAdministrator(tx: EntityManager, viewer: Viewer, groupId: string): Promise<UserGroupRow> {
  const group = await tx.getRepository(UserGroupRow).findOneBy({ id: groupId });
  if (!group || group.orgId !== viewer.orgId) throw notFound('No such user group in your organisation.');
  await licenceForAdministrator(tx, viewer, group.licenseNumber);
  return group;
}

/** MP-9: a new group of a licence; a name already used on that licence is CONFLICT (the unique index decides a race). */
export async function createUserGroup(db: DataSource, viewer: Viewer, input: { licenseNumber: string; name: string }, now: Date): Promise<UserGroupRow> {
  return db.transaction(async (tx) => {
    const name = normalizeGroupName(input.name);
    if (!name) throw badInput('A group name has 1 to 100 characters.', 'name');
    const licence = await licenceForAdministrator(tx, viewer, input.licenseNumber);
    const repo = tx.getRepository(UserGroupRow);
    const taken = () => conflict(`Licence ${licence.licenseNumber} already has a user group named "${name}".`);
    if (await repo.existsBy({ licenseNumber: licence.licenseNumber, name })) throw taken();
    const group: UserGroupRow = {
      id: crypto.randomUUID(),
      orgId: licence.orgId,
      licenseNumber: licence.licenseNumber,
      productId: licence.productId,
      name,
      createdBy: viewer.userId,
      createdAt: now,
    };
    try {
      await repo.insert(group);
    } catch (err) {
      if (isDuplicateKey(err)) throw taken();
      throw err;
    }
    return group;
  });
}

/** The member's e-mail, checked, and the group, for one of its licence's administrators. */
async function memberOfGroup(tx: EntityManager, viewer: Viewer, input: { groupId: string; email: string }): Promise<{ email: string; group: UserGroupRow }> {
  const email = normalizeMemberEmail(input.email);
  if (!email) throw badInput('email must be an e-mail address.', 'email');
  const group = await groupForAdministrator(tx, viewer, input.groupId);
  return { email, group };
}

/**
 * MP-9: adds a user, by e-mail, with a role. Already a member: CONFLICT
 * (`extensions.role` says which role they hold); a removed member comes back
 * with the new role. The member sees the product in My Products from their
 * next request.
 */
export async function addUserGroupMember(
  db: DataSource,
  viewer: Viewer,
  input: { groupId: string; email: string; role: LicenseRole },
  now: Date,
): Promise<UserGroupMemberRow> {
  return db.transaction(async (tx) => {
    const { email, group } = await memberOfGroup(tx, viewer, input);
    const repo = tx.getRepository(UserGroupMemberRow);
    const already = (role: LicenseRole) => domainError(ErrorCode.CONFLICT, `${email} is already a member of this group (${role}).`, { role });
    const existing = await repo.findOneBy({ groupId: group.id, email });
    const back = { role: input.role, addedAt: now, addedBy: viewer.userId, removedAt: null, removedBy: null };
    if (existing) {
      if (existing.removedAt === null) throw already(existing.role);
      // Conditional: of two concurrent re-additions only one changes the row.
      const res = await tx
        .createQueryBuilder()
        .update(UserGroupMemberRow)
        .set(back)
        .where('id = :id AND removed_at IS NOT NULL', { id: existing.id })
        .execute();
      if (!res.affected) throw already(input.role);
      return { ...existing, ...back };
    }
    const member: UserGroupMemberRow = {
      id: crypto.randomUUID(),
      groupId: group.id,
      orgId: group.orgId,
      email,
      licenseNumber: group.licenseNumber,
      productId: group.productId,
      groupName: group.name,
      ...back,
    };
    try {
      await repo.insert(member);
    } catch (err) {
      if (isDuplicateKey(err)) throw already(input.role);
      throw err;
    }
    return member;
  });
}

/** MP-9: removes a member: their licence row goes from My Products. Not a current member: NOT_FOUND. */
export async function removeUserGroupMember(
  db: DataSource,
  viewer: Viewer,
  input: { groupId: string; email: string },
  now: Date,
): Promise<UserGroupMemberRow> {
  return db.transaction(async (tx) => {
    const { email, group } = await memberOfGroup(tx, viewer, input);
    const res = await tx
      .createQueryBuilder()
      .update(UserGroupMemberRow)
      .set({ removedAt: now, removedBy: viewer.userId })
      .where('group_id = :groupId AND email = :email AND removed_at IS NULL', { groupId: group.id, email })
      .execute();
    if (!res.affected) throw notFound(`${email} is not a member of this group.`);
    return tx.getRepository(UserGroupMemberRow).findOneByOrFail({ groupId: group.id, email });
  });
}


/** MP-9: a licence's groups, by name, for one of its administrators. */
export async function groupsOfLicence(db: DataSource, viewer: Viewer, licenseNumber: string): Promise<UserGroupRow[]> {
  const licence = await licenceForAdministrator(db.manager, viewer, licenseNumber);
  return db.getRepository(UserGroupRow).find({ where: { licenseNumber: licence.licenseNumber }, order: { name: 'ASC' } });
}
