import type { ProgramSupportCaseResolvers } from '../generated/resolvers';

/** SUP-10: a case shows where the details went (kind, masked e-mail), never the IDs. */
export const ProgramSupportCase: ProgramSupportCaseResolvers = {
  detailsResentTo: (c) =>
    c.status === 'DETAILS_RESENT' && c.recipientKind ? { kind: c.recipientKind, maskedEmail: c.recipientEmailMasked ?? '' } : null,
  detailsResentAt: (c) => (c.status === 'DETAILS_RESENT' ? c.resentAt : null),
};
