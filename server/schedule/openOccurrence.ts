// Which occurrence of a group's schedule is open now, and when the next one opens: the join window
// that both the REST API (join tokens, upcoming) and the live session (a plan prepared for that
// occurrence) ask about, so it lives here, beside neither. Pure: the clock reading comes in as `now`.
import type { OccurrenceRef } from '../../shared/api';
import { expandSeries, type Occurrence, type ScheduleError, type Series } from '../../shared/schedule';
import { isScheduleError } from '../../shared/schedule';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** The longest an occurrence lasts (the body schemas' cap): anything starting earlier has ended. */
export const LONGEST_MS = DAY_MS;
/** How far ahead the join window looks for the next opening, to tell a member when. */
const NEXT_OPENING_DAYS = 366;

export const iso = (ms: number): string => new Date(ms).toISOString();

/** Expands, or reports the error: the caller decides whether a broken stored series is skipped. */
export function expandIn(series: Series, from: number, to: number): Occurrence[] | ScheduleError {
  return expandSeries(series, { from: iso(from), to: iso(to) });
}

/** A series as these functions need it: its id, title and schedule. */
export interface ScheduledSeries {
  id: string;
  title: string;
  schedule: Series;
}

export interface Found {
  series: ScheduledSeries;
  occurrence: Occurrence;
}

/** Occurrences of every series in [from, to), soonest first; a series whose stored rule no longer expands is named in `failed`. */
export function expandAll(list: ScheduledSeries[], from: number, to: number, withCancelled: boolean): { found: Found[]; failed: string[] } {
  const found: Found[] = [];
  const failed: string[] = [];
  for (const series of list) {
    const schedule = withCancelled ? { ...series.schedule, cancelled: [] } : series.schedule;
    const occurrences = expandIn(schedule, from, to);
    if (isScheduleError(occurrences)) failed.push(series.id);
    else for (const occurrence of occurrences) found.push({ series, occurrence });
  }
  found.sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start) || a.series.id.localeCompare(b.series.id) || a.occurrence.slot.localeCompare(b.occurrence.slot));
  return { found, failed };
}

/**
 * The occurrence whose room is open at `now` (the earliest-starting one if several overlap):
 * start − joinEarlyMinutes ≤ now < end, and not cancelled. Looks only at the day around now, so
 * it is cheap enough for every join and every room opening.
 */
export function openOccurrence(list: ScheduledSeries[], now: number, joinEarlyMinutes: number): { open: OccurrenceRef | undefined; failed: string[] } {
  const early = joinEarlyMinutes * MINUTE_MS;
  // Nothing starting before now − LONGEST_MS is still on; nothing starting after now + early has opened.
  const { found, failed } = expandAll(list, now - LONGEST_MS, now + early + 1, false);
  const open = found.find(({ occurrence: o }) => now < Date.parse(o.end));
  return {
    open: open && { seriesId: open.series.id, slot: open.occurrence.slot, title: open.series.title, start: open.occurrence.start, end: open.occurrence.end },
    failed,
  };
}

/** When the next occurrence opens for joining (start − joinEarlyMinutes > now), if one does within a year. */
export function nextOpening(list: ScheduledSeries[], now: number, joinEarlyMinutes: number): { nextOpensAt: string | undefined; failed: string[] } {
  const early = joinEarlyMinutes * MINUTE_MS;
  const { found, failed } = expandAll(list, now + early + 1, now + early + NEXT_OPENING_DAYS * DAY_MS, false);
  const next = found[0];
  return { nextOpensAt: next && iso(Date.parse(next.occurrence.start) - early), failed };
}
