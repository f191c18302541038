import { addDays, isoDate } from '../../common/clock';
import { activationChannel } from '../../subgraphs/partner-benefits/src/domain/activationChannel';
import { programContactRecipient } from '../../subgraphs/partner-benefits/src/domain/detailsRecipient';
import {
  AdvisoryRequestRow,
  BenefitEntitlementRow,
  BenefitPackageRow,
  PartnerLocationRow,
  PartnerMembershipRow,
} from '../../subgraphs/partner-benefits/src/store/entities';
import { table, type TableRows } from './insertRows';
import { ENROLLED_DAYS_AGO, partnerPackages } from './partnerPackages';
import type { BenchPartner, PartnerProgram } from './world';

/** PB-8: competency partners; the toolkit's location earned the extra ones. */
const COMPETENCIES: Record<PartnerProgram, string> = { GOLD: 'Cloud Platform,Data Analytics', SILVER: 'Datacenter' };

interface BenefitsTables {
  memberships: PartnerMembershipRow[];
  locations: PartnerLocationRow[];
  packages: BenefitPackageRow[];
  entitlements: BenefitEntitlementRow[];
  advisory: AdvisoryRequestRow[];
}

/** Headquarters first (its program contact is the program admin), then two more locations in the same country. */
function locationsOf(p: BenchPartner, membershipId: string): PartnerLocationRow[] {
  const key = p.id.slice('bench-org-'.length);
  return p.cities.map((city, k) => ({
    id: `bench-loc-${key}-${k === 0 ? 'hq' : k + 1}`,
    membershipId,
    name: `${p.name} ${k === 0 ? 'HQ' : city}`,
    city,
    country: p.country,
    region: p.region,
    isHeadquarters: k === 0,
    contactName: k === 0 ? p.programAdmin.name : `Contact ${city}`,
    contactEmail: k === 0 ? p.programAdmin.email : `contact.${k + 1}@${key}.bench.example`,
  }));
}

/**
 * One partner: an eligible membership (PB-7), HQ + 2 locations, core
 * benefits activated proactively (PB-3) and a toolkit requested by the
 * program admin for the second location (PB-8), each package with the PB-4
 * recipient and PB-9 channel the activation would record, and its three
 * entitlements pointing at the contracts it produced. An advisory request
 * accounts for the advisory hours used (PB-10).
 */
function addPartner(t: BenefitsTables, p: BenchPartner, now: Date): void {
  const key = p.id.slice('bench-org-'.length);
  const membershipId = `bench-pm-${key}`;
  const enrolled = addDays(now, -ENROLLED_DAYS_AGO);
  t.memberships.push({
    id: membershipId,
    organizationId: p.id,
    program: p.program,
    competencies: COMPETENCIES[p.program],
    membershipYear: enrolled.getUTCFullYear(),
    enrolledOn: isoDate(enrolled),
    partnerNumber: p.partnerNumber,
  });
  const locations = locationsOf(p, membershipId);
  t.locations.push(...locations);
  const [hq, toolkitLocation] = locations;
  for (const pkg of partnerPackages(p, now)) {
    const location = pkg.kind === 'CORE' ? hq : toolkitLocation;
    const recipient = programContactRecipient(pkg.kind, hq, location);
    const proactive = pkg.kind === 'CORE';
    t.packages.push({
      id: pkg.id,
      membershipId,
      kind: pkg.kind,
      locationId: location.id,
      activatedAt: pkg.activatedAt,
      activationMode: proactive ? 'PROACTIVE' : 'REQUESTED',
      channel: activationChannel(location.region, location.country),
      activatedBy: proactive ? null : p.programAdmin.sub,
      recipientKind: recipient.kind,
      recipientName: recipient.name,
      recipientEmail: recipient.email,
    });
    t.entitlements.push(...pkg.entitlements.map((e) => ({ ...e, packageId: pkg.id })));
  }
  t.advisory.push({
    id: `bench-adv-${key}`,
    organizationId: p.id,
    requestedBy: p.programAdmin.sub,
    topic: 'Architecture review before a migration',
    requestedAt: addDays(now, -20),
    beforeActivation: false,
  });
}

/** Rows of the partner-benefits store. */
export function benefitsRows(partners: readonly BenchPartner[], now: Date): TableRows[] {
  const t: BenefitsTables = { memberships: [], locations: [], packages: [], entitlements: [], advisory: [] };
  for (const p of partners) addPartner(t, p, now);
  return [
    table(PartnerMembershipRow, t.memberships),
    table(PartnerLocationRow, t.locations),
    table(BenefitPackageRow, t.packages),
    table(BenefitEntitlementRow, t.entitlements),
    table(AdvisoryRequestRow, t.advisory),
  ];
}
