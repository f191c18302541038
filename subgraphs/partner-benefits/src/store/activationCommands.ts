import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../../../../common/clock';
import { conflict, domainError, ErrorCode, notFound } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import type { Logger } from '../../../../common/logger';
import { writeOutboxEvent } from '../../../../common/outbox';
import {
  activationChanges,
  contractProvisioningEvent,
  requireActivatableProgram,
  type ActivationInput,
  type ContractProvisioningEvent,
} from '../domain/activateBenefit';
import { missingRequesterFields, type RequesterDetails } from '../domain/activationChannel';
import { selfServiceRecipient } from '../domain/detailsRecipient';
import { isProactivelyActivated, withinProactiveWindow } from '../domain/eligibility';
import { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';

/**
 * Writes the outbox row in the activation's transaction `tx` (docs/outbox.md):
 * the relay delivers it to support-contracts, which creates the contract(s)
 * (two for a package with Signature Cloud, SUP-7) and replies with
 * `PartnerBenefitContractsProvisioned`; `src/events.ts` then records the
 * contract ids on the entitlements, and the tiles leave PROVISIONING (after
 * the PB-5/6 window).
 */
export async function writeContractProvisioningEvent(tx: EntityManager, event: ContractProvisioningEvent, now: Date, logger?: Logger): Promise<void> {
  const { type, ...payload } = event;
  await writeOutboxEvent(tx, { destination: 'support-contracts', type, payload: { ...payload } }, now);
  logger?.debug({ event: type, packageId: event.packageId }, 'partner benefit activated; contract provisioning event written');
}

/**
 * Activates one package inside `tx`: PB-1 (activated before use), PB-4
 * (details recipient), PB-9 (channel). The update is conditional on the
 * package not being activated yet, so two concurrent activations cannot both
 * win; the loser gets CONFLICT.
 */
export async function activatePackage(
  tx: EntityManager,
  membership: PartnerMembershipRow,
  pkg: BenefitPackageRow,
  input: ActivationInput,
  now: Date,
  logger?: Logger,
): Promise<BenefitPackageRow> {
  requireActivatableProgram(membership);
  const locations = await tx.getRepository(PartnerLocationRow).findBy({ membershipId: membership.id });
  const { changes, recipient } = activationChanges(pkg, locations, input, now);
  const result = await tx.getRepository(BenefitPackageRow).update({ id: pkg.id, activatedAt: IsNull() }, changes);
  if (!result.affected) throw conflict('This benefit is already activated.');
  const entitlements = await tx.getRepository(BenefitEntitlementRow).findBy({ packageId: pkg.id });
  await writeContractProvisioningEvent(tx, contractProvisioningEvent(membership, pkg, entitlements, recipient, now), now, logger);
  return { ...pkg, ...changes };
}

/** The viewer's membership and the package, scoped to the viewer's organisation (another org's package is NOT_FOUND). */
async function ownPackage(tx: EntityManager, viewer: Viewer, packageId: string): Promise<{ membership: PartnerMembershipRow; pkg: BenefitPackageRow }> {
  const membership = await tx.getRepository(PartnerMembershipRow).findOneBy({ organizationId: viewer.orgId });
  const pkg = membership ? await tx.getRepository(BenefitPackageRow).findOneBy({ id: packageId, membershipId: membership.id }) : null;
  if (!membership || !pkg) throw notFound('No such benefit package in your organisation.');
  return { membership, pkg };
}

/** PB-2, PB-3, PB-4, PB-9: a requested activation of one of the viewer's packages; an EMEA request must carry every requester field. */
export function requestActivation(
  db: DataSource,
  viewer: Viewer,
  input: RequesterDetails & { packageId: string },
  clock: Clock,
  logger?: Logger,
): Promise<BenefitPackageRow> {
  return db.transaction(async (tx) => {
    const { membership, pkg } = await ownPackage(tx, viewer, input.packageId);
    const location = await tx.getRepository(PartnerLocationRow).findOneBy({ id: pkg.locationId });
    if (!location) throw notFound('The benefit package has no location on record.');
    const missing = missingRequesterFields(location.region, input);
    if (missing.length > 0) {
      throw domainError(ErrorCode.MISSING_FIELDS, `An EMEA activation request must carry: ${missing.join(', ')} (PB-9).`, { missingFields: missing });
    }
    return activatePackage(tx, membership, pkg, { mode: 'REQUESTED', activatedBy: viewer.userId, recipient: null }, clock.now(), logger);
  });
}

/** PB-11: self-service activation of one of the viewer's packages; the details go to the viewer or `alternateEmail`. */
export function activateSelfService(
  db: DataSource,
  viewer: Viewer,
  packageId: string,
  alternateEmail: string | undefined,
  clock: Clock,
  logger?: Logger,
): Promise<BenefitPackageRow> {
  return db.transaction(async (tx) => {
    const { membership, pkg } = await ownPackage(tx, viewer, packageId);
    const recipient = selfServiceRecipient(viewer, alternateEmail);
    return activatePackage(tx, membership, pkg, { mode: 'SELF_SERVICE', activatedBy: viewer.userId, recipient }, clock.now(), logger);
  });
}

/**
 * PB-3, the scheduled job: activates the core benefits of every Gold or
 * Silver partner still within one month of enrolment. After that month they
 * must request activation. Toolkits (PB-8) always need their own request.
 * Each package is its own transaction, so one failure does not undo others.
 * Returns the ids of the packages it activated.
 */
export async function runProactiveActivations(db: DataSource, now: Date, logger?: Logger): Promise<string[]> {
  const pending = await db.getRepository(BenefitPackageRow).findBy({ kind: 'CORE', activatedAt: IsNull() });
  if (pending.length === 0) return [];
  const memberships = await db.getRepository(PartnerMembershipRow).findBy({ id: In([...new Set(pending.map((p) => p.membershipId))]) });
  const byId = new Map(memberships.map((m) => [m.id, m]));
  const activated: string[] = [];
  for (const pkg of pending) {
    const membership = byId.get(pkg.membershipId);
    if (!membership || !isProactivelyActivated(membership.program) || !withinProactiveWindow(membership.enrolledOn, now)) continue;
    try {
      await db.transaction((tx) => activatePackage(tx, membership, pkg, { mode: 'PROACTIVE', activatedBy: null, recipient: null }, now, logger));
      activated.push(pkg.id);
    } catch (err) {
      // A concurrent request won the race (CONFLICT): nothing to do for this package.
      logger?.warn({ err, packageId: pkg.id }, 'proactive activation skipped');
    }
  }
  return activated;
}
