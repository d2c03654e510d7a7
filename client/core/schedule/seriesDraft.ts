// The series form's state as people fill it in (strings, ticked days, "ends after N sessions"), and
// the pure conversion to the API's ScheduleRule. Problems are keyed by the body path the server
// uses too (`schedule.start`), so local and server errors land next to the same field.
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { scheduleRuleSchema, seriesBody, type ScheduleRule } from '../../../shared/api';
import type { Repeat, Series, Weekday } from '../../../shared/schedule';
import type { FieldErrors } from '../api/apiError';
import { checkBody } from '../api/validation';
import type { SchedulePrefill } from './schedulePrefill';
import type { Nth } from './seriesText';

export type RepeatKind = 'none' | 'weekly' | 'monthly';
export type MonthlyBy = 'nthWeekday' | 'monthDay';
export type EndKind = 'never' | 'until' | 'count';

export interface SeriesDraft {
  title: string;
  description: string;
  zone: string;
  /** First session, 'YYYY-MM-DD' and 'HH:mm' local to `zone`. */
  date: string;
  time: string;
  /** Minutes, as typed. */
  duration: string;
  repeat: RepeatKind;
  /** Every N weeks or months, as typed. */
  interval: string;
  weekdays: Weekday[];
  monthlyBy: MonthlyBy;
  nth: Nth;
  nthWeekday: Weekday;
  monthDay: string;
  ends: EndKind;
  until: string;
  count: string;
}

export type SeriesBody = z.output<typeof seriesBody>;
export type RuleResult = { ok: true; rule: ScheduleRule } | { ok: false; fields: FieldErrors };
export type BodyResult = { ok: true; body: SeriesBody } | { ok: false; fields: FieldErrors };

/** A first evening session is the common case; people change it in one go. */
const DEFAULT_TIME = '19:00';
const DEFAULT_DURATION = 90;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

function calendarDate(date: string): DateTime | null {
  if (!DATE.test(date)) return null;
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return d.isValid ? d : null;
}

export function weekdayOf(date: string): Weekday | null {
  return (calendarDate(date)?.weekday as Weekday | undefined) ?? null;
}

/** Which "Nth weekday" a date is: 14 Apr 2026 → 2nd Tuesday; 28 Apr 2026 → last Tuesday (it is also the 4th, but "last" reads as meant). */
export function nthWeekdayOf(date: string): { nth: Nth; weekday: Weekday } | null {
  const d = calendarDate(date);
  if (!d) return null;
  const weekday = d.weekday as Weekday;
  if (d.plus({ weeks: 1 }).month !== d.month) return { nth: -1, weekday };
  return { nth: Math.ceil(d.day / 7) as Nth, weekday };
}

function sameDays(a: readonly Weekday[], b: readonly Weekday[]): boolean {
  return a.length === b.length && a.every((d) => b.includes(d));
}

function blankDraft(zone: string): SeriesDraft {
  return {
    title: '',
    description: '',
    zone,
    date: '',
    time: DEFAULT_TIME,
    duration: String(DEFAULT_DURATION),
    repeat: 'weekly',
    interval: '1',
    weekdays: [],
    monthlyBy: 'nthWeekday',
    nth: 1,
    nthWeekday: 1,
    monthDay: '1',
    ends: 'never',
    until: '',
    count: '',
  };
}

/** A new series: weekly from the next day in `zone`, or from the start "find a time" suggested. */
export function newDraft(zone: string, now: number, prefill?: SchedulePrefill | null): SeriesDraft {
  if (prefill) {
    const draft = { ...blankDraft(prefill.zone), time: prefill.start.slice(11, 16), duration: String(prefill.durationMinutes) };
    return withDate(draft, prefill.start.slice(0, 10));
  }
  const tomorrow = DateTime.fromMillis(now, { zone }).plus({ days: 1 });
  return withDate(blankDraft(zone), tomorrow.toISODate() ?? '');
}

/**
 * A new first date. Choices that were following the old date ("every Tuesday" when it was a
 * Tuesday, "2nd Tuesday", "on the 14th") follow the new one; choices made on purpose stay.
 */
export function withDate(draft: SeriesDraft, date: string): SeriesDraft {
  const next = { ...draft, date };
  const oldDay = weekdayOf(draft.date);
  const newDay = weekdayOf(date);
  const newNth = nthWeekdayOf(date);
  const oldNth = nthWeekdayOf(draft.date);
  if (newDay && (draft.weekdays.length === 0 || (oldDay !== null && sameDays(draft.weekdays, [oldDay])))) next.weekdays = [newDay];
  if (newNth && (oldNth === null || (oldNth.nth === draft.nth && oldNth.weekday === draft.nthWeekday))) {
    next.nth = newNth.nth;
    next.nthWeekday = newNth.weekday;
  }
  const oldDayOfMonth = calendarDate(draft.date)?.day;
  const newDate = calendarDate(date);
  if (newDate && (oldDayOfMonth === undefined || String(oldDayOfMonth) === draft.monthDay)) next.monthDay = String(newDate.day);
  return next;
}

/** The form for an existing series: what the organiser wrote, ready to change. */
export function draftFromSeries(view: { title: string; description: string; schedule: Series }): SeriesDraft {
  const s = view.schedule;
  const base = withDate({ ...blankDraft(s.zone), title: view.title, description: view.description, time: s.start.slice(11, 16), duration: String(s.durationMinutes) }, s.start.slice(0, 10));
  const draft: SeriesDraft = { ...base, ends: s.until ? 'until' : s.count ? 'count' : 'never', until: s.until ?? '', count: s.count ? String(s.count) : '' };
  const repeat = s.repeat;
  if (!repeat) return { ...draft, repeat: 'none' };
  const interval = String(repeat.interval ?? 1);
  if (repeat.freq === 'weekly') return { ...draft, repeat: 'weekly', interval, weekdays: repeat.weekdays && repeat.weekdays.length > 0 ? [...repeat.weekdays] : draft.weekdays };
  if ('nthWeekday' in repeat) return { ...draft, repeat: 'monthly', interval, monthlyBy: 'nthWeekday', nth: repeat.nthWeekday.nth, nthWeekday: repeat.nthWeekday.weekday };
  return { ...draft, repeat: 'monthly', interval, monthlyBy: 'monthDay', monthDay: String(repeat.monthDay) };
}

/** A whole number as typed, or NaN (the schema then says "enter a whole number"). */
function whole(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function inRange(text: string, min: number, max: number): boolean {
  const n = whole(text);
  return Number.isInteger(n) && n >= min && n <= max;
}

function repeatOf(draft: SeriesDraft, fields: FieldErrors): Repeat | undefined {
  if (draft.repeat === 'none') return undefined;
  const unit = draft.repeat === 'weekly' ? 'weeks' : 'months';
  if (!inRange(draft.interval, 1, 52)) fields['schedule.repeat.interval'] = `Enter how many ${unit} apart, from 1 to 52.`;
  const interval = whole(draft.interval);
  const every = interval > 1 ? { interval } : {};
  if (draft.repeat === 'weekly') {
    if (draft.weekdays.length === 0) fields['schedule.repeat.weekdays'] = 'Tick at least one day of the week.';
    return { freq: 'weekly', ...every, weekdays: [...new Set(draft.weekdays)].sort((a, b) => a - b) };
  }
  if (draft.monthlyBy === 'nthWeekday') return { freq: 'monthly', ...every, nthWeekday: { nth: draft.nth, weekday: draft.nthWeekday } };
  if (!inRange(draft.monthDay, 1, 31)) fields['schedule.repeat.monthDay'] = 'Enter a day of the month from 1 to 31.';
  return { freq: 'monthly', ...every, monthDay: whole(draft.monthDay) };
}

function prefixed(fields: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key === '' ? prefix : `${prefix}.${key}`, message]));
}

/**
 * The draft's rule as the API's ScheduleRule, or what is wrong with the form, field by field
 * (`schedule.start`, `schedule.repeat.weekdays`, ...). This checks the form (a date picked, numbers
 * typed); whether the rule itself holds together (a real zone, a time that exists, "2nd Tuesday"
 * on a Tuesday) is shared/schedule's call: see seriesPreview.
 */
export function draftToRule(draft: SeriesDraft): RuleResult {
  const fields: FieldErrors = {};
  if (!calendarDate(draft.date)) fields['schedule.start'] = 'Choose the date of the first session.';
  else if (!TIME.test(draft.time)) fields['schedule.start'] = 'Choose the start time of the first session.';
  const repeat = repeatOf(draft, fields);
  const raw: Record<string, unknown> = { zone: draft.zone, start: `${draft.date}T${draft.time}`, durationMinutes: whole(draft.duration), ...(repeat ? { repeat } : {}) };
  if (repeat && draft.ends === 'until') {
    if (!calendarDate(draft.until)) fields['schedule.until'] = 'Choose the date of the last session.';
    raw.until = draft.until;
  }
  if (repeat && draft.ends === 'count') raw.count = whole(draft.count);
  const checked = checkBody(scheduleRuleSchema, raw);
  // Our own wording wins: it speaks of the form ("tick a day"), the schema's of the body.
  if (!checked.ok) return { ok: false, fields: { ...prefixed(checked.fields, 'schedule'), ...fields } };
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, rule: checked.value };
}

/** The whole body for createSeries / updateSeries: title, description and the rule. */
export function draftToBody(draft: SeriesDraft): BodyResult {
  const rule = draftToRule(draft);
  const checked = checkBody(seriesBody.omit({ schedule: true }), { title: draft.title, description: draft.description });
  const fields = { ...(checked.ok ? {} : checked.fields), ...(rule.ok ? {} : rule.fields) };
  if (!checked.ok || !rule.ok) return { ok: false, fields };
  return { ok: true, body: { ...checked.value, schedule: rule.rule } };
}

export interface MoveDraft {
  /** The new local date and time, in the series' zone. */
  date: string;
  time: string;
  /** Minutes as typed; empty keeps the series' length. */
  duration: string;
}

/** The body of moveOccurrence, or what is missing; the server's schema judges the rest. */
export function moveDraftToBody(draft: MoveDraft): { ok: true; body: { start: string; durationMinutes?: number } } | { ok: false; fields: FieldErrors } {
  if (!calendarDate(draft.date)) return { ok: false, fields: { start: 'Choose the new date.' } };
  if (!TIME.test(draft.time)) return { ok: false, fields: { start: 'Choose the new start time.' } };
  const start = `${draft.date}T${draft.time}`;
  return { ok: true, body: draft.duration.trim() === '' ? { start } : { start, durationMinutes: whole(draft.duration) } };
}
