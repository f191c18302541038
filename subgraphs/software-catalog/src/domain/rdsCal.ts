/**
 * CSP-7 as the source states it: a Server 2016 RDS CAL works on 2016 and 2019
 * installs; a Server 2019 CAL only on 2019. Only versions the source rules on
 * are known; anything else is a question we cannot answer.
 */
export const RDS_CAL_WORKS_ON: Readonly<Record<string, readonly string[]>> = {
  '2016': ['2016', '2019'],
  '2019': ['2019'],
};

export const KNOWN_RDS_SERVER_VERSIONS: readonly string[] = ['2016', '2019'];

/** Server versions a CAL works on, or null for a CAL version the rule does not know. */
export function serverVersionsForCal(calVersion: string): readonly string[] | null {
  return RDS_CAL_WORKS_ON[calVersion] ?? null;
}

/** Whether a CAL of `calVersion` works on a server of `serverVersion`. */
export function isRdsCalCompatible(calVersion: string, serverVersion: string): boolean {
  return (serverVersionsForCal(calVersion) ?? []).includes(serverVersion);
}

/** A 5x5 code: five groups of five letters or digits, upper case, dash-separated. */
const FIVE_BY_FIVE = /^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/;

/** Normalises a typed 5x5 code (case, surrounding spaces); null when it is not one. */
export function normalizeActivationCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  return FIVE_BY_FIVE.test(code) ? code : null;
}
