import type { ActivationChannel, Region } from './kinds';

/** PB-9: Asia-Pacific and Greater China go through Technical Support, except these countries. */
const REGIONAL_SERVICE_CENTER_IN_ASIA = new Set(['AU', 'NZ', 'TW']);

/**
 * PB-9: the channel an activation request goes through. North America,
 * Latin America and EMEA: Regional Service Center; Asia-Pacific and Greater
 * China: Technical Support, except Australia, New Zealand and Taiwan.
 */
export function activationChannel(region: Region, country: string): ActivationChannel {
  if (region === 'ASIA_PACIFIC' || region === 'GREATER_CHINA') {
    return REGIONAL_SERVICE_CENTER_IN_ASIA.has(country.toUpperCase()) ? 'REGIONAL_SERVICE_CENTER' : 'TECHNICAL_SUPPORT';
  }
  return 'REGIONAL_SERVICE_CENTER';
}

/** The requester details an activation request may carry (all required in EMEA, PB-9). */
export interface RequesterDetails {
  partnerId?: string | null;
  email?: string | null;
  name?: string | null;
  company?: string | null;
  phone?: string | null;
  city?: string | null;
  country?: string | null;
}

/** PB-9: the fields an EMEA request must carry, in the order the rule lists them. */
export const EMEA_REQUIRED_FIELDS = ['partnerId', 'email', 'name', 'company', 'phone', 'city', 'country'] as const;

/** PB-9: which required fields an EMEA request lacks (blank counts as missing); empty elsewhere. */
export function missingRequesterFields(region: Region, details: RequesterDetails): string[] {
  if (region !== 'EMEA') return [];
  return EMEA_REQUIRED_FIELDS.filter((f) => !details[f] || details[f]!.trim() === '');
}
