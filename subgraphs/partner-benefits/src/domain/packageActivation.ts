import type { BenefitPackageRow } from '../store/entities';
import type { ActivationChannel, ActivationMode, RecipientKind } from './kinds';

/**
 * A package's activation as the graph shows it (`BenefitActivation`): what
 * the package row recorded (PB-1, PB-4, PB-9), nulls included for columns a
 * row may lack.
 */
export interface PackageActivation {
  activatedAt: Date;
  mode: ActivationMode | null;
  channel: ActivationChannel | null;
  recipientKind: RecipientKind | null;
  detailsRecipient: { name: string; email: string };
}

/** PB-1: the activation of a package, or `null` while it is not activated. */
export function packageActivation(p: BenefitPackageRow): PackageActivation | null {
  return p.activatedAt
    ? {
        activatedAt: p.activatedAt,
        mode: p.activationMode,
        channel: p.channel,
        recipientKind: p.recipientKind,
        detailsRecipient: { name: p.recipientName ?? '', email: p.recipientEmail ?? '' },
      }
    : null;
}
