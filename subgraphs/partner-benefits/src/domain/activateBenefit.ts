import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { conflict, domainError, ErrorCode } from '../../../../common/errors';
import type { Logger } from '../../../../common/logger';
import {
  BenefitEntitlementRow,
  BenefitPackageRow,
  PartnerLocationRow,
  PartnerMembershipRow,
  type ActivationChannel,
  type ActivationMode,
} from '../store/entities';
import type { DetailsRecipient } from './detailsRecipient';
import { isEligibleFor, isEligibleProgram, isProactivelyActivated, withinProactiveWindow } from './eligibility';
import { programContactRecipient } from './detailsRecipient';
import { activationChannel } from './activationChannel';
import { writeOutboxEvent } from '../../../../common/outbox';

/** What the support store needs to create the contracts of an activated package (PB-4, SUP-7). */
export interface ContractProvisioningEvent {
  type: 'PartnerBenefitActivated';
  organizationId: string;
  packageId: string;
  packageKind: BenefitPackageRow['kind'];
  program: PartnerMembershipRow['program'];
  /** The partner ID (SUP-8 puts it in the SCS contract's display name). */
  partnerNumber: string;
  entitlements: { id: string; kind: BenefitEntitlementRow['kind'] }[];
  recipient: DetailsRecipient;
  activatedAt: string;
}

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
 * The provisioning event of an activated package: what the program earns
 * (PB-12: no Signature Cloud contract for an Action Pack), for the recipient
 * of record. Activation writes it; the PB-5/6 recheck job writes it again,
 * unchanged, when the contracts have not arrived.
 */
export function contractProvisioningEvent(
  membership: PartnerMembershipRow,
  pkg: BenefitPackageRow,
  entitlements: BenefitEntitlementRow[],
  recipient: DetailsRecipient,
  activatedAt: Date,
): ContractProvisioningEvent {
  return {
    type: 'PartnerBenefitActivated',
    organizationId: membership.organizationId,
    packageId: pkg.id,
    packageKind: pkg.kind,
    program: membership.program,
    partnerNumber: membership.partnerNumber,
    entitlements: entitlements.filter((e) => isEligibleFor(membership.program, e.kind)).map((e) => ({ id: e.id, kind: e.kind })),
    recipient,
    activatedAt: activatedAt.toISOString(),
  };
}

export interface ActivationInput {
  mode: ActivationMode;
  activatedBy: string | null;
  /** Who receives the details; `null` means the program contact (PB-4). */
  recipient: DetailsRecipient | null;
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
  if (!isEligibleProgram(membership.program)) {
    throw domainError(ErrorCode.NOT_ELIGIBLE, 'Network members have no technical benefits to activate (PB-7): buy an Action Pack or earn a competency.');
  }
  const locations = await tx.getRepository(PartnerLocationRow).findBy({ membershipId: membership.id });
  const location = locations.find((l) => l.id === pkg.locationId);
  const headquarters = locations.find((l) => l.isHeadquarters) ?? location;
  if (!location || !headquarters) throw conflict('The benefit package has no location on record.');
  const recipient = input.recipient ?? programContactRecipient(pkg.kind, headquarters, location);
  const channel: ActivationChannel = activationChannel(location.region, location.country);
  const changes = {
    activatedAt: now,
    activationMode: input.mode,
    channel,
    activatedBy: input.activatedBy,
    recipientKind: recipient.kind,
    recipientName: recipient.name,
    recipientEmail: recipient.email,
    contractsRequestedAt: now,
  };
  const result = await tx.getRepository(BenefitPackageRow).update({ id: pkg.id, activatedAt: IsNull() }, changes);
  if (!result.affected) throw conflict('This benefit is already activated.');
  const entitlements = await tx.getRepository(BenefitEntitlementRow).findBy({ packageId: pkg.id });
  await writeContractProvisioningEvent(tx, contractProvisioningEvent(membership, pkg, entitlements, recipient, now), now, logger);
  return { ...pkg, ...changes };
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
