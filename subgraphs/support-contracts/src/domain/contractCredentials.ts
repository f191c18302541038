import crypto from 'node:crypto';
import type { SupportContract } from './supportContract';

/**
 * SUP-11: Access ID + Contract ID are credentials (whoever knows both may
 * link the contract, SUP-3). Contracts the graph creates get them from a
 * CSPRNG, never from anything public such as an agreement or package id.
 * The documented shapes (prefix and length) stay as they were; leading zeros
 * are kept because IDs are strings (SUP-2).
 */
export interface IdShape {
  /** Fixed leading digits that say what kind of contract this is. */
  prefix: string;
  /** Total number of digits, prefix included. */
  length: number;
}

/** Shapes per provisioned kind: unchanged from the first (derived) scheme so support staff recognise them. */
export const ID_SHAPES = {
  SA_PROBLEM_RESOLUTION: { access: { prefix: '04', length: 10 }, contract: { prefix: '2', length: 10 } },
  PARTNER_BENEFIT: { access: { prefix: '023', length: 10 }, contract: { prefix: '7', length: 10 } },
  SIGNATURE_CLOUD_SUPPORT: { access: { prefix: '003', length: 10 }, contract: { prefix: '4', length: 7 } },
} as const satisfies Record<string, { access: IdShape; contract: IdShape }>;

export type ProvisionedKind = keyof typeof ID_SHAPES;

/** Where the random digits come from; injectable so seeding tools (bench) can stay reproducible. */
export type DigitSource = (shape: IdShape) => string;

/** `crypto.randomInt` draws each ID's free digits uniformly; zero-padded so `0…` digits survive. */
export const randomDigits: DigitSource = ({ prefix, length }) => {
  const free = length - prefix.length;
  // randomInt's range must stay below 2^48: at most 12 free digits per draw, which every shape meets.
  if (free < 1 || free > 12) throw new Error(`unsupported ID shape ${prefix}/${length}`);
  return prefix + String(crypto.randomInt(0, 10 ** free)).padStart(free, '0');
};

export function isProvisionedKind(kind: string): kind is ProvisionedKind {
  return kind in ID_SHAPES;
}

/**
 * What someone outside the owning organisation sees of an ID (SUP-8's
 * `0037xxxxx`, SUP-11): the first 4 characters, then `xxxxx` whatever the
 * length, so the mask does not even tell how many digits are hidden.
 */
export function maskId(id: string): string {
  return `${id.slice(0, 4)}xxxxx`;
}

/** SUP-8 SCS label: year, kind, partner ID, masked Access ID. */
export function scsLabel(startsAt: Date, partnerNumber: string, accessId: string): string {
  const year = String(startsAt.getUTCFullYear() % 100).padStart(2, '0');
  return `${year} SCS-${partnerNumber}-unk (${maskId(accessId)})`;
}

/** The SCS label with its masked Access ID replaced, so it matches a re-issued ID. */
export function relabelScs(label: string, accessId: string): string {
  return label.replace(/\([0-9]{4}x{5}\)$/, `(${maskId(accessId)})`);
}

/**
 * The shape of an ID the graph did not issue (a contract bought elsewhere,
 * re-issued by its owner): same length, its first digit kept (support staff
 * read the kind from it), at most 12 random digits (a longer ID keeps more
 * of its start).
 */
export function shapeOf(id: string): IdShape {
  return { prefix: id.slice(0, Math.max(1, id.length - 12)), length: id.length };
}

/**
 * The same contract with a fresh pair drawn for its kind (and, for SCS, the
 * label that shows the new Access ID). Used for new contracts, for a retry
 * after a collision, and by the migration that re-issues derived pairs.
 */
export function withFreshIds<T extends Pick<SupportContract, 'kind' | 'accessId' | 'contractId' | 'label'>>(row: T, source: DigitSource = randomDigits): T {
  const shapes = isProvisionedKind(row.kind) ? ID_SHAPES[row.kind] : { access: shapeOf(row.accessId), contract: shapeOf(row.contractId) };
  const accessId = source(shapes.access);
  const contractId = source(shapes.contract);
  const label = row.kind === 'SIGNATURE_CLOUD_SUPPORT' ? relabelScs(row.label, accessId) : row.label;
  return { ...row, accessId, contractId, label };
}
