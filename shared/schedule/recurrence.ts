// The original local slots of a series: which local dates a rule generates, lazily and in order,
// starting near a requested date when nothing forces a walk from the first occurrence. Weeks are
// ISO weeks (Monday first, RFC 5545 WKST=MO); a monthly rule skips months without its day.
import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday, monthIndex } from './calendar';
import { MAX_YEAR } from './limits';
import type { Weekday } from './types';

export type Rule =
  | { kind: 'once' }
  | { kind: 'weekly'; interval: number; weekdays: Weekday[] } // sorted, unique
  | { kind: 'monthlyNth'; interval: number; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday }
  | { kind: 'monthlyDay'; interval: number; monthDay: number };

/** A validated series: local dates as day numbers, times as minutes since midnight. */
export interface ValidSeries {
  zone: string;
  startDay: number;
  startMinutes: number;
  durationMinutes: number;
  rule: Rule;
  /** Last local date that may hold a generated slot (from `until`, `count` and MAX_YEAR). */
  lastDay: number;
  cancelled: Set<string>;
  moved: Map<string, { day: number; minutes: number; durationMinutes: number }>;
}

/** Generation never runs past this day (a day beyond MAX_YEAR, for zones ahead of UTC). */
export const LAST_SUPPORTED_DAY = daysFromCivil(MAX_YEAR + 1, 1, 1);

/** Monday of the ISO week holding `day`. */
function weekStart(day: number): number {
  return day - (isoWeekday(day) - 1);
}

/** The day a monthly rule picks in a month, or null when the month lacks it. */
export function monthlyDay(rule: Rule, year: number, month: number): number | null {
  if (rule.kind === 'monthlyDay') {
    return rule.monthDay <= daysInMonth(year, month) ? daysFromCivil(year, month, rule.monthDay) : null;
  }
  if (rule.kind !== 'monthlyNth') return null;
  if (rule.nth === -1) {
    const last = daysFromCivil(year, month, daysInMonth(year, month));
    return last - ((isoWeekday(last) - rule.weekday + 7) % 7);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((rule.weekday - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1);
}

/** Whether the rule alone (ignoring until and count) generates `day`, given the first day. */
export function ruleGenerates(rule: Rule, startDay: number, day: number): boolean {
  if (day < startDay) return false;
  switch (rule.kind) {
    case 'once':
      return day === startDay;
    case 'weekly':
      return rule.weekdays.includes(isoWeekday(day)) && (weekStart(day) - weekStart(startDay)) % (7 * rule.interval) === 0;
    default: {
      if ((monthIndex(day) - monthIndex(startDay)) % rule.interval !== 0) return false;
      const { year, month } = civilFromDays(day);
      return monthlyDay(rule, year, month) === day;
    }
  }
}

/**
 * Generated local dates in ascending order, none after `lastDay`. Starts in the period holding
 * `fromDay` (jumping over earlier periods arithmetically), so a series begun years ago costs
 * nothing extra; pass the start day to walk from the beginning. Every loop ends at `lastDay`,
 * and each period advances at least a week.
 */
export function* ruleDays(rule: Rule, startDay: number, lastDay: number, fromDay: number): Generator<number> {
  const last = Math.min(lastDay, LAST_SUPPORTED_DAY);
  if (rule.kind === 'once') {
    if (startDay <= last) yield startDay;
    return;
  }
  if (rule.kind === 'weekly') {
    const step = 7 * rule.interval;
    const base = weekStart(startDay);
    for (let week = base + Math.max(0, Math.floor((fromDay - base) / step)) * step; week <= last; week += step) {
      for (const weekday of rule.weekdays) {
        const day = week + weekday - 1;
        if (day > last) return;
        if (day >= startDay) yield day;
      }
    }
    return;
  }
  const base = monthIndex(startDay);
  const skip = Math.max(0, Math.floor((monthIndex(fromDay) - base) / rule.interval));
  for (let index = base + skip * rule.interval; ; index += rule.interval) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (daysFromCivil(year, month, 1) > last) return;
    const day = monthlyDay(rule, year, month);
    if (day === null || day < startDay) continue;
    if (day > last) return;
    yield day;
  }
}

/** The date of the `count`-th generated slot (or the bound itself when there are fewer). */
export function lastCountedDay(rule: Rule, startDay: number, bound: number, count: number): number {
  let n = 0;
  for (const day of ruleDays(rule, startDay, bound, startDay)) {
    if (++n >= count) return day;
  }
  return bound;
}
