/**
 * The request number users quote: `SR` + the submission day (`yyMMdd`, UTC)
 * + the incident's sequence number padded to six digits, e.g.
 * `SR260615000004`. Derived, not stored: the sequence is the store's
 * auto-increment id, so it is unique without a counter row that 200
 * concurrent submissions would queue on.
 */
export function requestNumber(incident: { id: number; createdAt: Date }): string {
  const day = incident.createdAt.toISOString().slice(2, 10).replace(/-/g, '');
  return `SR${day}${String(incident.id).padStart(6, '0')}`;
}
