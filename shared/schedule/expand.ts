// Expands a series into its occurrences inside a UTC window: slots are generated as local wall
// times in the series' zone (so "Tuesday 19:00 London" follows the clock changes), cancelled
// slots are dropped, moved ones are placed by their new start, and only then are they filtered.
import { formatLocal, MS_PER_DAY, MS_PER_MINUTE } from './calendar';
import { MAX_OCCURRENCES, MAX_OFFSET_MS } from './limits';
import { formatInstant } from './instant';
import { parseLocalDateTime, wallMs, wallToInstant } from './localTime';
import type { ValidSeries } from './recurrence';
import { ruleDays, ruleGenerates } from './recurrence';
import type { Occurrence, ScheduleError, Series } from './types';
import { scheduleError } from './types';
import { validateSeries, validateWindow } from './validate';

interface Placed {
  start: number;
  end: number;
  slot: string;
  moved: boolean;
}

/** Whether `slot` ('YYYY-MM-DDTHH:mm') is one of the series' generated original slots. */
export function generatesSlot(series: ValidSeries, slot: string): boolean {
  const local = parseLocalDateTime(slot);
  return local !== null && local.minutes === series.startMinutes && local.day <= series.lastDay && ruleGenerates(series.rule, series.startDay, local.day);
}

/**
 * For the API and the ICS writer: is `slot` a generated original slot of `series` (cancelled or
 * not)? Moving or cancelling anything else is refused there; here such entries do nothing.
 */
export function isSeriesSlot(series: Series, slot: string): boolean | ScheduleError {
  const valid = validateSeries(series);
  return 'error' in valid ? valid : generatesSlot(valid, slot);
}

function place(series: ValidSeries, slot: string, day: number, minutes: number, duration: number, moved: boolean): Placed {
  const start = wallToInstant(series.zone, wallMs({ day, minutes })).ms;
  return { start, end: start + duration * MS_PER_MINUTE, slot, moved };
}

function expandValid(series: ValidSeries, from: number, to: number): Occurrence[] | ScheduleError {
  const placed: Placed[] = [];
  const tooMany = (): ScheduleError => scheduleError('invalid_rule', `the window holds more than ${MAX_OCCURRENCES} occurrences; ask for a shorter one`);
  // A wall time farther than any UTC offset from the window cannot start inside it, so only
  // slots with wall times in [wallFrom, wallTo) are converted, and generation starts near it.
  const wallFrom = from - MAX_OFFSET_MS;
  const wallTo = to + MAX_OFFSET_MS;
  const firstDay = Math.floor(wallFrom / MS_PER_DAY);
  for (const day of ruleDays(series.rule, series.startDay, series.lastDay, firstDay)) {
    const wall = wallMs({ day, minutes: series.startMinutes });
    if (wall >= wallTo) break;
    if (wall < wallFrom) continue;
    const slot = formatLocal(day, series.startMinutes);
    if (series.cancelled.has(slot) || series.moved.has(slot)) continue;
    const occurrence = place(series, slot, day, series.startMinutes, series.durationMinutes, false);
    if (occurrence.start < from || occurrence.start >= to) continue;
    if (placed.push(occurrence) > MAX_OCCURRENCES) return tooMany();
  }
  // Moves are few; each is judged by its new start. A move of a slot the rule does not generate
  // (left over after an edit, or after the series ended) does nothing; cancelled wins over moved.
  for (const [slot, target] of series.moved) {
    if (series.cancelled.has(slot) || !generatesSlot(series, slot)) continue;
    const occurrence = place(series, slot, target.day, target.minutes, target.durationMinutes, true);
    if (occurrence.start < from || occurrence.start >= to) continue;
    if (placed.push(occurrence) > MAX_OCCURRENCES) return tooMany();
  }
  placed.sort((a, b) => a.start - b.start || (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0));
  return placed.map((o) => ({ start: formatInstant(o.start), end: formatInstant(o.end), slot: o.slot, moved: o.moved }));
}

/** Occurrences whose (possibly moved) start lies in [from, to), sorted by start. */
export function expandSeries(series: Series, window: { from: string; to: string }): Occurrence[] | ScheduleError {
  const valid = validateSeries(series);
  if ('error' in valid) return valid;
  const bounds = validateWindow(window);
  if ('error' in bounds) return bounds;
  return expandValid(valid, bounds.from, bounds.to);
}
