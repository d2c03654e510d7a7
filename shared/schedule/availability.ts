// People's weekly availability, written in their own zone, as UTC intervals on the real calendar
// dates of a search window: "Tuesday 18:00-21:00" is 18:00-21:00 on each Tuesday's own clock.
import { isoWeekday, MS_PER_DAY, MS_PER_MINUTE } from './calendar';
import { MAX_OFFSET_MS, MAX_WINDOWS_PER_PERSON } from './limits';
import { firstInstantAtOrAfterWall, isValidZone, parseClock } from './localTime';
import type { ScheduleError, Weekday } from './types';
import { scheduleError } from './types';
import { isWeekday } from './validate';

export interface ValidAvailability {
  zone: string;
  /** Minutes since midnight; `to` may be 1440 ('24:00'); to < from wraps past midnight. */
  windows: Array<{ weekday: Weekday; from: number; to: number }>;
}

/** One person's availability in any shape -> normalised, or the first defect. */
export function validateAvailability(person: unknown, label = 'availability'): ValidAvailability | ScheduleError {
  if (typeof person !== 'object' || person === null) return scheduleError('invalid_rule', `${label} must be { zone, weekly }`);
  const { zone, weekly } = person as { zone?: unknown; weekly?: unknown };
  if (!isValidZone(zone)) return scheduleError('invalid_zone', `${label}: zone must be an IANA time zone such as Europe/London`);
  if (!Array.isArray(weekly)) return scheduleError('invalid_rule', `${label}: weekly must be a list of { weekday, from, to }`);
  if (weekly.length > MAX_WINDOWS_PER_PERSON) return scheduleError('invalid_rule', `${label}: at most ${MAX_WINDOWS_PER_PERSON} weekly windows`);
  const windows: ValidAvailability['windows'] = [];
  for (const entry of weekly as unknown[]) {
    const { weekday, from, to } = (typeof entry === 'object' && entry !== null ? entry : {}) as { weekday?: unknown; from?: unknown; to?: unknown };
    if (!isWeekday(weekday)) return scheduleError('invalid_rule', `${label}: weekday must be an ISO weekday 1 (Monday) to 7`);
    const start = parseClock(from);
    const end = parseClock(to, true);
    if (start === null || end === null) return scheduleError('invalid_time', `${label}: from and to must be HH:mm (to may be 24:00)`);
    if (start === end) return scheduleError('invalid_rule', `${label}: a window must not start and end at the same time`);
    windows.push({ weekday, from: start, to: end });
  }
  return { zone, windows };
}

/**
 * Sorted, disjoint UTC intervals [start, end) in which the person is available, covering at
 * least [from, to). Each edge is the first instant the person's clock shows that time (the jump
 * itself inside a spring-forward gap, the first pass in a fold). Touching windows merge, so
 * Monday 20:00-24:00 and Tuesday 00:00-01:00 hold a slot across midnight.
 */
export function availableIntervals(person: ValidAvailability, from: number, to: number): Array<[number, number]> {
  const firstDay = Math.floor((from - MAX_OFFSET_MS) / MS_PER_DAY) - 1; // a wrapping window begins the day before
  const lastDay = Math.floor((to + MAX_OFFSET_MS) / MS_PER_DAY);
  const intervals: Array<[number, number]> = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = isoWeekday(day);
    for (const window of person.windows) {
      if (window.weekday !== weekday) continue;
      const startWall = day * MS_PER_DAY + window.from * MS_PER_MINUTE;
      const endWall = day * MS_PER_DAY + window.to * MS_PER_MINUTE + (window.to < window.from ? MS_PER_DAY : 0);
      const start = firstInstantAtOrAfterWall(person.zone, startWall);
      const end = firstInstantAtOrAfterWall(person.zone, endWall);
      if (end > start) intervals.push([start, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/** Whether [start, end) lies inside one of the (sorted, disjoint) intervals. */
export function covers(intervals: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid]!;
    if (interval[0] > start) hi = mid - 1;
    else if (interval[1] <= start) lo = mid + 1;
    else return end <= interval[1];
  }
  return false;
}
