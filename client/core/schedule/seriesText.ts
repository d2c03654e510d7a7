// Schedules in words people read: "Every Tuesday at 19:00 Europe/London, 90 minutes, from 31 Mar
// 2026", and dates and times that always carry their zone or offset, so nobody has to guess whose
// 19:00 it is.
import { isScheduleError, viewIn, type Occurrence, type OccurrenceView, type Repeat, type Series, type Weekday } from '../../../shared/schedule';
import { dateLabel, dayMonthYear, weekdayShort } from './format';
import { weekdayOf } from './seriesDraft';
import { zoneCity } from './zones';

/** '2026-03-31' → 'Tue 31 Mar 2026' (the one date label: format.ts). */
export { dateLabel };

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

export type Nth = 1 | 2 | 3 | 4 | -1;

export const NTH_LABELS: Readonly<Record<Nth, string>> = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', [-1]: 'last' };

/** 1 → '1st', 22 → '22nd', 13 → '13th'. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** '2026-03-31T19:00' (a local start, like an occurrence's slot) → 'Tue 31 Mar 2026, 19:00'. */
export function localStartLabel(local: string): string {
  return `${dateLabel(local.slice(0, 10))}, ${local.slice(11, 16)}`;
}

/** 90 → '90 minutes', 120 → '2 hours', 60 → '1 hour'. */
export function durationLabel(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** '19:00 London time', '19:00 UTC': a clock time with the place it belongs to. */
export function clockIn(time: string, zone: string): string {
  return zone === 'UTC' ? `${time} UTC` : `${time} ${zoneCity(zone)} time`;
}

/** 'Tue 31 Mar 2026, 19:00 London time (UTC+01:00)': one occurrence as seen in one zone. */
export function whenIn(view: OccurrenceView, zone: string): string {
  const offset = zone === 'UTC' ? '' : ` (UTC${view.utcOffset})`;
  return `${dateLabel(view.date)}, ${clockIn(view.time, zone)}${offset}`;
}

/** An occurrence (or any instant, as a zero-length one) as a zone's clock shows it; null for a zone that cannot be read. */
export function viewAt(occurrence: Occurrence | string, zone: string): OccurrenceView | null {
  const o = typeof occurrence === 'string' ? { start: occurrence, end: occurrence, slot: '', moved: false } : occurrence;
  const views = viewIn([o], zone);
  return isScheduleError(views) ? null : (views[0] ?? null);
}

/** 'Tue 19:00 London': short, for a list of people's local times. */
export function shortWhenIn(view: OccurrenceView, zone: string): string {
  return `${weekdayShort(view.weekday)} ${view.time} ${zoneCity(zone)}`;
}

/** 'Tuesday', 'Tuesday and Thursday', 'Monday, Wednesday and Friday'. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function every(interval: number | undefined, unit: 'week' | 'month'): string {
  const n = interval ?? 1;
  return n === 1 ? `Every ${unit}` : `Every ${n} ${unit}s`;
}

function repeatWords(repeat: Repeat, startDate: string): string {
  if (repeat.freq === 'weekly') {
    const fallback = weekdayOf(startDate);
    const days = repeat.weekdays && repeat.weekdays.length > 0 ? [...repeat.weekdays] : fallback ? [fallback] : [];
    const names = listWords([...new Set(days)].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d]));
    return (repeat.interval ?? 1) === 1 ? `Every ${names}` : `${every(repeat.interval, 'week')} on ${names}`;
  }
  if ('nthWeekday' in repeat) {
    return `${every(repeat.interval, 'month')} on the ${NTH_LABELS[repeat.nthWeekday.nth]} ${WEEKDAY_NAMES[repeat.nthWeekday.weekday]}`;
  }
  return `${every(repeat.interval, 'month')} on the ${ordinal(repeat.monthDay)}`;
}

/**
 * The whole rule in one sentence: "Every Tuesday at 19:00 Europe/London, 90 minutes, from 31 Mar
 * 2026, until 30 Jun 2026", or "Once, on Tue 31 Mar 2026 at 19:00 Europe/London, 90 minutes".
 */
export function describeRule(series: Pick<Series, 'zone' | 'start' | 'durationMinutes' | 'repeat' | 'until' | 'count'>): string {
  const date = series.start.slice(0, 10);
  const time = series.start.slice(11, 16);
  const length = durationLabel(series.durationMinutes);
  if (!series.repeat) return `Once, on ${dateLabel(date)} at ${time} ${series.zone}, ${length}`;
  const parts = [`${repeatWords(series.repeat, date)} at ${time} ${series.zone}`, length, `from ${dayMonthYear(date)}`];
  if (series.until) parts.push(`until ${dayMonthYear(series.until)}`);
  if (series.count) parts.push(series.count === 1 ? '1 session in all' : `${series.count} sessions in all`);
  return parts.join(', ');
}
