/** Incident ids are the store's integers; anything else is simply not found. */
export function parseIncidentId(id: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : null;
}
