/**
 * SUP-1: a contract expires one year after it starts (same calendar day and
 * time, UTC; a 29 February start expires on 1 March).
 */
export function contractExpiry(startsAt: Date): Date {
  const expiry = new Date(startsAt.getTime());
  expiry.setUTCFullYear(expiry.getUTCFullYear() + 1);
  return expiry;
}

/** Expired from its expiry instant on. */
export function isExpired(contract: { expiresAt: Date }, now: Date): boolean {
  return contract.expiresAt.getTime() <= now.getTime();
}
