import { parseIncidentId } from '../domain/incidentIds';
import { requestNumber } from '../domain/requestNumber';
import { respondBy } from '../domain/responseTime';
import type { SupportIncidentResolvers } from '../generated/resolvers';

export const SupportIncident: SupportIncidentResolvers = {
  /** Readable by the submitter's organisation (and analysts); anyone else gets null. */
  __resolveReference(ref, ctx) {
    const id = parseIncidentId(ref.id);
    return id === null ? null : ctx.loaders.readableIncident(id);
  },
  id: (i) => String(i.id),
  requestNumber: (i) => requestNumber(i),
  respondBy: (i) => respondBy(i.createdAt, i.responseTimeMinutes),
  product: (i) => ({ id: i.productId }),
  /** The contract, if the viewer may still read it: their organisation's, or one they linked. */
  contract: (i, _, ctx) => ctx.loaders.visibleContract(i.supportContractId),
};
