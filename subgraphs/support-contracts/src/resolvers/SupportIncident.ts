import { canReadOrganization } from '../../../../common/identity';
import { requestNumber } from '../domain/requestNumber';
import { respondBy } from '../domain/responseTime';
import type { SupportIncidentResolvers } from '../generated/resolvers';
import { parseIncidentId } from '../store/supportCommands';

export const SupportIncident: SupportIncidentResolvers = {
  /** Readable by the submitter's organisation (and analysts); anyone else gets null. */
  async __resolveReference(ref, ctx) {
    const id = parseIncidentId(ref.id);
    const row = id === null ? null : await ctx.loaders.incidentById.load(id);
    return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
  },
  id: (i) => String(i.id),
  requestNumber: (i) => requestNumber(i),
  respondBy: (i) => respondBy(i.createdAt, i.responseTimeMinutes),
  product: (i) => ({ id: i.productId }),
  /** The contract, if the viewer may still read it: their organisation's, or one they linked. */
  async contract(i, _, ctx) {
    const row = await ctx.loaders.contractById.load(i.supportContractId);
    if (!row || !ctx.viewer) return null;
    if (canReadOrganization(ctx.viewer, row.organizationId)) return row;
    const usable = await ctx.loaders.usableContracts.load(ctx.viewer.userId);
    return usable.some((c) => c.id === row.id) ? row : null;
  },
};
