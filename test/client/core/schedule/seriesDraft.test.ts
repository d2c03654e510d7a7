// The series form's draft → ScheduleRule conversion (every repeat and end kind, and drafts that
// are not yet a rule), the round trip from a stored series, and the rule in words.
import '../../../shared/schedule/pinTz';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../../../shared/schedule';
import { draftFromSeries, draftToBody, draftToRule, moveDraftToBody, newDraft, nthWeekdayOf, withDate, type SeriesDraft } from '../../../../client/core/schedule/seriesDraft';
import { describeRule } from '../../../../client/core/schedule/seriesText';
import { parsePrefill, schedulePath } from '../../../../client/core/schedule/schedulePrefill';
import { PINNED_OFFSET_MINUTES, pinnedOffset } from '../../../shared/schedule/pinTz';

/** Tuesday 31 March 2026: the last Tuesday of the month, two days after London's clocks change. */
const TUESDAY = '2026-03-31';

function draft(over: Partial<SeriesDraft> = {}): SeriesDraft {
  return { ...withDate(newDraft('Europe/London', Date.parse('2026-03-20T12:00:00Z')), TUESDAY), title: 'Evening circle', ...over };
}

function rule(over: Partial<SeriesDraft>) {
  const result = draftToRule(draft(over));
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.rule;
}

function problems(over: Partial<SeriesDraft>): Record<string, string> {
  const result = draftToRule(draft(over));
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.rule)}`);
  return result.fields;
}

describe('newDraft', () => {
  it('runs with the process zone pinned elsewhere', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('starts weekly from the next day in the given zone, on that weekday', () => {
    // 23:30 UTC on Monday 30 March is already Tuesday in Tokyo, still Monday in Los Angeles.
    const now = Date.parse('2026-03-30T23:30:00Z');
    const tokyo = newDraft('Asia/Tokyo', now);
    expect([tokyo.zone, tokyo.date, tokyo.time, tokyo.duration, tokyo.repeat, tokyo.weekdays]).toEqual(['Asia/Tokyo', '2026-04-01', '19:00', '90', 'weekly', [3]]);
    const la = newDraft('America/Los_Angeles', now);
    expect([la.date, la.weekdays, la.nth, la.nthWeekday, la.monthDay]).toEqual([TUESDAY, [2], -1, 2, '31']);
  });

  it('takes a start carried over from "find a time"', () => {
    const d = newDraft('UTC', 0, { zone: 'Asia/Kolkata', start: '2026-04-14T20:30', durationMinutes: 60 });
    expect([d.zone, d.date, d.time, d.duration, d.weekdays, d.nth, d.nthWeekday]).toEqual(['Asia/Kolkata', '2026-04-14', '20:30', '60', [2], 2, 2]);
  });
});

describe('withDate', () => {
  it('moves the choices that followed the old date, keeps the ones made on purpose', () => {
    const followed = withDate(draft(), '2026-04-08'); // a Wednesday, the 2nd of April
    expect([followed.weekdays, followed.nth, followed.nthWeekday, followed.monthDay]).toEqual([[3], 2, 3, '8']);
    const chosen = withDate(draft({ weekdays: [2, 4], nth: 1, nthWeekday: 5, monthDay: '15' }), '2026-04-08');
    expect([chosen.weekdays, chosen.nth, chosen.nthWeekday, chosen.monthDay]).toEqual([[2, 4], 1, 5, '15']);
  });

  it('knows a last weekday from a 4th one', () => {
    expect(nthWeekdayOf('2026-04-14')).toEqual({ nth: 2, weekday: 2 });
    expect(nthWeekdayOf('2026-04-28')).toEqual({ nth: -1, weekday: 2 });
    expect(nthWeekdayOf('2026-02-26')).toEqual({ nth: -1, weekday: 4 });
    expect(nthWeekdayOf('2026-03-24')).toEqual({ nth: 4, weekday: 2 });
    expect(nthWeekdayOf('not a date')).toBeNull();
  });
});

describe('draftToRule', () => {
  it('a single session has no repeat, and ignores the end choice', () => {
    expect(rule({ repeat: 'none', ends: 'count', count: '5' })).toEqual({ zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90 });
  });

  it('weekly: the ticked days, sorted, and an interval only when above 1', () => {
    expect(rule({ weekdays: [4, 2] })).toEqual({ zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90, repeat: { freq: 'weekly', weekdays: [2, 4] } });
    expect(rule({ interval: '2', time: '07:15', duration: ' 45 ' }).repeat).toEqual({ freq: 'weekly', interval: 2, weekdays: [2] });
    expect(rule({ interval: '2', time: '07:15' }).start).toBe('2026-03-31T07:15');
  });

  it('monthly: the Nth weekday or a day of the month', () => {
    expect(rule({ repeat: 'monthly', monthlyBy: 'nthWeekday', nth: -1, nthWeekday: 2 }).repeat).toEqual({ freq: 'monthly', nthWeekday: { nth: -1, weekday: 2 } });
    expect(rule({ repeat: 'monthly', monthlyBy: 'nthWeekday', nth: 2, nthWeekday: 5, interval: '3' }).repeat).toEqual({ freq: 'monthly', interval: 3, nthWeekday: { nth: 2, weekday: 5 } });
    expect(rule({ repeat: 'monthly', monthlyBy: 'monthDay', monthDay: '31' }).repeat).toEqual({ freq: 'monthly', monthDay: 31 });
  });

  it('ends never, on a date, or after a number of sessions', () => {
    const never = rule({ ends: 'never', until: '2026-06-30', count: '4' });
    expect([never.until, never.count]).toEqual([undefined, undefined]);
    expect(rule({ ends: 'until', until: '2026-06-30' })).toMatchObject({ until: '2026-06-30' });
    expect(rule({ ends: 'until', until: '2026-06-30' }).count).toBeUndefined();
    expect(rule({ ends: 'count', count: '10' })).toMatchObject({ count: 10 });
    expect(rule({ ends: 'count', count: '10' }).until).toBeUndefined();
  });

  it('names what is missing or not a number, by the field the server uses too', () => {
    expect(problems({ date: '' })).toEqual({ 'schedule.start': 'Choose the date of the first session.' });
    expect(problems({ time: '' })).toEqual({ 'schedule.start': 'Choose the start time of the first session.' });
    expect(problems({ weekdays: [] })).toEqual({ 'schedule.repeat.weekdays': 'Tick at least one day of the week.' });
    expect(problems({ interval: 'two' })).toEqual({ 'schedule.repeat.interval': 'Enter how many weeks apart, from 1 to 52.' });
    expect(problems({ repeat: 'monthly', interval: '53' })).toEqual({ 'schedule.repeat.interval': 'Enter how many months apart, from 1 to 52.' });
    expect(problems({ repeat: 'monthly', monthlyBy: 'monthDay', monthDay: '32' })).toEqual({ 'schedule.repeat.monthDay': 'Enter a day of the month from 1 to 31.' });
    expect(problems({ ends: 'until', until: '' })).toEqual({ 'schedule.until': 'Choose the date of the last session.' });
    expect(problems({ ends: 'count', count: '0' })).toEqual({ 'schedule.count': 'Use a number of at least 1.' });
    expect(problems({ duration: '3' })).toEqual({ 'schedule.durationMinutes': 'A session lasts at least 5 minutes.' });
    expect(problems({ duration: 'long' })).toEqual({ 'schedule.durationMinutes': 'Enter a whole number.' });
    expect(problems({ zone: '' })).toEqual({ 'schedule.zone': 'Choose a time zone.' });
  });
});

describe('draftToBody', () => {
  it('adds title and description, trimmed, and reports every problem at once', () => {
    const ok = draftToBody(draft({ title: '  Evening circle ', description: ' Bring tea. ' }));
    expect(ok).toEqual({ ok: true, body: { title: 'Evening circle', description: 'Bring tea.', schedule: rule({}) } });
    const bad = draftToBody(draft({ title: 'E', date: '' }));
    expect(bad).toEqual({ ok: false, fields: { title: 'A title has at least 2 characters.', 'schedule.start': 'Choose the date of the first session.' } });
  });
});

describe('draftFromSeries', () => {
  const stored: Series[] = [
    { zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90 },
    { zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90, repeat: { freq: 'weekly' }, until: '2026-06-30' },
    { zone: 'America/New_York', start: '2026-03-31T18:30', durationMinutes: 60, repeat: { freq: 'weekly', interval: 2, weekdays: [2, 4] }, count: 12 },
    { zone: 'Australia/Adelaide', start: '2026-03-31T19:00', durationMinutes: 120, repeat: { freq: 'monthly', nthWeekday: { nth: -1, weekday: 2 } } },
    { zone: 'Asia/Kolkata', start: '2026-03-31T19:00', durationMinutes: 75, repeat: { freq: 'monthly', interval: 3, monthDay: 31 } },
  ];

  it.each(stored)('gives the same rule back (%o)', (series) => {
    const back = draftToRule(draftFromSeries({ title: 'T', description: '', schedule: series }));
    // A weekly rule without weekdays comes back with its start's weekday ticked: the same days.
    const expected = series.repeat?.freq === 'weekly' && !series.repeat.weekdays ? { ...series, repeat: { ...series.repeat, weekdays: [2] } } : series;
    expect(back).toEqual({ ok: true, rule: expected });
  });
});

describe('moveDraftToBody', () => {
  it('sends a local start, and a length only when one was typed', () => {
    expect(moveDraftToBody({ date: '2026-04-01', time: '18:30', duration: '' })).toEqual({ ok: true, body: { start: '2026-04-01T18:30' } });
    expect(moveDraftToBody({ date: '2026-04-01', time: '18:30', duration: '60' })).toEqual({ ok: true, body: { start: '2026-04-01T18:30', durationMinutes: 60 } });
    expect(moveDraftToBody({ date: '', time: '18:30', duration: '' })).toEqual({ ok: false, fields: { start: 'Choose the new date.' } });
    expect(moveDraftToBody({ date: '2026-04-01', time: '', duration: '' })).toEqual({ ok: false, fields: { start: 'Choose the new start time.' } });
  });
});

describe('describeRule', () => {
  it.each<[Series, string]>([
    [{ zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90, repeat: { freq: 'weekly' } }, 'Every Tuesday at 19:00 Europe/London, 90 minutes, from 31 Mar 2026'],
    [
      { zone: 'America/New_York', start: '2026-03-31T18:30', durationMinutes: 60, repeat: { freq: 'weekly', interval: 2, weekdays: [4, 2] }, until: '2026-06-30' },
      'Every 2 weeks on Tuesday and Thursday at 18:30 America/New_York, 1 hour, from 31 Mar 2026, until 30 Jun 2026',
    ],
    [
      { zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 120, repeat: { freq: 'monthly', nthWeekday: { nth: -1, weekday: 2 } }, count: 6 },
      'Every month on the last Tuesday at 19:00 Europe/London, 2 hours, from 31 Mar 2026, 6 sessions in all',
    ],
    [{ zone: 'Asia/Kolkata', start: '2026-04-02T07:00', durationMinutes: 45, repeat: { freq: 'monthly', interval: 3, monthDay: 2 } }, 'Every 3 months on the 2nd at 07:00 Asia/Kolkata, 45 minutes, from 2 Apr 2026'],
    [{ zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90 }, 'Once, on Tue 31 Mar 2026 at 19:00 Europe/London, 90 minutes'],
  ])('%o', (series, words) => {
    expect(describeRule(series)).toBe(words);
  });
});

describe('schedule prefill', () => {
  it('round-trips through the query string and refuses malformed values', () => {
    const prefill = { zone: 'America/Argentina/Buenos_Aires', start: '2026-04-14T20:30', durationMinutes: 90 };
    const path = schedulePath('g1', prefill);
    expect(path).toBe('/groups/g1/schedule?zone=America%2FArgentina%2FBuenos_Aires&start=2026-04-14T20%3A30&minutes=90');
    expect(parsePrefill(path.slice(path.indexOf('?')))).toEqual(prefill);
    expect(parsePrefill('')).toBeNull();
    expect(parsePrefill('?zone=UTC&start=2026-04-14&minutes=90')).toBeNull();
    expect(parsePrefill('?zone=UTC&start=2026-04-14T20:30&minutes=0')).toBeNull();
    expect(schedulePath('g1')).toBe('/groups/g1/schedule');
  });
});
