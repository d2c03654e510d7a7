// Words for schedule times, fixed to one style ("Tue 31 Mar", "an hour later", "in 12 minutes")
// rather than the browser's locale (whose ICU may write "Sept"), so what a member reads matches
// what the tests pin.
import { DateTime } from 'luxon';
import type { Weekday } from '../../../shared/schedule';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function weekdayShort(weekday: Weekday): string {
  return WEEKDAYS[weekday - 1] ?? '';
}

/** A calendar date, read without any zone: '2026-03-31' is that day wherever it is written. */
function calendarDay(date: string): DateTime | null {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return d.isValid ? d : null;
}

/** '2026-03-31' → '31 Mar 2026'; anything that is not a date comes back as it is. */
export function dayMonthYear(date: string): string {
  const d = calendarDay(date);
  return d ? `${d.day} ${MONTHS[d.month - 1] ?? ''} ${d.year}` : date;
}

/** '2026-03-31' → 'Tue 31 Mar 2026', or 'Tue 31 Mar' when 2026 is `currentYear`; anything that is not a date comes back as it is. */
export function dateLabel(date: string, currentYear?: number): string {
  const d = calendarDay(date);
  if (!d) return date;
  const dayMonth = `${weekdayShort(d.weekday as Weekday)} ${d.day} ${MONTHS[d.month - 1] ?? ''}`;
  return d.year === currentYear ? dayMonth : `${dayMonth} ${d.year}`;
}

/** 60 → 'an hour', 30 → '30 minutes', 90 → '1 hour 30 minutes', 120 → '2 hours'. */
export function durationPhrase(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  const minutePart = rest === 1 ? '1 minute' : `${rest} minutes`;
  if (hours === 0) return minutePart;
  if (rest === 0) return hours === 1 ? 'an hour' : `${hours} hours`;
  return `${hours === 1 ? '1 hour' : `${hours} hours`} ${minutePart}`;
}

/** How long until something, for a countdown a person reads at a glance: 'in 12 minutes', 'in 3 hours', 'in 2 days'. */
export function waitPhrase(ms: number): string {
  if (ms < 60_000) return 'in less than a minute';
  // Round up: "in 12 minutes" must not open at 11 minutes to go.
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
  if (minutes < 120) return minutes === 60 ? 'in 1 hour' : `in 1 hour ${durationPhrase(minutes - 60)}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `in ${hours} hours`;
  return `in ${Math.floor(hours / 24)} days`;
}

/** 'UTC+01:00' from '+01:00': offsets are always written with UTC so they are not read as durations. */
export function utcLabel(offset: string): string {
  return `UTC${offset}`;
}
