import { newId } from '../../store/ids';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, domainError, ErrorCode, forbidden } from '../../../../../common/errors';
import { requireRole, type Viewer } from '../../../../../common/identity';
import { isoDate } from '../../../../../common/clock';
import { sameEmail } from '../../domain/access';
import { isVoucherService, saCoveredLicenseCount, saEntitlementFor, SA_SERVICE_KINDS, type SaServiceKind } from '../../domain/saEntitlements';
import { activatedView, type SaServiceView } from '../../domain/saServiceStatus';
import { requireRegisteredBy } from '../../domain/servicesAdministratorRegistration';
import { recordCrossStoreEvent } from '../../store/crossStoreEffects';
import { conflictOnDuplicate } from '../../../../../common/duplicateKey';
import {
  LicenseLineRow,
  SaServiceActivationRow,
  SaVoucherAssignmentRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  type AgreementRow,
} from '../../store/entities';
import type { AgreementsContext } from '../context';
import { agreementForChange, requiredEmail, requiredText } from './guards';

function serviceInput(value: string): SaServiceKind {
  if (!(SA_SERVICE_KINDS as readonly string[]).includes(value)) throw badInput(`Unknown SA service ${value}.`, 'service');
  return value as SaServiceKind;
}

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

export const saServiceMutations = {
  async activateSaService(
    _: unknown,
    { input }: { input: { agreementId: string; service: string } },
    ctx: AgreementsContext,
  ): Promise<SaServiceView> {
    const service = serviceInput(input.service);
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
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
  },

  async assignSaVoucherDays(
    _: unknown,
    { input }: { input: { agreementId: string; service: string; employeeName: string; employeeEmail: string; days: number } },
    ctx: AgreementsContext,
  ): Promise<SaVoucherAssignmentRow> {
    const service = serviceInput(input.service);
    if (!isVoucherService(service)) throw badInput(`${service} has no voucher days to assign.`, 'service');
    const employeeName = requiredText(input.employeeName, 'employeeName');
    const employeeEmail = requiredEmail(input.employeeEmail, 'employeeEmail');
    if (!Number.isInteger(input.days) || input.days < 1) throw badInput('days must be a whole number of at least 1.', 'days');
    const { viewer, agreement } = await agreementForChange(ctx, input.agreementId);
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
        .setParameters({ days: input.days, agreementId: agreement.id, service })
        .execute();
      if (!result.affected) {
        const remaining = (activation.entitledQuantity ?? 0) - activation.assignedQuantity;
        throw domainError(ErrorCode.INSUFFICIENT_BALANCE, `Only ${remaining} day(s) of ${service} remain; ${input.days} requested.`, {
          remaining,
        });
      }
      const now = ctx.clock.now();
      const row: SaVoucherAssignmentRow = {
        id: newId('asg', now),
        agreementId: agreement.id,
        service,
        employeeName,
        employeeEmail,
        days: input.days,
        assignedAt: now,
        assignedBy: viewer.userId,
      };
      await tx.getRepository(SaVoucherAssignmentRow).insert(row);
      return row;
    });
  },
};
