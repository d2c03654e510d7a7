// Judges a Series from any source (JSON, a form, junk) and normalises it for recurrence.ts:
// every defect becomes a ScheduleError, nothing throws. RFC 5545 constraints are enforced here
// too (COUNT with UNTIL, a DTSTART that its own rule would not generate), since the same series
// is written as ICS and calendars treat such a series as undefined.
import { civilFromDays, isoWeekday } from './calendar';
import { MAX_COUNT, MAX_DURATION_MINUTES, MAX_INTERVAL } from './limits';
import { parseInstant } from './instant';
import { isValidZone, parseLocalDate, parseLocalDateTime } from './localTime';
import type { Rule, ValidSeries } from './recurrence';
import { LAST_SUPPORTED_DAY, lastCountedDay, monthlyDay } from './recurrence';
import type { ScheduleError, Weekday } from './types';
import { scheduleError } from './types';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIntIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
export const isWeekday = (value: unknown): value is Weekday => isIntIn(value, 1, 7);
/** JSON has null where TypeScript has undefined: both mean "absent". */
const absent = (value: unknown): value is null | undefined => value === undefined || value === null;

const rule = (message: string): ScheduleError => scheduleError('invalid_rule', message);
const time = (message: string): ScheduleError => scheduleError('invalid_time', message);

export function isValidDuration(value: unknown): value is number {
  return isIntIn(value, 1, MAX_DURATION_MINUTES);
}

function validateInterval(value: unknown): number | ScheduleError {
  if (absent(value)) return 1;
  return isIntIn(value, 1, MAX_INTERVAL) ? value : rule(`interval must be a whole number from 1 to ${MAX_INTERVAL}`);
}

/** The repeat rule, checked against the start it must itself generate. */
function validateRepeat(repeat: unknown, startDay: number): Rule | ScheduleError {
  if (absent(repeat)) return { kind: 'once' };
  if (!isObject(repeat)) return rule('repeat must be an object');
  const interval = validateInterval(repeat.interval);
  if (typeof interval !== 'number') return interval;
  const { year, month } = civilFromDays(startDay);
  if (repeat.freq === 'weekly') {
    if (!absent(repeat.nthWeekday) || !absent(repeat.monthDay)) return rule('a weekly rule has no nthWeekday or monthDay');
    if (absent(repeat.weekdays)) return { kind: 'weekly', interval, weekdays: [isoWeekday(startDay)] };
    const days = repeat.weekdays;
    if (!Array.isArray(days) || days.length === 0 || !days.every(isWeekday)) return rule('weekdays must be a non-empty list of ISO weekdays 1 (Monday) to 7');
    if (new Set(days).size !== days.length) return rule('weekdays must not repeat');
    if (!days.includes(isoWeekday(startDay))) return rule("weekdays must include the start's weekday");
    return { kind: 'weekly', interval, weekdays: [...days].sort((a, b) => a - b) };
  }
  if (repeat.freq !== 'monthly') return rule("repeat.freq must be 'weekly' or 'monthly'");
  if (!absent(repeat.weekdays)) return rule('a monthly rule has no weekdays');
  if (!absent(repeat.nthWeekday) && !absent(repeat.monthDay)) return rule('a monthly rule has nthWeekday or monthDay, not both');
  let monthly: Rule;
  if (!absent(repeat.monthDay)) {
    if (!isIntIn(repeat.monthDay, 1, 31)) return rule('monthDay must be a whole number from 1 to 31');
    monthly = { kind: 'monthlyDay', interval, monthDay: repeat.monthDay };
  } else if (isObject(repeat.nthWeekday)) {
    const { nth, weekday } = repeat.nthWeekday;
    if (nth !== 1 && nth !== 2 && nth !== 3 && nth !== 4 && nth !== -1) return rule('nthWeekday.nth must be 1, 2, 3, 4 or -1 (last)');
    if (!isWeekday(weekday)) return rule('nthWeekday.weekday must be an ISO weekday 1 (Monday) to 7');
    monthly = { kind: 'monthlyNth', interval, nth, weekday };
  } else {
    return rule('a monthly rule needs nthWeekday or monthDay');
  }
  if (monthlyDay(monthly, year, month) !== startDay) return rule('the start must be an occurrence of its own monthly rule');
  return monthly;
}

function validateCancelled(value: unknown): Set<string> | ScheduleError {
  if (absent(value)) return new Set();
  if (!Array.isArray(value) || !value.every((entry) => parseLocalDateTime(entry) !== null)) {
    return time('cancelled must be a list of local starts YYYY-MM-DDTHH:mm');
  }
  return new Set(value as string[]);
}

function validateMoved(value: unknown, defaultDuration: number): ValidSeries['moved'] | ScheduleError {
  const moved: ValidSeries['moved'] = new Map();
  if (absent(value)) return moved;
  if (!isObject(value)) return time('moved must map original local starts to { start, durationMinutes? }');
  for (const [key, target] of Object.entries(value)) {
    const to = isObject(target) ? parseLocalDateTime(target.start) : null;
    if (parseLocalDateTime(key) === null || !isObject(target) || to === null) {
      return time('moved must map original local starts YYYY-MM-DDTHH:mm to { start: YYYY-MM-DDTHH:mm }');
    }
    if (!absent(target.durationMinutes) && !isValidDuration(target.durationMinutes)) {
      return rule(`a moved durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}`);
    }
    moved.set(key, { ...to, durationMinutes: absent(target.durationMinutes) ? defaultDuration : (target.durationMinutes as number) });
  }
  return moved;
}

/** A series in any shape -> its normalised form, or the first defect found. */
export function validateSeries(series: unknown): ValidSeries | ScheduleError {
  if (!isObject(series)) return rule('a series must be an object');
  if (!isValidZone(series.zone)) return scheduleError('invalid_zone', 'zone must be an IANA time zone such as Europe/London');
  const zone = series.zone;
  const start = parseLocalDateTime(series.start);
  if (!start) return time('start must be a real local date and time YYYY-MM-DDTHH:mm');
  if (!isValidDuration(series.durationMinutes)) return rule(`durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}`);
  const repeat = validateRepeat(series.repeat, start.day);
  if ('error' in repeat) return repeat;

  let lastDay = LAST_SUPPORTED_DAY;
  if (!absent(series.until)) {
    const until = parseLocalDate(series.until);
    if (until === null) return time('until must be a real local date YYYY-MM-DD');
    if (repeat.kind === 'once') return rule('until needs a repeat rule');
    if (until < start.day) return rule('until must not be before the start date');
    lastDay = until;
  }
  if (!absent(series.count)) {
    if (!isIntIn(series.count, 1, MAX_COUNT)) return rule(`count must be a whole number from 1 to ${MAX_COUNT}`);
    if (!absent(series.until)) return rule('count and until cannot both be set');
    if (repeat.kind === 'once' && series.count !== 1) return rule('count above 1 needs a repeat rule');
    lastDay = lastCountedDay(repeat, start.day, lastDay, series.count);
  }
  const cancelled = validateCancelled(series.cancelled);
  if (!(cancelled instanceof Set)) return cancelled;
  const moved = validateMoved(series.moved, series.durationMinutes);
  if (!(moved instanceof Map)) return moved;
  return { zone, startDay: start.day, startMinutes: start.minutes, durationMinutes: series.durationMinutes, rule: repeat, lastDay, cancelled, moved };
}

/** A window [from, to) of ISO 8601 instants (Z or an explicit offset). */
export function validateWindow(window: unknown): { from: number; to: number } | ScheduleError {
  if (!isObject(window)) return time('the window must be { from, to } ISO 8601 instants');
  const from = parseInstant(window.from);
  const to = parseInstant(window.to);
  if (from === null || to === null) return time('from and to must be ISO 8601 instants with Z or an offset');
  if (to < from) return rule('the window ends before it starts');
  return { from, to };
}
