// Slots whose local start names no single instant: inside a spring-forward gap (no instant) or a
// fall-back fold (two). Calendar apps disagree on those: RFC 5545 drops an RRULE instance that
// falls in a gap (and does not count it) yet reads a gap DATE-TIME with the offset from before;
// ical.js (Thunderbird) reads a gap time with the offset from after (an hour early) and a fold
// time as the later instant. We pin each such slot to the instant expandSeries uses: an RDATE in
// UTC at our instant, plus an EXDATE in UTC at the other reading, which removes the app's own
// instance where it put it elsewhere and matches nothing where it agreed (the RDATE then merges
// with it: a recurrence set holds each instant once).
//
// Not "EXDATE;TZID=<the local time>": an app that reads it per RFC 5545 gets our instant, and
// EXDATE removes RDATE instances too, so the session would vanish. The cost of our choice: an
// app that compares times by wall clock rather than instant (Python's dateutil does, for times
// in a gap or fold) may list the session twice; twice is better than never.
import { formatLocal, MS_PER_DAY, MS_PER_MINUTE } from '../calendar';
import { generatesSlot } from '../expand';
import { instantsAt, offsetsAround, parseLocalDateTime, wallMs } from '../localTime';
import { zoneTransitions } from '../offsets';
import type { ValidSeries } from '../recurrence';

export interface PinnedSlot {
  /** The original local start 'YYYY-MM-DDTHH:mm' (the slot key). */
  slot: string;
  kind: 'gap' | 'fold';
  /** Our instant: a gap moves forward by its length (the offset from before); a fold takes the earlier. */
  ours: number;
  /** The other reading: the offset from after the change. */
  other: number;
}

/**
 * Generated slots (cancelled or not) on local days [firstDay, lastDay] whose start falls in a
 * gap or fold, ascending. Only days touched by a clock change are tried, so a long span is cheap.
 */
export function pinnedSlots(series: ValidSeries, firstDay: number, lastDay: number): PinnedSlot[] {
  const startMinutes = series.startMinutes;
  const slack = MS_PER_DAY; // more than any offset, so no change touching these days is missed
  const changes = zoneTransitions(series.zone, firstDay * MS_PER_DAY - slack, (lastDay + 1) * MS_PER_DAY + slack);
  const pinned: PinnedSlot[] = [];
  for (const { at, before, after } of changes) {
    // Wall times [lo, hi) are skipped (gap, after > before) or shown twice (fold).
    const lo = at + Math.min(before, after) * MS_PER_MINUTE;
    const hi = at + Math.max(before, after) * MS_PER_MINUTE;
    for (let day = Math.floor(lo / MS_PER_DAY); day <= Math.floor((hi - 1) / MS_PER_DAY); day++) {
      const wall = day * MS_PER_DAY + startMinutes * MS_PER_MINUTE;
      if (wall < lo || wall >= hi || day < firstDay || day > lastDay) continue;
      const slot = formatLocal(day, startMinutes);
      if (!generatesSlot(series, slot)) continue;
      pinned.push({ slot, kind: after > before ? 'gap' : 'fold', ours: wall - before * MS_PER_MINUTE, other: wall - after * MS_PER_MINUTE });
    }
  }
  return pinned;
}

/** The pin for one local start, or null when it names exactly one instant. */
export function pinOf(zone: string, slot: string): PinnedSlot | null {
  const local = parseLocalDateTime(slot);
  if (!local) return null;
  const wall = wallMs(local);
  const found = instantsAt(zone, wall);
  if (found.length === 2) return { slot, kind: 'fold', ours: found[0]!, other: found[1]! };
  if (found.length === 1) return null;
  const { before, after } = offsetsAround(zone, wall);
  return { slot, kind: 'gap', ours: wall - before * MS_PER_MINUTE, other: wall - after * MS_PER_MINUTE };
}
