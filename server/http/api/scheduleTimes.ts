// What a group's schedule means at one moment: the upcoming occurrences, and how a series ends
// "from now on" (which occurrence is open now is server/schedule/openOccurrence.ts, which the live
// session asks too). Pure: the clock reading comes in as `now` (ms), so these are tested without a server.
import type { UpcomingOccurrence } from '../../../shared/api';
import { isScheduleError, viewIn, type Occurrence, type Series } from '../../../shared/schedule';
import { expandAll, expandIn, iso, LONGEST_MS, type ScheduledSeries } from '../../schedule/openOccurrence';
import { naiveInstant, windowAround } from './scheduleRules';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** How far ahead "upcoming" looks, and the most occurrences it lists. */
export const UPCOMING_DAYS = 60;
export const UPCOMING_LIMIT = 100;
/** How far back endedSchedule looks at a time for what has already happened. */
const HISTORY_STEP_MS = 2 * 366 * DAY_MS;

export interface Upcoming {
  occurrences: UpcomingOccurrence[];
  /** Series whose stored rule shared/schedule no longer accepts (left out; the caller logs them). */
  failed: string[];
}

/**
 * Occurrences that have not ended and start within UPCOMING_DAYS, cancelled ones included and
 * marked (they are found by expanding without the cancellations), soonest first.
 */
export function upcomingOccurrences(list: ScheduledSeries[], now: number, joinEarlyMinutes: number): Upcoming {
  const { found, failed } = expandAll(list, now - LONGEST_MS, now + UPCOMING_DAYS * DAY_MS, true);
  const occurrences = found
    .filter(({ occurrence }) => Date.parse(occurrence.end) > now)
    .slice(0, UPCOMING_LIMIT)
    .map(({ series, occurrence: o }) => ({
      seriesId: series.id,
      title: series.title,
      zone: series.schedule.zone,
      slot: o.slot,
      start: o.start,
      end: o.end,
      moved: o.moved,
      cancelled: (series.schedule.cancelled ?? []).includes(o.slot),
      joinOpensAt: iso(Date.parse(o.start) - joinEarlyMinutes * MINUTE_MS),
    }));
  return { occurrences, failed };
}

/**
 * The schedule of a series ended at `now`: no occurrence starts after now. A recurring series
 * gets `until` = the last local date of anything that has started (its slot's date or, if it
 * was moved later, the date it took place), and loses `count`; anything still starting after
 * now (a later slot moved earlier than `until`, or on that date) is cancelled. 'not_started'
 * when nothing has started yet: there is nothing to keep, so deleting is the honest answer.
 */
export function endedSchedule(schedule: Series, now: number): Series | 'not_started' | 'broken' {
  const moved = Object.values(schedule.moved ?? {}).map((m) => m.start);
  const from = Date.parse(windowAround([schedule.start, ...moved]).from);
  if (from > now) return 'not_started';
  // The most recent history is what counts; looking back a couple of years at a time keeps a
  // long-running daily series within what expandSeries answers in one window.
  let started: Occurrence[] = [];
  for (let to = now + 1; started.length === 0 && to > from; to -= HISTORY_STEP_MS) {
    const history = expandIn(schedule, Math.max(from, to - HISTORY_STEP_MS), to);
    if (isScheduleError(history)) return 'broken';
    started = history.filter((o) => Date.parse(o.start) <= now);
  }
  if (started.length === 0) return 'not_started';

  let ended: Series = { ...schedule };
  if (schedule.repeat) {
    const days = viewIn(started, schedule.zone);
    if (isScheduleError(days)) return 'broken';
    let until = '';
    started.forEach((o, i) => {
      for (const date of [o.slot.slice(0, 10), days[i]!.date]) if (date > until) until = date;
    });
    const { count: _count, ...rest } = schedule;
    ended = { ...rest, until };
  }
  // Whatever the rule still lets start after now is cancelled, so "ended" holds however moves fall.
  const lastLocal = [ended.until ?? ended.start, ...moved].map(naiveInstant).filter((ms): ms is number => ms !== undefined);
  const horizon = Math.max(now, ...lastLocal) + 3 * DAY_MS;
  const later = expandIn(ended, now + 1, horizon);
  if (isScheduleError(later)) return 'broken';
  if (later.length > 0) ended = { ...ended, cancelled: [...new Set([...(ended.cancelled ?? []), ...later.map((o) => o.slot)])].sort() };
  return ended;
}

