/** A version as the downgrade rules see it: `ordinal` orders versions, higher is newer. */
export interface OrderedVersion {
  ordinal: number;
}

/** Most perpetual products may be used at version n-1 or n-2 (CSP-6). */
export const DEFAULT_DOWNGRADE_DEPTH = 2;

/** Versions newest first. */
export function newestFirst<V extends OrderedVersion>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => b.ordinal - a.ordinal);
}

/** The newest version, or null when there is none. */
export function latestVersion<V extends OrderedVersion>(versions: readonly V[]): V | null {
  return newestFirst(versions)[0] ?? null;
}

/**
 * CSP-6: the earlier versions a licence of `licensed` may be used at — the
 * `depth` released versions just before it (n-1 … n-depth), newest first.
 * Positions count released versions, so a gap in ordinals does not shrink the rights.
 */
export function downgradeRights<V extends OrderedVersion>(versions: readonly V[], licensed: OrderedVersion, depth: number): V[] {
  if (depth <= 0) return [];
  return newestFirst(versions.filter((v) => v.ordinal < licensed.ordinal)).slice(0, depth);
}

/** Whether a newer version than `ordinal` exists among `versions` (MP-8). */
export function hasNewerVersion(versions: readonly OrderedVersion[], ordinal: number): boolean {
  return versions.some((v) => v.ordinal > ordinal);
}
