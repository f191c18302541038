import type { DataSource } from 'typeorm';
import { secondsSince, sqlNumber, type Period } from '../../../../common/insights';
import type { WaitingActivations } from '../domain/activationInsights';
import { BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow, type ActivationChannel, type PartnerProgram, type Region } from './entities';

export interface ActivationInsightFilter {
  period: Period;
  now: Date;
  /** Activated at or before this instant and still waiting: PROVISIONING_DELAYED (PB-5/6). */
  delayedIfActivatedBy: Date;
  region?: Region | null;
  channel?: ActivationChannel | null;
  program?: PartnerProgram | null;
}

/** Waiting activations of one region and channel: counts and durations only. */
export type ActivationInsightRow = WaitingActivations;

/**
 * PB-4/PB-5/6/PB-9 for analysts: packages activated (requested, proactive or
 * self-service) whose support contracts are not all recorded yet, per region of
 * the package's location and activation channel, with how long they have been
 * waiting by the injected clock. One GROUP BY statement (the entitlement test
 * is a correlated EXISTS, not a join, so a package counts once).
 */
export async function activationInsights(db: DataSource, filter: ActivationInsightFilter): Promise<ActivationInsightRow[]> {
  const waited = secondsSince(db, 'p.activated_at');
  const qb = db
    .getRepository(BenefitPackageRow)
    .createQueryBuilder('p')
    .innerJoin(PartnerLocationRow, 'l', 'l.id = p.location_id')
    .innerJoin(PartnerMembershipRow, 'm', 'm.id = p.membership_id')
    .select('l.region', 'region')
    .addSelect('p.channel', 'channel')
    .addSelect('COUNT(*)', 'waiting')
    .addSelect('SUM(CASE WHEN p.activated_at <= :delayedIfActivatedBy THEN 1 ELSE 0 END)', 'delayed')
    .addSelect(`MAX(${waited})`, 'oldest')
    .addSelect(`AVG(${waited})`, 'average')
    .where('p.activated_at IS NOT NULL')
    // An activation "in the future" of the clock is not waiting yet (a test clock moved back, a skewed writer).
    .andWhere('p.activated_at <= :now')
    .andWhere('EXISTS (SELECT 1 FROM benefit_entitlement e WHERE e.package_id = p.id AND e.support_contract_id IS NULL)')
    .setParameters({ now: filter.now, delayedIfActivatedBy: filter.delayedIfActivatedBy })
    .groupBy('l.region')
    .addGroupBy('p.channel')
    .orderBy('l.region', 'ASC')
    .addOrderBy('p.channel', 'ASC');
  if (filter.period.from) qb.andWhere('p.activated_at >= :from', { from: filter.period.from });
  if (filter.period.until) qb.andWhere('p.activated_at < :until', { until: filter.period.until });
  if (filter.region) qb.andWhere('l.region = :region', { region: filter.region });
  if (filter.channel) qb.andWhere('p.channel = :channel', { channel: filter.channel });
  if (filter.program) qb.andWhere('m.program = :program', { program: filter.program });
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map((r) => ({
    region: r.region as Region,
    channel: (r.channel ?? null) as ActivationChannel | null,
    waiting: sqlNumber(r.waiting),
    delayed: sqlNumber(r.delayed),
    oldestWaitingSeconds: sqlNumber(r.oldest),
    averageWaitingSeconds: sqlNumber(r.average),
  }));
}
