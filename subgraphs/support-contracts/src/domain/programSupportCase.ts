import crypto from 'node:crypto';
import type { SupportContractKind } from './supportContract';

/**
 * SUP-10: contracts that came with a partner-program benefit have a program
 * contact of record (PB-4) to re-send their IDs to: the package's product
 * support contract and its Signature Cloud pair (SUP-7). Any other contract
 * (bought product support, SA Problem Resolution, ...) has none.
 */
export function hasProgramContact(kind: SupportContractKind): boolean {
  return kind === 'PARTNER_BENEFIT' || kind === 'SIGNATURE_CLOUD_SUPPORT';
}

/**
 * The number a partner quotes for its case: `PSC-` + the day it was opened
 * (`yyMMdd`, UTC) + six random digits, e.g. `PSC-260615-482139`. Random rather
 * than a sequence, so a number says nothing about how many cases others opened;
 * guessing one gains nothing anyway (cases are read only by their own
 * organisation). Unique index; a collision draws again.
 */
export function newCaseNumber(openedAt: Date): string {
  const day = openedAt.toISOString().slice(2, 10).replace(/-/g, '');
  return `PSC-${day}-${String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

