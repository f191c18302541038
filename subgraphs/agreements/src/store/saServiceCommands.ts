import type { EntityManager } from 'typeorm';
import { isoDate } from '../../../../common/clock';
import { conflictOnDuplicate } from '../../../../common/duplicateKey';
import { conflict, domainError, ErrorCode, forbidden } from '../../../../common/errors';
import { requireRole, type Viewer } from '../../../../common/identity';
import { sameEmail } from '../domain/access';
import { saCoveredLicenseCount, saEntitlementFor, type SaServiceKind } from '../domain/saEntitlements';
import { activatedView, type SaServiceView } from '../domain/saServiceStatus';
import { requireRegisteredBy } from '../domain/servicesAdministratorRegistration';
import { recordCrossStoreEvent } from '../events';
import type { StoreContext } from './access';
import {
  LicenseLineRow,
  SaServiceActivationRow,
  SaVoucherAssignmentRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  type AgreementRow,
} from './entities';
import { newId } from './ids';

/**
 * AGR-6: the viewer is a services administrator designated (ACTIVE) on this
 * agreement under their e-mail, holding the right for this service; AGR-9:
 * and has registered with this account. The right is checked first: telling
 * someone without it to register would send them nowhere.
 * Read inside the transaction so a revocation cannot race an activation.
 */
async function requireServiceRight(tx: EntityManager, viewer: Viewer, agreement: AgreementRow, service: SaServiceKind): Promise<void> {
  requireRole(viewer, 'services_admin');
  const designations = await tx.getRepository(ServicesAdministratorRow).findBy({ agreementId: agreement.id, status: 'ACTIVE' });
  const mine = designations.find((d) => sameEmail(d.email, viewer.email));
  const right = mine && (await tx.getRepository(ServicesAdministratorRightRow).existsBy({ designationId: mine.id, service }));
  if (!mine || !right) throw forbidden(`You hold no right for ${service} on agreement ${agreement.number}.`);
  requireRegisteredBy(mine, viewer);
}

/** AGR-5, AGR-6, AGR-8: activates an SA service the agreement is entitled to, once. */
export async function activateSaService(ctx: StoreContext, viewer: Viewer, agreement: AgreementRow, service: SaServiceKind): Promise<SaServiceView> {
  const activate = () => ctx.db.transaction(async (tx) => {
    await requireServiceRight(tx, viewer, agreement, service);
    const now = ctx.clock.now();
    const lines = await tx.getRepository(LicenseLineRow).findBy({ agreementId: agreement.id });
    const entitlement = saEntitlementFor(saCoveredLicenseCount(lines, isoDate(now)), service);
    if (!entitlement) {
      throw domainError(ErrorCode.NOT_ELIGIBLE, `Agreement ${agreement.number} is not entitled to ${service} (AGR-5 table).`);
    }
    const repo = tx.getRepository(SaServiceActivationRow);
    if (await repo.existsBy({ agreementId: agreement.id, service })) throw conflict(`${service} is already activated.`);
    const row: SaServiceActivationRow = {
      agreementId: agreement.id,
      service,
      entitledQuantity: entitlement.quantity,
      assignedQuantity: 0,
      activatedAt: now,
      activatedBy: viewer.userId,
    };
    await repo.insert(row);
    if (service === 'PROBLEM_RESOLUTION_SUPPORT') {
      // AGR-8: the support contract is created by the support store, through the outbox.
      await recordCrossStoreEvent(tx, {
        type: 'ProblemResolutionSupportActivated',
        agreementId: agreement.id,
        organizationId: agreement.organizationId,
        incidents: entitlement.quantity ?? 0,
        at: now,
      });
    }
    return activatedView(agreement.id, service, row);
  });
  return conflictOnDuplicate(activate, `${service} is already activated.`);
}

/** Voucher days for a named employee, whose arguments were checked (AGR-6). */
export interface VoucherOrder {
  employeeName: string;
  employeeEmail: string;
  days: number;
}

/** AGR-6: assigns voucher days from an activated service's balance, never overdrawing it. */
export async function assignSaVoucherDays(
  ctx: StoreContext,
  viewer: Viewer,
  agreement: AgreementRow,
  service: SaServiceKind,
  order: VoucherOrder,
): Promise<SaVoucherAssignmentRow> {
  return ctx.db.transaction(async (tx) => {
    await requireServiceRight(tx, viewer, agreement, service);
    const activation = await tx.getRepository(SaServiceActivationRow).findOneBy({ agreementId: agreement.id, service });
    if (!activation) throw domainError(ErrorCode.SERVICE_NOT_ACTIVATED, `Activate ${service} before assigning it.`);
    // One conditional UPDATE: concurrent assignments can never overdraw the balance.
    const result = await tx
      .createQueryBuilder()
      .update(SaServiceActivationRow)
      .set({ assignedQuantity: () => 'assigned_quantity + :days' })
      .where('agreement_id = :agreementId AND service = :service AND assigned_quantity + :days <= entitled_quantity')
      .setParameters({ days: order.days, agreementId: agreement.id, service })
      .execute();
    if (!result.affected) {
      const remaining = (activation.entitledQuantity ?? 0) - activation.assignedQuantity;
      throw domainError(ErrorCode.INSUFFICIENT_BALANCE, `Only ${remaining} day(s) of ${service} remain; ${order.days} requested.`, {
        remaining,
      });
    }
    const now = ctx.clock.now();
    const row: SaVoucherAssignmentRow = {
      id: newId('asg', now),
      agreementId: agreement.id,
      service,
      employeeName: order.employeeName,
      employeeEmail: order.employeeEmail,
      days: order.days,
      assignedAt: now,
      assignedBy: viewer.userId,
    };
    await tx.getRepository(SaVoucherAssignmentRow).insert(row);
    return row;
  });
}
