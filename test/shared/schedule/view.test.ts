import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/schedule/expand';
import type { Occurrence, OccurrenceView, Series } from '../../../shared/schedule/types';
import { isScheduleError } from '../../../shared/schedule/types';
import { viewIn } from '../../../shared/schedule/view';

function occurrencesOf(series: Series, from: string, to: string): Occurrence[] {
  const result = expandSeries(series, { from, to });
  if (isScheduleError(result)) throw new Error(result.error.message);
  return result;
}
function view(occurrences: Occurrence[], zone: string): OccurrenceView[] {
  const result = viewIn(occurrences, zone);
  if (isScheduleError(result)) throw new Error(result.error.message);
  return result;
}

const london2026 = occurrencesOf({ zone: 'Europe/London', start: '2026-01-06T19:00', durationMinutes: 60, repeat: { freq: 'weekly' } }, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');

describe('viewIn', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('London Tuesdays 19:00 seen from New York move only in the weeks between the two changes', () => {
    const views = view(london2026, 'America/New_York');
    expect(views).toHaveLength(52);
    const changed = views.flatMap((v) => (v.timeChanged ? [v.date] : []));
    // US: 8 Mar and 1 Nov 2026; UK: 29 Mar and 25 Oct 2026.
    expect(changed).toEqual(['2026-03-10', '2026-03-31', '2026-10-27', '2026-11-03']);
    const byDate = new Map(views.map((v) => [v.date, v]));
    expect(byDate.get('2026-03-03')).toEqual({ date: '2026-03-03', time: '14:00', weekday: 2, utcOffset: '-05:00', timeChanged: false });
    expect(byDate.get('2026-03-10')).toEqual({ date: '2026-03-10', time: '15:00', weekday: 2, utcOffset: '-04:00', timeChanged: true });
    expect(byDate.get('2026-03-24')).toEqual({ date: '2026-03-24', time: '15:00', weekday: 2, utcOffset: '-04:00', timeChanged: false });
    expect(byDate.get('2026-03-31')).toEqual({ date: '2026-03-31', time: '14:00', weekday: 2, utcOffset: '-04:00', timeChanged: true });
    expect(byDate.get('2026-10-27')).toEqual({ date: '2026-10-27', time: '15:00', weekday: 2, utcOffset: '-04:00', timeChanged: true });
    expect(byDate.get('2026-11-03')).toEqual({ date: '2026-11-03', time: '14:00', weekday: 2, utcOffset: '-05:00', timeChanged: true });
    expect(views[0]?.timeChanged).toBe(false);
  });

  it('from Kolkata (+05:30, no DST) the date and weekday cross midnight in winter', () => {
    const views = view(london2026, 'Asia/Kolkata');
    expect(views.filter((v) => v.timeChanged).map((v) => v.date)).toEqual(['2026-03-31', '2026-10-28']);
    expect(views.find((v) => v.date === '2026-03-25')).toEqual({ date: '2026-03-25', time: '00:30', weekday: 3, utcOffset: '+05:30', timeChanged: false });
    expect(views.find((v) => v.date === '2026-03-31')).toEqual({ date: '2026-03-31', time: '23:30', weekday: 2, utcOffset: '+05:30', timeChanged: true });
    expect(new Set(views.map((v) => v.utcOffset))).toEqual(new Set(['+05:30']));
  });

  it('in its own zone the time never changes, only the offset', () => {
    const views = view(london2026, 'Europe/London');
    expect(views.every((v) => v.time === '19:00' && !v.timeChanged && v.weekday === 2)).toBe(true);
    expect(new Set(views.map((v) => v.utcOffset))).toEqual(new Set(['+00:00', '+01:00']));
  });

  it.each([
    ['Asia/Kathmandu', '2026-03-04', '00:45', '+05:45'],
    ['Pacific/Chatham', '2026-03-04', '08:45', '+13:45'],
    ['America/St_Johns', '2026-03-03', '15:30', '-03:30'],
  ])('odd offsets: %s', (zone, date, time, utcOffset) => {
    const first = view(london2026, zone).find((v) => v.date === date);
    expect(first).toMatchObject({ time, utcOffset });
  });

  it('a gap-shifted occurrence shows its real local time and counts as a change', () => {
    const series: Series = { zone: 'America/New_York', start: '2026-03-01T02:30', durationMinutes: 60, repeat: { freq: 'weekly' } };
    const views = view(occurrencesOf(series, '2026-03-01T00:00:00Z', '2026-03-20T00:00:00Z'), 'America/New_York');
    expect(views.map((v) => [v.time, v.timeChanged])).toEqual([
      ['02:30', false],
      ['03:30', true],
      ['02:30', true],
    ]);
  });

  it('keeps the given order and accepts an empty list', () => {
    const reversed = view([...london2026].reverse(), 'Europe/London');
    expect(reversed[0]?.date).toBe('2026-12-29');
    expect(view([], 'Asia/Kolkata')).toEqual([]);
  });

  it.each(['Mars/Olympus', '', '+01:00', 'local', 'UTC+1'])('refuses the viewer zone %j', (zone) => {
    expect(viewIn(london2026, zone)).toEqual({ error: { code: 'invalid_zone', message: expect.any(String) } });
  });

  it('refuses malformed occurrences', () => {
    const bad = [{ start: '2026-03-31 18:00', end: '', slot: '', moved: false }] as Occurrence[];
    expect(viewIn(bad, 'Europe/London')).toEqual({ error: { code: 'invalid_time', message: expect.any(String) } });
    expect(viewIn([null] as unknown as Occurrence[], 'Europe/London')).toEqual({ error: { code: 'invalid_time', message: expect.any(String) } });
    expect(viewIn('nope' as unknown as Occurrence[], 'Europe/London')).toEqual({ error: { code: 'invalid_time', message: expect.any(String) } });
  });
});
