// Recognises a zone's yearly clock-change rule from observed onsets, so a VTIMEZONE for a series
// with no end can carry an RRULE instead of a finite list. RRULE can say "weekday W on or after
// day D of month M" as BYMONTH=M;BYDAY=W;BYMONTHDAY=D..D+6, which is how tzdata states most
// rules (EU "lastSun", US "Sun>=8", Chile "Sun>=2", Lord Howe, Chatham); the nth and last forms
// (BYDAY=2SU, BYDAY=-1SU) are preferred where they fit, since every calendar app reads them.
import { civilFromDays, daysInMonth, isoWeekday, MS_PER_DAY } from '../calendar';
import type { Weekday } from '../types';

/** An observance onset as a local wall time (in the offset before the change). */
export interface Onset {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** Milliseconds since local midnight. */
  timeOfDay: number;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function weekdayCode(weekday: Weekday): string {
  return WEEKDAY_CODES[weekday - 1]!;
}

export function onsetOf(wall: number): Onset {
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const { year, month, day } = civilFromDays(dayNumber);
  return { year, month, day, weekday: isoWeekday(dayNumber), timeOfDay: wall - dayNumber * MS_PER_DAY };
}

/**
 * The yearly RRULE (without 'RRULE:') that generates exactly these onsets, which must be in
 * consecutive years, or null. Only the observed years are checked; callers decide how many
 * years make a rule trustworthy.
 */
export function yearlyRule(onsets: Onset[]): string | null {
  const first = onsets[0];
  if (!first) return null;
  for (let i = 1; i < onsets.length; i++) {
    const o = onsets[i]!;
    if (o.year !== onsets[i - 1]!.year + 1 || o.month !== first.month || o.timeOfDay !== first.timeOfDay) return null;
  }
  const base = `FREQ=YEARLY;BYMONTH=${first.month}`;
  if (onsets.every((o) => o.weekday === first.weekday)) {
    const code = weekdayCode(first.weekday);
    // "W on or after D" yields day d exactly when d - 6 <= D <= d, for every observed year.
    const lo = Math.max(1, ...onsets.map((o) => o.day - 6));
    const hi = Math.min(...onsets.map((o) => o.day));
    for (let nth = 1; nth <= 4; nth++) {
      const d = 7 * (nth - 1) + 1;
      if (d >= lo && d <= hi) return `${base};BYDAY=${nth}${code}`;
    }
    if (onsets.every((o) => o.day + 7 > daysInMonth(o.year, o.month))) return `${base};BYDAY=-1${code}`;
    if (lo <= hi && hi + 6 <= 31) {
      const days = Array.from({ length: 7 }, (_, i) => hi + i);
      return `${base};BYDAY=${code};BYMONTHDAY=${days.join(',')}`;
    }
    return null;
  }
  if (onsets.every((o) => o.day === first.day)) return `${base};BYMONTHDAY=${first.day}`;
  return null;
}
