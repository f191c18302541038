import { conflict, domainError, ErrorCode } from '../../../../common/errors';
import type { BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from '../store/entities';
import type { ActivationChannel, ActivationMode, RecipientKind } from './kinds';
import { activationChannel } from './activationChannel';
import { packageLocations, programContactRecipient, type DetailsRecipient } from './detailsRecipient';
import { isEligibleFor, isEligibleProgram } from './eligibility';

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

/** The activation columns a package gets (PB-1, PB-4, PB-9). */
export interface ActivationChanges {
  activatedAt: Date;
  activationMode: ActivationMode;
  channel: ActivationChannel;
  activatedBy: string | null;
  recipientKind: RecipientKind;
  recipientName: string;
  recipientEmail: string;
  contractsRequestedAt: Date;
}

/** PB-7: network members have nothing to activate (NOT_ELIGIBLE). */
export function requireActivatableProgram(membership: PartnerMembershipRow): void {
  if (!isEligibleProgram(membership.program)) {
    throw domainError(ErrorCode.NOT_ELIGIBLE, 'Network members have no technical benefits to activate (PB-7): buy an Action Pack or earn a competency.');
  }
}

/**
 * PB-1, PB-4, PB-9: what activating `pkg` at `now` records, given the
 * membership's locations: the details recipient (the one given, else the
 * program contact) and the channel of the package's location. A package
 * whose location is missing is a CONFLICT.
 */
export function activationChanges(pkg: BenefitPackageRow, locations: PartnerLocationRow[], input: ActivationInput, now: Date): { changes: ActivationChanges; recipient: DetailsRecipient } {
  const found = packageLocations(pkg, locations);
  if (!found) throw conflict('The benefit package has no location on record.');
  const { location, headquarters } = found;
  const recipient = input.recipient ?? programContactRecipient(pkg.kind, headquarters, location);
  const changes: ActivationChanges = {
    activatedAt: now,
    activationMode: input.mode,
    channel: activationChannel(location.region, location.country),
    activatedBy: input.activatedBy,
    recipientKind: recipient.kind,
    recipientName: recipient.name,
    recipientEmail: recipient.email,
    contractsRequestedAt: now,
  };
  return { changes, recipient };
}
