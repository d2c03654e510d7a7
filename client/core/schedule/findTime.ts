// "Find a time" for organisers: the search form (dates in the organiser's zone, sent as a UTC
// window) and its results in words: when each slot is for the viewer, how many can come, and what
// the clock says for each of them, computed per person's zone with shared/schedule's viewIn.
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { findTimeBody, type FindTimeResponse } from '../../../shared/api';
import type { OccurrenceView } from '../../../shared/schedule';
import type { FieldErrors } from '../api/apiError';
import { checkBody } from '../api/validation';
import type { SchedulePrefill } from './schedulePrefill';
import { clockIn, dateLabel, shortWhenIn, viewAt, whenIn } from './seriesText';

/** The server looks at most this many days at once (shared/api findTimeBody). */
export const MAX_SEARCH_DAYS = 31;
/** Two weeks shows every weekday twice: enough to see a pattern. */
const DEFAULT_SEARCH_DAYS = 14;

export interface SearchDraft {
  /** Minutes, as typed. */
  duration: string;
  /** First and last day to look at, 'YYYY-MM-DD' in the viewer's zone (both included). */
  fromDate: string;
  toDate: string;
  /** As typed; empty means anyone. */
  minAttendees: string;
}

export type FindTimeBody = z.output<typeof findTimeBody>;

export function newSearchDraft(zone: string, now: number): SearchDraft {
  const tomorrow = DateTime.fromMillis(now, { zone }).plus({ days: 1 });
  return { duration: '90', fromDate: tomorrow.toISODate() ?? '', toDate: tomorrow.plus({ days: DEFAULT_SEARCH_DAYS - 1 }).toISODate() ?? '', minAttendees: '' };
}

function day(date: string, zone: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const d = DateTime.fromISO(date, { zone }).startOf('day');
  return d.isValid ? d : null;
}

function whole(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/**
 * The search as the API's body: from the start of the first day to the end of the last, in
 * `zone` (so "Tue to Thu" means the organiser's Tuesday to Thursday), as UTC instants.
 */
export function searchBody(draft: SearchDraft, zone: string): { ok: true; body: FindTimeBody } | { ok: false; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const first = day(draft.fromDate, zone);
  const last = day(draft.toDate, zone);
  if (!first) fields.from = 'Choose the first day to look at.';
  if (!last) fields.to = 'Choose the last day to look at.';
  else if (first && last < first) fields.to = 'The last day is before the first day.';
  else if (first && last.diff(first, 'days').days + 1 > MAX_SEARCH_DAYS) fields.to = `Look at ${MAX_SEARCH_DAYS} days or fewer at a time.`;
  const raw = {
    durationMinutes: whole(draft.duration),
    from: first?.toUTC().toISO() ?? '',
    to: last?.plus({ days: 1 }).startOf('day').toUTC().toISO() ?? '',
    ...(draft.minAttendees.trim() === '' ? {} : { minAttendees: whole(draft.minAttendees) }),
  };
  const checked = checkBody(findTimeBody, raw);
  if (!checked.ok) return { ok: false, fields: { ...checked.fields, ...fields } };
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, body: checked.value };
}

export interface SlotView {
  start: string;
  end: string;
  /** 'Tue 31 Mar 2026, 19:00–20:30 London time (UTC+01:00)', in the viewer's zone. */
  when: string;
  /** '5 of 7 can attend'. */
  summary: string;
  /** 'Sam: Tue 19:00 London', one per person who can come. */
  attendees: Array<{ id: string; name: string; local: string }>;
  /** Who cannot come, by pseudonym. */
  absent: string[];
  /** For "Schedule this": the start in the viewer's zone. */
  prefill: SchedulePrefill;
}

function whenLabel(start: OccurrenceView, end: OccurrenceView | null, zone: string): string {
  if (!end) return whenIn(start, zone);
  const offset = zone === 'UTC' ? '' : ` (UTC${start.utcOffset})`;
  if (end.date === start.date) return `${dateLabel(start.date)}, ${clockIn(`${start.time}–${end.time}`, zone)}${offset}`;
  return `${dateLabel(start.date)}, ${start.time} to ${dateLabel(end.date)}, ${clockIn(end.time, zone)}${offset}`;
}

export function slotViews(result: FindTimeResponse, viewerZone: string, durationMinutes: number): SlotView[] {
  const everyone = result.people.length;
  return result.slots.flatMap((slot) => {
    const start = viewAt(slot.start, viewerZone);
    if (!start) return [];
    const coming = new Set(slot.attendees);
    const attendees = slot.attendees.flatMap((i) => {
      const person = result.people[i];
      if (!person) return [];
      const theirs = viewAt(slot.start, person.zone);
      return [{ id: person.membershipId, name: person.pseudonym, local: theirs ? shortWhenIn(theirs, person.zone) : 'their time zone is unknown' }];
    });
    return [
      {
        start: slot.start,
        end: slot.end,
        when: whenLabel(start, viewAt(slot.end, viewerZone), viewerZone),
        summary: `${slot.attendees.length} of ${everyone} can attend`,
        attendees,
        absent: result.people.filter((_, i) => !coming.has(i)).map((p) => p.pseudonym),
        prefill: { zone: viewerZone, start: `${start.date}T${start.time}`, durationMinutes },
      },
    ];
  });
}
