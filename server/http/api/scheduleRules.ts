// shared/schedule as the API's judge: a body that passed its zod shape is a Series only if
// expandSeries accepts it, and its ScheduleError becomes an invalid_payload with the reason in
// `fields`. Also the questions handlers ask of one series: is this slot one of its occurrences?
import type { ScheduleRule } from '../../../shared/api';
import { expandSeries, isScheduleError, isSeriesSlot, type ScheduleError, type Series } from '../../../shared/schedule';
import { iso } from '../../schedule/openOccurrence';
import { ApiError } from '../errors';

const DAY_MS = 24 * 60 * 60 * 1000;
// Every UTC offset in the tz database lies within about ±16 hours (old local mean times; today
// ±14): a local wall time read as if it were UTC is within a day of the real instant, so ±2 days
// around it always holds the real one.
const MARGIN_MS = 2 * DAY_MS;
// For a local time that is not even shaped like one: expandSeries refuses it whatever the window.
const FALLBACK_MS = 0;

/** A local 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DD' read as if it were UTC: only to choose windows. */
export function naiveInstant(local: string): number | undefined {
  const ms = Date.parse(local.length === 10 ? `${local}T00:00:00Z` : `${local}:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A window certainly holding the instants of these local times (in any zone). */
export function windowAround(locals: string[]): { from: string; to: string } {
  const known = locals.map(naiveInstant).filter((ms): ms is number => ms !== undefined);
  const low = known.length > 0 ? Math.min(...known) : FALLBACK_MS;
  const high = known.length > 0 ? Math.max(...known) : FALLBACK_MS;
  return { from: iso(low - MARGIN_MS), to: iso(high + MARGIN_MS) };
}

/** The rule as a Series, with no keys left undefined (they would be stored and compared). */
export function ruleToSeries(rule: ScheduleRule): Series {
  const series: Series = { zone: rule.zone, start: rule.start, durationMinutes: rule.durationMinutes };
  if (rule.repeat) series.repeat = rule.repeat;
  if (rule.until !== undefined) series.until = rule.until;
  if (rule.count !== undefined) series.count = rule.count;
  return series;
}

/** What a ScheduleError says, for one field of an invalid_payload. */
export const reason = (e: ScheduleError): string => `${e.error.code}: ${e.error.message}`;

/** Throws invalid_payload with `fields[field]` when shared/schedule refuses the series. */
export function judgeSeries(series: Series, field = 'schedule'): void {
  const locals = [series.start, ...Object.values(series.moved ?? {}).map((m) => m.start)];
  const result = expandSeries(series, windowAround(locals));
  if (isScheduleError(result)) {
    throw new ApiError('invalid_payload', 'that schedule cannot be used; see the reason', { fields: { [field]: reason(result) } });
  }
}

/** Whether `slot` is an original local start the series' rule generates (cancelled or moved or not). */
export function isGeneratedSlot(series: Series, slot: string): boolean {
  return isSeriesSlot(series, slot) === true;
}
