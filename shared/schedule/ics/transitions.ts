// A zone's clock changes over a span, read from the same offset tables expandSeries uses
// (../offsets, built from luxon), so the VTIMEZONE we write describes exactly the offsets our
// occurrences were computed with.
import { MS_PER_DAY } from '../calendar';
import { offsetAt } from '../offsets';

export interface Transition {
  /** First instant (ms) with the new offset. */
  at: number;
  /** Offsets in minutes before and after. */
  before: number;
  after: number;
}

/** First whole second in (lo, hi] whose offset differs from `before` (the offset at lo). */
function bisect(zone: string, lo: number, hi: number, before: number): number {
  let loS = Math.floor(lo / 1000);
  let hiS = Math.ceil(hi / 1000);
  while (hiS - loS > 1) {
    const mid = Math.floor((loS + hiS) / 2);
    if (offsetAt(zone, mid * 1000) === before) loS = mid;
    else hiS = mid;
  }
  return hiS * 1000;
}

/**
 * Changes with `from < at <= to`, ascending. Samples daily and bisects each change to the second;
 * a change and its exact reversal within one day would be missed (tzdata has none).
 */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let prevAt = from;
  let prev = offsetAt(zone, from);
  for (let t = Math.min(from + MS_PER_DAY, to); ; t = Math.min(t + MS_PER_DAY, to)) {
    const sample = offsetAt(zone, t);
    // Re-bisect from each change found, in case two fall between samples (a -> b -> c).
    while (sample !== prev) {
      const at = bisect(zone, prevAt, t, prev);
      const after = offsetAt(zone, at);
      found.push({ at, before: prev, after });
      prevAt = at;
      prev = after;
    }
    prevAt = t;
    if (t >= to) return found;
  }
}
