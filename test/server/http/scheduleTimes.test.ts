// The API's schedule questions without a server: upcoming occurrences, the join window and
// ending a series, with the clock passed in. The process zone is pinned far from the zones under
// test, so the host's zone cannot leak in.
import '../../shared/schedule/pinTz';
import { describe, expect, it } from 'vitest';
import { expandSeries, type Series } from '../../../shared/schedule';
import { PINNED_OFFSET_MINUTES, pinnedOffset } from '../../shared/schedule/pinTz';
import { isGeneratedSlot, judgeSeries, windowAround } from '../../../server/http/api/scheduleRules';
import { endedSchedule, upcomingOccurrences, UPCOMING_LIMIT } from '../../../server/http/api/scheduleTimes';
import { nextOpening, openOccurrence, type ScheduledSeries } from '../../../server/schedule/openOccurrence';
import { ApiError } from '../../../server/http/errors';

const at = (iso: string) => Date.parse(iso);
// Tuesdays 19:00 London: 19:00Z in winter, 18:00Z in summer (BST from 29 March 2026).
const TUESDAYS: Series = { zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' } };
const circle = (schedule: Series = TUESDAYS, id = 's1', title = 'Circle'): ScheduledSeries => ({ id, title, schedule });

it('runs with the process zone pinned', () => {
  expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
});

describe('upcomingOccurrences', () => {
  it('lists what has not ended, across the clock change, with when joining opens', () => {
    const { occurrences, failed } = upcomingOccurrences([circle()], at('2026-03-17T19:30:00Z'), 10);
    expect(failed).toEqual([]);
    expect(occurrences.slice(0, 3)).toEqual([
      { seriesId: 's1', title: 'Circle', zone: 'Europe/London', slot: '2026-03-17T19:00', start: '2026-03-17T19:00:00.000Z', end: '2026-03-17T20:00:00.000Z', moved: false, cancelled: false, joinOpensAt: '2026-03-17T18:50:00.000Z' },
      { seriesId: 's1', title: 'Circle', zone: 'Europe/London', slot: '2026-03-24T19:00', start: '2026-03-24T19:00:00.000Z', end: '2026-03-24T20:00:00.000Z', moved: false, cancelled: false, joinOpensAt: '2026-03-24T18:50:00.000Z' },
      { seriesId: 's1', title: 'Circle', zone: 'Europe/London', slot: '2026-03-31T19:00', start: '2026-03-31T18:00:00.000Z', end: '2026-03-31T19:00:00.000Z', moved: false, cancelled: false, joinOpensAt: '2026-03-31T17:50:00.000Z' },
    ]);
    // Sixty days ahead: the last is Tuesday 12 May (16 May is past the horizon).
    expect(occurrences.at(-1)?.slot).toBe('2026-05-12T19:00');
    expect(occurrences).toHaveLength(9);
  });

  it('marks cancelled occurrences instead of dropping them, and places moved ones by their new start', () => {
    const schedule: Series = { ...TUESDAYS, cancelled: ['2026-03-24T19:00'], moved: { '2026-03-31T19:00': { start: '2026-03-30T12:00' } } };
    const { occurrences } = upcomingOccurrences([circle(schedule)], at('2026-03-20T00:00:00Z'), 0);
    expect(occurrences.slice(0, 2).map((o) => [o.slot, o.start, o.cancelled, o.moved])).toEqual([
      ['2026-03-24T19:00', '2026-03-24T19:00:00.000Z', true, false],
      ['2026-03-31T19:00', '2026-03-30T11:00:00.000Z', false, true],
    ]);
  });

  it('merges series by start and stops at the limit', () => {
    const daily: Series = { zone: 'Asia/Kolkata', start: '2026-03-02T08:00', durationMinutes: 30, repeat: { freq: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } };
    const evenings: Series = { ...daily, zone: 'America/Santiago', start: '2026-03-02T20:00' };
    const both = [circle(), circle(daily, 's2', 'Mornings'), circle(evenings, 's3', 'Evenings')];
    const { occurrences } = upcomingOccurrences(both, at('2026-03-03T00:00:00Z'), 10);
    expect(occurrences).toHaveLength(UPCOMING_LIMIT);
    const starts = occurrences.map((o) => o.start);
    expect(starts).toEqual([...starts].sort());
    expect(occurrences.slice(0, 2).map((o) => [o.seriesId, o.start])).toEqual([
      ['s2', '2026-03-03T02:30:00.000Z'],
      ['s1', '2026-03-03T19:00:00.000Z'],
    ]);
  });

  it('names a stored series that no longer expands instead of failing', () => {
    const broken = circle({ ...TUESDAYS, zone: 'Mars/Olympus_Mons' }, 'bad');
    const { occurrences, failed } = upcomingOccurrences([broken, circle()], at('2026-03-20T00:00:00Z'), 10);
    expect(failed).toEqual(['bad']);
    expect(occurrences.every((o) => o.seriesId === 's1')).toBe(true);
  });
});

describe('the join window: openOccurrence and nextOpening', () => {
  const win = (iso: string, schedule: Series = TUESDAYS) => {
    const { open, failed } = openOccurrence([circle(schedule)], at(iso), 10);
    const next = nextOpening([circle(schedule)], at(iso), 10);
    return { open, nextOpensAt: next.nextOpensAt, failed: [...new Set([...failed, ...next.failed])] };
  };

  it.each([
    ['before the window', '2026-03-31T17:49:59Z', undefined, '2026-03-31T17:50:00.000Z'],
    ['as it opens', '2026-03-31T17:50:00Z', '2026-03-31T19:00', '2026-04-07T17:50:00.000Z'],
    ['during the session', '2026-03-31T18:59:59Z', '2026-03-31T19:00', '2026-04-07T17:50:00.000Z'],
    ['as it ends', '2026-03-31T19:00:00Z', undefined, '2026-04-07T17:50:00.000Z'],
  ])('%s', (_what, now, openSlot, next) => {
    const w = win(now);
    expect(w.open?.slot).toBe(openSlot);
    expect(w.nextOpensAt).toBe(next);
  });

  it('describes the open occurrence', () => {
    expect(win('2026-03-24T19:10:00Z').open).toEqual({ seriesId: 's1', slot: '2026-03-24T19:00', title: 'Circle', start: '2026-03-24T19:00:00.000Z', end: '2026-03-24T20:00:00.000Z' });
  });

  it('keeps a cancelled occurrence closed and points at the one after', () => {
    const w = win('2026-03-31T18:10:00Z', { ...TUESDAYS, cancelled: ['2026-03-31T19:00'] });
    expect(w.open).toBeUndefined();
    expect(w.nextOpensAt).toBe('2026-04-07T17:50:00.000Z');
  });

  it('has no next opening once the series is over', () => {
    const w = win('2026-04-01T00:00:00Z', { ...TUESDAYS, until: '2026-03-31' });
    expect(w).toEqual({ open: undefined, nextOpensAt: undefined, failed: [] });
  });
});

describe('endedSchedule', () => {
  it('cuts a recurring series after the last occurrence that started, dropping count', () => {
    const ended = endedSchedule({ ...TUESDAYS, until: undefined, count: 20 }, at('2026-03-18T09:00:00Z'));
    expect(ended).toEqual({ zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' }, until: '2026-03-17' });
  });

  it('keeps an occurrence in progress', () => {
    expect(endedSchedule(TUESDAYS, at('2026-03-17T19:30:00Z'))).toMatchObject({ until: '2026-03-17' });
  });

  it('refuses when nothing has started, just before the first or long before it', () => {
    expect(endedSchedule(TUESDAYS, at('2026-03-03T18:59:59Z'))).toBe('not_started');
    expect(endedSchedule(TUESDAYS, at('2025-12-01T00:00:00Z'))).toBe('not_started');
  });

  it('cancels an earlier slot that was moved to after now', () => {
    // The 10th was put off to the 20th; the 17th took place. Ending on the 18th must stop the 20th.
    const schedule: Series = { ...TUESDAYS, moved: { '2026-03-10T19:00': { start: '2026-03-20T19:00' } } };
    const ended = endedSchedule(schedule, at('2026-03-18T09:00:00Z'));
    expect(ended).toMatchObject({ until: '2026-03-17', cancelled: ['2026-03-10T19:00'] });
    expect(expandSeries(ended as Series, { from: '2026-03-18T09:00:00Z', to: '2027-03-18T00:00:00Z' })).toEqual([]);
  });

  it('lets a later slot moved earlier, still ahead, lapse with the rule', () => {
    const schedule: Series = { ...TUESDAYS, moved: { '2026-03-24T19:00': { start: '2026-03-18T12:00' } } };
    const ended = endedSchedule(schedule, at('2026-03-18T09:00:00Z'));
    expect(ended).toMatchObject({ until: '2026-03-17' });
    expect(expandSeries(ended as Series, { from: '2026-03-18T09:00:00Z', to: '2027-03-18T00:00:00Z' })).toEqual([]);
  });

  it('keeps the date a moved occurrence took place when it was moved later and has happened', () => {
    // The 17th moved to Thursday the 19th, which has happened by Friday: until covers the 19th.
    const schedule: Series = { ...TUESDAYS, moved: { '2026-03-17T19:00': { start: '2026-03-19T19:00' } } };
    const ended = endedSchedule(schedule, at('2026-03-20T09:00:00Z'));
    expect(ended).toMatchObject({ until: '2026-03-19' });
    expect(ended).not.toHaveProperty('cancelled');
  });

  it('ends a daily series that has run for decades (more occurrences than one expansion window holds)', () => {
    const daily: Series = { zone: 'Asia/Kolkata', start: '1990-01-01T08:00', durationMinutes: 30, repeat: { freq: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } };
    expect(endedSchedule(daily, at('2026-03-18T09:00:00Z'))).toMatchObject({ until: '2026-03-18' });
  });

  it('leaves a single session that has happened as it was', () => {
    const single: Series = { zone: 'America/New_York', start: '2026-03-08T02:30', durationMinutes: 60 };
    expect(endedSchedule(single, at('2026-03-08T07:30:00Z'))).toEqual(single);
  });
});

describe('judging and slots', () => {
  it('turns a ScheduleError into invalid_payload naming the reason', () => {
    const refused = (s: Series) => {
      try {
        judgeSeries(s);
      } catch (err) {
        return err instanceof ApiError ? [err.code, err.options.fields?.schedule?.split(':')[0]] : err;
      }
      return 'accepted';
    };
    expect(refused({ ...TUESDAYS, zone: 'Europe/Londres' })).toEqual(['invalid_payload', 'invalid_zone']);
    expect(refused({ ...TUESDAYS, start: '2026-02-30T19:00' })).toEqual(['invalid_payload', 'invalid_time']);
    expect(refused({ ...TUESDAYS, count: 3, until: '2026-04-01' })).toEqual(['invalid_payload', 'invalid_rule']);
    expect(refused(TUESDAYS)).toBe('accepted');
  });

  it('knows the generated slots, including a gap-shifted one by its original local start', () => {
    const sundays: Series = { zone: 'America/New_York', start: '2026-03-01T02:30', durationMinutes: 60, repeat: { freq: 'weekly' } };
    expect(isGeneratedSlot(sundays, '2026-03-08T02:30')).toBe(true);
    expect(isGeneratedSlot(sundays, '2026-03-08T03:30')).toBe(false);
    expect(isGeneratedSlot(sundays, '2026-03-09T02:30')).toBe(false);
    expect(isGeneratedSlot(sundays, '2026-02-30T02:30')).toBe(false);
  });

  it('chooses windows around local times that hold the instant in any zone', () => {
    expect(windowAround(['2026-03-31T19:00'])).toEqual({ from: '2026-03-29T19:00:00.000Z', to: '2026-04-02T19:00:00.000Z' });
  });
});
