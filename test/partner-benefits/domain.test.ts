import { activationChannel, missingRequesterFields } from '../../subgraphs/partner-benefits/src/domain/activationChannel';
import { programContactRecipient, selfServiceRecipient } from '../../subgraphs/partner-benefits/src/domain/detailsRecipient';
import { isEligibleProgram, isProactivelyActivated, withinProactiveWindow } from '../../subgraphs/partner-benefits/src/domain/eligibility';
import { balancePropagated, partnerTiles, provisioningDelayed, unlinkedTiles } from '../../subgraphs/partner-benefits/src/domain/tiles';
import type { BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from '../../subgraphs/partner-benefits/src/store/entities';

describe('PB-9 activation channel (unit)', () => {
  it.each([
    ['NORTH_AMERICA', 'US', 'REGIONAL_SERVICE_CENTER'],
    ['LATIN_AMERICA', 'BR', 'REGIONAL_SERVICE_CENTER'],
    ['EMEA', 'DE', 'REGIONAL_SERVICE_CENTER'],
    ['ASIA_PACIFIC', 'JP', 'TECHNICAL_SUPPORT'],
    ['GREATER_CHINA', 'CN', 'TECHNICAL_SUPPORT'],
    ['ASIA_PACIFIC', 'AU', 'REGIONAL_SERVICE_CENTER'],
    ['ASIA_PACIFIC', 'NZ', 'REGIONAL_SERVICE_CENTER'],
    ['GREATER_CHINA', 'TW', 'REGIONAL_SERVICE_CENTER'],
  ] as const)('PB-9 %s / %s goes through %s', (region, country, channel) => {
    expect(activationChannel(region, country)).toBe(channel);
  });

  it('PB-9 names every missing EMEA field in rule order, blank counting as missing', () => {
    expect(missingRequesterFields('EMEA', { email: 'a@b.example', phone: '  ' })).toEqual(['partnerId', 'name', 'company', 'phone', 'city', 'country']);
  });

  it('PB-9 requires no field outside EMEA', () => {
    expect(missingRequesterFields('ASIA_PACIFIC', {})).toEqual([]);
  });
});

describe('PB-3 and PB-7 eligibility (unit)', () => {
  it('PB-7 network members are not eligible, every other program is', () => {
    expect(['NETWORK_MEMBER', 'ACTION_PACK', 'SILVER', 'GOLD'].map((p) => isEligibleProgram(p as PartnerMembershipRow['program']))).toEqual([false, true, true, true]);
  });

  it('PB-3 only Gold and Silver are activated proactively', () => {
    expect(['NETWORK_MEMBER', 'ACTION_PACK', 'SILVER', 'GOLD'].map((p) => isProactivelyActivated(p as PartnerMembershipRow['program']))).toEqual([false, false, true, true]);
  });

  it('PB-3 the proactive window is one calendar month from enrolment', () => {
    expect(withinProactiveWindow('2026-01-31', new Date('2026-01-31T00:00:00Z'))).toBe(true);
    expect(withinProactiveWindow('2026-05-01', new Date('2026-05-31T23:59:59Z'))).toBe(true);
    expect(withinProactiveWindow('2026-05-01', new Date('2026-06-01T00:00:00Z'))).toBe(false);
    expect(withinProactiveWindow('2026-05-01', new Date('2026-04-30T00:00:00Z'))).toBe(false);
  });
});

describe('PB-4 and PB-11 details recipient (unit)', () => {
  const hq = { contactName: 'H', contactEmail: 'h@x.example' } as PartnerLocationRow;
  const site = { contactName: 'S', contactEmail: 's@x.example' } as PartnerLocationRow;
  it('PB-4 core benefits go to the HQ contact, a toolkit to its location contact', () => {
    expect(programContactRecipient('CORE', hq, site)).toEqual({ kind: 'HEADQUARTERS_CONTACT', name: 'H', email: 'h@x.example' });
    expect(programContactRecipient('ADDITIONAL_BUSINESS_TOOLKIT', hq, site)).toEqual({ kind: 'LOCATION_CONTACT', name: 'S', email: 's@x.example' });
  });
  it('PB-11 self-service goes to the alternate e-mail when given, else the signed-in user', () => {
    expect(selfServiceRecipient({ userId: 'u', email: 'u@x.example' }, ' alt@x.example ')).toEqual({ kind: 'ALTERNATE_EMAIL', name: 'alt@x.example', email: 'alt@x.example' });
    expect(selfServiceRecipient({ userId: 'u', email: 'u@x.example' }, '')).toEqual({ kind: 'SIGNED_IN_USER', name: 'u', email: 'u@x.example' });
  });
});

describe('PB-5/6 and PB-7 tiles (unit)', () => {
  const now = new Date('2026-06-15T09:00:00Z');
  it('PB-5/6 a balance has propagated only with a contract and 3 full days after activation', () => {
    expect(balancePropagated(new Date('2026-06-12T09:00:00Z'), 'sc-1', now)).toBe(true);
    expect(balancePropagated(new Date('2026-06-12T09:00:01Z'), 'sc-1', now)).toBe(false);
    expect(balancePropagated(new Date('2026-01-01T00:00:00Z'), null, now)).toBe(false);
    expect(balancePropagated(null, 'sc-1', now)).toBe(false);
  });

  it('PB-7 unlinked tiles fail USER_LINKED; the items after it are not checked', () => {
    const tiles = unlinkedTiles('org-x');
    expect(tiles.map((t) => t.status)).toEqual(['USER_NOT_LINKED', 'USER_NOT_LINKED', 'USER_NOT_LINKED']);
    expect(tiles[0].checklist.map((c) => [c.state, c.passed])).toEqual([['FAILED', false], ['NOT_CHECKED', false], ['NOT_CHECKED', false], ['NOT_CHECKED', false]]);
  });

  it('PB-5/6 a contract overdue past the window is delayed; within the window, or recorded, it is not', () => {
    expect(provisioningDelayed(new Date('2026-06-12T09:00:00Z'), null, now)).toBe(true);
    expect(provisioningDelayed(new Date('2026-06-12T09:00:01Z'), null, now)).toBe(false);
    expect(provisioningDelayed(new Date('2026-01-01T00:00:00Z'), 'sc-1', now)).toBe(false);
    expect(provisioningDelayed(null, null, now)).toBe(false);
  });

  it('PB-8 core tiles come before toolkit tiles, and only ACTIVE tiles carry a contract', () => {
    const membership = { id: 'm', program: 'GOLD' } as PartnerMembershipRow;
    const pkg = (id: string, kind: BenefitPackageRow['kind'], activatedAt: Date | null) => ({ id, kind, locationId: 'l', membershipId: 'm', activatedAt }) as BenefitPackageRow;
    const ent = (id: string, packageId: string) => ({ id, packageId, kind: 'ADVISORY_HOURS' as const, position: 0, supportContractId: `sc-${id}` });
    const tiles = partnerTiles(
      membership,
      [],
      [pkg('a-toolkit', 'ADDITIONAL_BUSINESS_TOOLKIT', new Date('2026-06-14T00:00:00Z')), pkg('z-core', 'CORE', new Date('2026-01-01T00:00:00Z'))],
      [[ent('t1', 'a-toolkit')], [ent('c1', 'z-core')]],
      now,
    );
    expect(tiles.map((t) => [t.id, t.status, t.supportContractId])).toEqual([
      ['c1', 'ACTIVE', 'sc-c1'],
      ['t1', 'PROVISIONING', null],
    ]);
  });
});
