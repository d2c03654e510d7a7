// The group's upcoming occurrences as rows a member reads in their own zone: the date and time
// there (with its offset), the organiser's time alongside, cancelled and moved ones marked, and a
// notice where the member's local time shifts because two zones change clocks on different dates.
import { DateTime } from 'luxon';
import type { UpcomingOccurrence } from '../../../shared/api';
import { isScheduleError, viewIn, type Occurrence, type OccurrenceView, type ScheduleError, type Weekday } from '../../../shared/schedule';
import { dateLabel, durationPhrase } from './format';
import { viewAt } from './seriesText';
import { zoneCity } from './zones';

export interface SessionTime {
  /** '2027-03-30' */
  date: string;
  /** 'Tue 30 Mar' */
  dateLabel: string;
  weekday: Weekday;
  /** '19:00' */
  time: string;
  /** '20:00' */
  endTime: string;
  /** '+01:00' */
  utcOffset: string;
}

export interface TimeChange {
  direction: 'later' | 'earlier';
  /** How far the member's local time moved against the previous session of the series. */
  minutes: number;
  /** 'an hour', '30 minutes' */
  amount: string;
}

export interface UpcomingRow {
  /** seriesId + slot: stable across reloads. */
  key: string;
  seriesId: string;
  title: string;
  slot: string;
  start: string;
  end: string;
  joinOpensAt: string;
  cancelled: boolean;
  moved: boolean;
  /** In the viewer's zone. */
  viewer: SessionTime;
  /** In the series' zone; null when it reads exactly like the viewer's time (same zone or same clock). */
  organiser: (SessionTime & { zone: string; place: string }) | null;
  /** Where a moved session was, in the viewer's zone: 'Tue 24 Mar, 19:00'. */
  movedFrom: string | null;
  /** Set on the first session whose local time differs from the series' previous one. */
  timeChange: TimeChange | null;
}

export interface UpcomingSeries {
  seriesId: string;
  title: string;
  zone: string;
  rows: UpcomingRow[];
}

export interface UpcomingView {
  zone: string;
  /** Each series with its rows in order; series ordered by their first row. */
  series: UpcomingSeries[];
}

/** `now` decides which year goes without saying: dates in another year carry theirs. */
export function upcomingView(occurrences: readonly UpcomingOccurrence[], viewerZone: string, now: number): UpcomingView | ScheduleError {
  const currentYear = DateTime.fromMillis(now, { zone: viewerZone }).year;
  const bySeries = new Map<string, UpcomingOccurrence[]>();
  for (const o of [...occurrences].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const list = bySeries.get(o.seriesId) ?? [];
    list.push(o);
    bySeries.set(o.seriesId, list);
  }
  const series: UpcomingSeries[] = [];
  for (const [seriesId, list] of bySeries) {
    const rows = seriesRows(list, viewerZone, currentYear);
    if (isScheduleError(rows)) return rows;
    const first = list[0] as UpcomingOccurrence;
    series.push({ seriesId, title: first.title, zone: first.zone, rows });
  }
  return { zone: viewerZone, series };
}

function seriesRows(list: UpcomingOccurrence[], viewerZone: string, currentYear: number): UpcomingRow[] | ScheduleError {
  const viewer = viewIn(list.map(asOccurrence), viewerZone);
  if (isScheduleError(viewer)) return viewer;
  // The series' zone comes from the server; if luxon cannot read it we just leave the organiser's time out.
  const organiser = viewIn(list.map(asOccurrence), list[0]?.zone ?? 'UTC');
  // "Usual" means the sessions that keep the rule's time: a moved session is different on purpose
  // and a cancelled one is not attended, so neither sets the time the next one is compared with.
  const regular = list.filter((o) => !o.cancelled && !o.moved);
  const regularViews = viewIn(regular.map(asOccurrence), viewerZone);
  const changes = new Map<string, TimeChange>();
  if (!isScheduleError(regularViews)) {
    regularViews.forEach((view, i) => {
      const before = regularViews[i - 1];
      const o = regular[i];
      if (!view.timeChanged || !before || !o) return;
      const change = timeChange(before.time, view.time);
      if (change) changes.set(o.slot, change);
    });
  }
  return list.map((o, i) => {
    const mine = sessionTime(viewer[i] as OccurrenceView, o.end, viewerZone, currentYear);
    const theirs = isScheduleError(organiser) || !organiser[i] ? null : sessionTime(organiser[i], o.end, o.zone, currentYear);
    const sameClock = theirs !== null && theirs.date === mine.date && theirs.time === mine.time;
    return {
      key: `${o.seriesId}/${o.slot}`,
      seriesId: o.seriesId,
      title: o.title,
      slot: o.slot,
      start: o.start,
      end: o.end,
      joinOpensAt: o.joinOpensAt,
      cancelled: o.cancelled,
      moved: o.moved,
      viewer: mine,
      organiser: theirs && !sameClock ? { ...theirs, zone: o.zone, place: zoneCity(o.zone) } : null,
      movedFrom: o.moved ? originalTime(o, viewerZone, currentYear) : null,
      timeChange: changes.get(o.slot) ?? null,
    };
  });
}

function asOccurrence(o: UpcomingOccurrence): Occurrence {
  return { start: o.start, end: o.end, slot: o.slot, moved: o.moved };
}

function sessionTime(view: OccurrenceView, end: string, zone: string, currentYear: number): SessionTime {
  const endLocal = DateTime.fromISO(end, { zone });
  return {
    date: view.date,
    dateLabel: dateLabel(view.date, currentYear),
    weekday: view.weekday,
    time: view.time,
    endTime: endLocal.isValid ? endLocal.toFormat('HH:mm') : '',
    utcOffset: view.utcOffset,
  };
}

/** The moved session's original start (its slot, local in the series' zone) as the viewer reads it. */
function originalTime(o: UpcomingOccurrence, viewerZone: string, currentYear: number): string | null {
  const original = DateTime.fromISO(o.slot, { zone: o.zone });
  const view = original.isValid ? viewAt(original.toUTC().toISO() ?? '', viewerZone) : null;
  return view ? `${dateLabel(view.date, currentYear)}, ${view.time}` : null;
}

/** '19:00' → '20:00' is an hour later; across midnight the shorter way round is meant. */
export function timeChange(before: string, after: string): TimeChange | null {
  let diff = minutesOfDay(after) - minutesOfDay(before);
  if (diff > 12 * 60) diff -= 24 * 60;
  if (diff <= -12 * 60) diff += 24 * 60;
  if (diff === 0 || Number.isNaN(diff)) return null;
  return { direction: diff > 0 ? 'later' : 'earlier', minutes: Math.abs(diff), amount: durationPhrase(diff) };
}

function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? NaN) * 60 + (m ?? NaN);
}
