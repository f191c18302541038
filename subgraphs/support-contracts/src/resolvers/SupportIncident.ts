import { canReadOrganization } from '../../../../common/identity';
import { requestNumber } from '../domain/requestNumber';
import { respondBy } from '../domain/responseTime';
import { parseIncidentId } from '../store/supportCommands';
import type { SupportContractRow, SupportIncidentRow } from '../store/entities';
import type { SupportContext } from './context';

export const SupportIncident = {
  /** Readable by the submitter's organisation (and analysts); anyone else gets null. */
  async __resolveReference(ref: { id: string }, ctx: SupportContext): Promise<SupportIncidentRow | null> {
    const id = parseIncidentId(ref.id);
    const row = id === null ? null : await ctx.loaders.incidentById.load(id);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  id: (i: SupportIncidentRow) => String(i.id),
  requestNumber: (i: SupportIncidentRow) => requestNumber(i),
  respondBy: (i: SupportIncidentRow) => respondBy(i.createdAt, i.responseTimeMinutes),
  product: (i: SupportIncidentRow) => ({ id: i.productId }),
  /** The contract, if the viewer may still read it: their organisation's, or one they linked. */
  async contract(i: SupportIncidentRow, _: unknown, ctx: SupportContext): Promise<SupportContractRow | null> {
    const row = await ctx.loaders.contractById.load(i.supportContractId);
    if (!row || !ctx.viewer) return null;
    if (canReadOrganization(ctx.viewer, row.organizationId)) return row;
    const usable = await ctx.loaders.usableContracts.load(ctx.viewer.userId);
    return usable.some((c) => c.id === row.id) ? row : null;
  },
};
