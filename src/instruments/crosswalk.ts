import { itemsOf, versionsOf, type FrameworkModel } from './model.ts';
import type { Instrument } from './types.ts';

/**
 * Which items two versions of an instrument share. Validation guarantees that an item id keeps its wording,
 * scale and keying across versions, so a shared id is an unchanged item whose answers can be pooled across
 * waves; version 1's "na" then counts as missing, since it did not say whether the respondent did not know
 * or the statement did not apply.
 */
export interface Crosswalk {
  instrument: string;
  from: string;
  to: string;
  /** Item ids asked in both versions, in the newer version's order. */
  unchanged: string[];
  /** Asked only in the older version. */
  dropped: string[];
  /** Asked only in the newer version. */
  added: string[];
}

export function crosswalk(from: Instrument, to: Instrument): Crosswalk {
  if (from.id !== to.id)
    throw new Error(`A crosswalk compares versions of one instrument, not ${from.id} and ${to.id}.`);
  const before = new Set(itemsOf(from).map((item) => item.id));
  const after = itemsOf(to).map((item) => item.id);
  const now = new Set(after);
  return {
    instrument: to.id,
    from: from.version,
    to: to.version,
    unchanged: after.filter((id) => before.has(id)),
    dropped: [...before].filter((id) => !now.has(id)),
    added: after.filter((id) => !before.has(id)),
  };
}

/** Orders semantic versions ("1.10.0" after "1.9.0"): negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const as = a.split('.').map(Number);
  const bs = b.split('.').map(Number);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const difference = (as[i] ?? 0) - (bs[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The crosswalk to a version from every older version of its instrument, oldest first. */
export function crosswalksTo(version: Instrument, within: FrameworkModel): Crosswalk[] {
  return versionsOf(version.id, within)
    .filter((earlier) => compareVersions(earlier.version, version.version) < 0)
    .sort((a, b) => compareVersions(a.version, b.version))
    .map((earlier) => crosswalk(earlier, version));
}
