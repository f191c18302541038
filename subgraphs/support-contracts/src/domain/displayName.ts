import type { SupportContract } from './supportContract';

/**
 * SUP-8: `0230242323 - 20Pack Partner Support Gold` for product contracts;
 * cloud contracts carry their own label (`15 SCS-4648141-unk (0037xxxxx)`).
 */
export function displayName(contract: Pick<SupportContract, 'accessId' | 'label' | 'scope'>): string {
  return contract.scope === 'CLOUD' ? contract.label : `${contract.accessId} - ${contract.label}`;
}
