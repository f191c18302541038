import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../../common/clock';
import { domainError, ErrorCode } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import { AdvisoryRequestRow, BenefitPackageRow, PartnerMembershipRow } from './entities';

/** PB-10: an advisory request of the viewer's organisation, allowed before activation; needs a partner membership (any program). */
export function requestAdvisory(db: DataSource, viewer: Viewer, topic: string, clock: Clock): Promise<AdvisoryRequestRow> {
  return db.transaction(async (tx) => {
    const membership = await tx.getRepository(PartnerMembershipRow).findOneBy({ organizationId: viewer.orgId });
    if (!membership) throw domainError(ErrorCode.NOT_ELIGIBLE, 'Advisory requests need a partner membership (PB-7).');
    const core = await tx.getRepository(BenefitPackageRow).findOneBy({ membershipId: membership.id, kind: 'CORE' });
    const row: AdvisoryRequestRow = {
      id: `adv-${crypto.randomUUID()}`,
      organizationId: viewer.orgId,
      requestedBy: viewer.userId,
      topic,
      requestedAt: clock.now(),
      beforeActivation: !core?.activatedAt,
    };
    await tx.getRepository(AdvisoryRequestRow).insert(row);
    return row;
  });
}
