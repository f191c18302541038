import crypto from 'node:crypto';

/**
 * The first ID scheme, kept ONLY so migration 1764000000004 can recognise the
 * pairs it made and re-issue them (SUP-11). Never use it for new contracts:
 * it derives both IDs from public ids (agreement / package id), so anyone who
 * knows those could compute the pair and link the contract.
 */
export function legacyDigitsFrom(seed: string, length: number, prefix = ''): string {
  const hex = crypto.createHash('sha256').update(seed).digest('hex');
  let digits = prefix;
  for (const ch of hex) {
    if (digits.length >= length) break;
    digits += String(parseInt(ch, 16) % 10);
  }
  return digits;
}

/** The pair the first scheme gave the contract with this id, or null when the id is not one it provisioned. */
export function legacyPairFor(contractId: string, kind: string): { accessId: string; contractId: string } | null {
  if (kind === 'SA_PROBLEM_RESOLUTION' && contractId.startsWith('sc-sa-')) {
    const agreementId = contractId.slice('sc-sa-'.length);
    return { accessId: legacyDigitsFrom(`sa-access:${agreementId}`, 10, '04'), contractId: legacyDigitsFrom(`sa-contract:${agreementId}`, 10, '2') };
  }
  if (kind === 'SIGNATURE_CLOUD_SUPPORT' && contractId.startsWith('sc-pb-') && contractId.endsWith('-scs')) {
    const packageId = contractId.slice('sc-pb-'.length, -'-scs'.length);
    return { accessId: legacyDigitsFrom(`pb-scs-access:${packageId}`, 10, '003'), contractId: legacyDigitsFrom(`pb-scs-contract:${packageId}`, 7, '4') };
  }
  if (kind === 'PARTNER_BENEFIT' && contractId.startsWith('sc-pb-')) {
    const packageId = contractId.slice('sc-pb-'.length);
    return { accessId: legacyDigitsFrom(`pb-access:${packageId}`, 10, '023'), contractId: legacyDigitsFrom(`pb-contract:${packageId}`, 10, '7') };
  }
  return null;
}

/** The package a partner-benefit or SCS contract id belongs to (`sc-pb-<packageId>[-scs]`). */
export function packageIdOf(contractId: string, kind: string): string | null {
  if (!contractId.startsWith('sc-pb-')) return null;
  const rest = contractId.slice('sc-pb-'.length);
  return kind === 'SIGNATURE_CLOUD_SUPPORT' && rest.endsWith('-scs') ? rest.slice(0, -'-scs'.length) : rest;
}
