import type { ProgramSupportCaseRow } from '../store/entities';

/** SUP-10: a case shows where the details went (kind, masked e-mail), never the IDs. */
export const ProgramSupportCase = {
  detailsResentTo: (c: ProgramSupportCaseRow) =>
    c.status === 'DETAILS_RESENT' && c.recipientKind ? { kind: c.recipientKind, maskedEmail: c.recipientEmailMasked ?? '' } : null,
  detailsResentAt: (c: ProgramSupportCaseRow) => (c.status === 'DETAILS_RESENT' ? c.resentAt : null),
};
