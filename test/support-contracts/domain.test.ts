import { parseDigitId } from '../../subgraphs/support-contracts/src/domain/contractIds';
import { effectiveScope, ineligibility } from '../../subgraphs/support-contracts/src/domain/eligibility';
import { contractExpiry } from '../../subgraphs/support-contracts/src/domain/expiry';
import { partnerBenefitContracts } from '../../subgraphs/support-contracts/src/domain/provisionedContracts';
import { requestNumber } from '../../subgraphs/support-contracts/src/domain/requestNumber';
import { RESPONSE_TIME_MINUTES, responseTimeMinutes } from '../../subgraphs/support-contracts/src/domain/responseTime';

describe('support-contracts domain rules (unit)', () => {
  it('SUP-1 expiry is one year after the start, in UTC', () => {
    expect(contractExpiry(new Date('2026-03-01T00:00:00Z')).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(contractExpiry(new Date('2028-02-29T12:00:00Z')).toISOString()).toBe('2029-03-01T12:00:00.000Z');
  });

  it('SUP-2 keeps leading zeros and refuses non-digits naming the field', () => {
    expect(parseDigitId('0230242323', 'accessId')).toBe('0230242323');
    expect(() => parseDigitId('02302-42323', 'accessId')).toThrow(/Access ID must contain only the digits/);
    expect(() => parseDigitId('', 'contractId')).toThrow(/Contract ID is empty/);
    expect(() => parseDigitId('1'.repeat(21), 'contractId')).toThrow(/at most 20 digits/);
  });

  it('SUP-4 SCS and ASfP are cloud only whatever the stored scope', () => {
    expect(effectiveScope({ kind: 'SIGNATURE_CLOUD_SUPPORT', scope: 'ALL' })).toBe('CLOUD');
    expect(effectiveScope({ kind: 'ADVANCED_SUPPORT_FOR_PARTNERS', scope: 'ON_PREMISES' })).toBe('CLOUD');
    expect(effectiveScope({ kind: 'PRODUCT_SUPPORT', scope: 'ALL' })).toBe('ALL');
  });

  it('SUP-4 eligibility checks expiry, then balance, then scope', () => {
    const now = new Date('2026-06-15T09:00:00Z');
    const base = { kind: 'PRODUCT_SUPPORT' as const, scope: 'ON_PREMISES' as const, incidentsRemaining: 1, expiresAt: new Date('2027-01-01T00:00:00Z') };
    expect(ineligibility(base, 'ON_PREMISES', now)).toBeNull();
    expect(ineligibility(base, 'CLOUD', now)).toBe('OUT_OF_SCOPE');
    expect(ineligibility({ ...base, incidentsRemaining: 0 }, 'CLOUD', now)).toBe('EXHAUSTED');
    expect(ineligibility({ ...base, expiresAt: now }, 'ON_PREMISES', now)).toBe('EXPIRED');
  });

  it('SUP-5 response time comes from the documented table', () => {
    expect(responseTimeMinutes('PRODUCT_SUPPORT', 'A')).toBe(60);
    expect(responseTimeMinutes('ADVANCED_SUPPORT_FOR_PARTNERS', 'A')).toBe(30);
    expect(responseTimeMinutes('SA_PROBLEM_RESOLUTION', 'C')).toBe(960);
    expect(Object.keys(RESPONSE_TIME_MINUTES).sort()).toEqual([
      'ADVANCED_SUPPORT_FOR_PARTNERS', 'PARTNER_BENEFIT', 'PRODUCT_SUPPORT', 'SA_PROBLEM_RESOLUTION', 'SIGNATURE_CLOUD_SUPPORT',
    ]);
  });

  it('SUP-5 request numbers carry the submission day and the sequence', () => {
    expect(requestNumber({ id: 42, createdAt: new Date('2026-06-15T23:59:00Z') })).toBe('SR260615000042');
  });

  it('PB-12 SUP-7 a Signature Cloud contract only for Gold and Silver, even when the event asks for one', () => {
    const activation = (program: string) => ({
      organizationId: 'org-x', packageId: 'bp-x', packageKind: 'CORE' as const, program, partnerNumber: '1234567',
      entitlements: [{ id: 'e-ps', kind: 'PRODUCT_SUPPORT_INCIDENTS' as const }, { id: 'e-scs', kind: 'SIGNATURE_CLOUD_INCIDENTS' as const }],
    });
    const kinds = (program: string) => partnerBenefitContracts(activation(program), new Date('2026-06-15T00:00:00Z')).contracts.map((c) => c.kind);
    expect(kinds('GOLD')).toEqual(['PARTNER_BENEFIT', 'SIGNATURE_CLOUD_SUPPORT']);
    expect(kinds('SILVER')).toEqual(['PARTNER_BENEFIT', 'SIGNATURE_CLOUD_SUPPORT']);
    expect(kinds('ACTION_PACK')).toEqual(['PARTNER_BENEFIT']);
    expect(kinds('NETWORK_MEMBER')).toEqual(['PARTNER_BENEFIT']);
  });
});
