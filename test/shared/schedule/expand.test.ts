import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import { expandSeries, isSeriesSlot } from '../../../shared/schedule/expand';
import type { Occurrence, ScheduleError, Series } from '../../../shared/schedule/types';
import { isScheduleError } from '../../../shared/schedule/types';

function expand(series: Series, from: string, to: string): Occurrence[] {
  const result = expandSeries(series, { from, to });
  if (isScheduleError(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}
const starts = (occurrences: Occurrence[]): string[] => occurrences.map((o) => o.start);
const slots = (occurrences: Occurrence[]): string[] => occurrences.map((o) => o.slot);
const z = (s: string): string => `${s}:00.000Z`;

const tuesdayLondon: Series = { zone: 'Europe/London', start: '2026-03-17T19:00', durationMinutes: 90, repeat: { freq: 'weekly' } };

describe('expandSeries: weekly across clock changes', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('Tuesday 19:00 London is 19:00Z in winter and 18:00Z in summer, both changes', () => {
    const spring = expand(tuesdayLondon, '2026-03-01T00:00:00Z', '2026-04-10T00:00:00Z');
    expect(spring).toEqual([
      { start: z('2026-03-17T19:00'), end: z('2026-03-17T20:30'), slot: '2026-03-17T19:00', moved: false },
      { start: z('2026-03-24T19:00'), end: z('2026-03-24T20:30'), slot: '2026-03-24T19:00', moved: false },
      { start: z('2026-03-31T18:00'), end: z('2026-03-31T19:30'), slot: '2026-03-31T19:00', moved: false },
      { start: z('2026-04-07T18:00'), end: z('2026-04-07T19:30'), slot: '2026-04-07T19:00', moved: false },
    ]);
    expect(starts(expand(tuesdayLondon, '2026-10-15T00:00:00Z', '2026-11-05T00:00:00Z'))).toEqual([z('2026-10-20T18:00'), z('2026-10-27T19:00'), z('2026-11-03T19:00')]);
  });

  it('a weekly Sunday 02:30 in New York is shifted to 03:30 EDT on the spring-forward day only', () => {
    const series: Series = { zone: 'America/New_York', start: '2026-03-01T02:30', durationMinutes: 60, repeat: { freq: 'weekly' } };
    expect(expand(series, '2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z')).toEqual([
      { start: z('2026-03-01T07:30'), end: z('2026-03-01T08:30'), slot: '2026-03-01T02:30', moved: false },
      { start: z('2026-03-08T07:30'), end: z('2026-03-08T08:30'), slot: '2026-03-08T02:30', moved: false },
      { start: z('2026-03-15T06:30'), end: z('2026-03-15T07:30'), slot: '2026-03-15T02:30', moved: false },
    ]);
  });

  it('a weekly Sunday 01:30 in New York takes the first 01:30 on the fall-back day', () => {
    const series: Series = { zone: 'America/New_York', start: '2026-10-25T01:30', durationMinutes: 60, repeat: { freq: 'weekly' } };
    expect(starts(expand(series, '2026-10-20T00:00:00Z', '2026-11-10T00:00:00Z'))).toEqual([z('2026-10-25T05:30'), z('2026-11-01T05:30'), z('2026-11-08T06:30')]);
  });

  it.each([
    ['Australia/Lord_Howe', '2026-09-27T02:15', [z('2026-09-26T15:45'), z('2026-10-03T15:45'), z('2026-10-10T15:15')]],
    ['Pacific/Chatham', '2026-09-20T03:00', [z('2026-09-19T14:15'), z('2026-09-26T14:15'), z('2026-10-03T13:15')]],
    ['America/Santiago', '2026-08-30T00:30', [z('2026-08-30T04:30'), z('2026-09-06T04:30'), z('2026-09-13T03:30')]],
    ['Australia/Adelaide', '2026-03-29T02:30', [z('2026-03-28T16:00'), z('2026-04-04T16:00'), z('2026-04-11T17:00')]],
  ])('weekly %s %s across its change', (zone, start, expected) => {
    const series: Series = { zone, start, durationMinutes: 60, repeat: { freq: 'weekly' } };
    expect(starts(expand(series, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).slice(0, 3)).toEqual(expected);
  });

  it('interval and several weekdays follow ISO weeks (Monday first), nothing before the start', () => {
    // Start on a Wednesday: the Monday of that week is before the start and is not generated.
    const series: Series = { zone: 'Asia/Kolkata', start: '2026-01-07T10:00', durationMinutes: 30, repeat: { freq: 'weekly', interval: 2, weekdays: [5, 1, 3] } };
    expect(slots(expand(series, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'))).toEqual([
      '2026-01-07T10:00',
      '2026-01-09T10:00',
      '2026-01-19T10:00',
      '2026-01-21T10:00',
      '2026-01-23T10:00',
    ]);
  });

  it('a Sunday in the weekdays belongs to the ISO week that began the Monday before', () => {
    const series: Series = { zone: 'Europe/London', start: '2026-01-05T09:00', durationMinutes: 30, repeat: { freq: 'weekly', interval: 2, weekdays: [1, 7] } };
    expect(slots(expand(series, '2026-01-01T00:00:00Z', '2026-01-27T00:00:00Z'))).toEqual(['2026-01-05T09:00', '2026-01-11T09:00', '2026-01-19T09:00', '2026-01-25T09:00']);
  });
});

describe('expandSeries: monthly', () => {
  it.each([
    [{ nth: 1, weekday: 2 }, '2026-01-06T19:00', ['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07', '2026-05-05', '2026-06-02']],
    [{ nth: 4, weekday: 4 }, '2026-01-22T19:00', ['2026-01-22', '2026-02-26', '2026-03-26', '2026-04-23', '2026-05-28', '2026-06-25']],
    [{ nth: -1, weekday: 5 }, '2026-01-30T19:00', ['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29', '2026-06-26']],
  ] as const)('nthWeekday %j', (nthWeekday, start, dates) => {
    const series: Series = { zone: 'Europe/London', start, durationMinutes: 60, repeat: { freq: 'monthly', nthWeekday } };
    const got = expand(series, '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z');
    expect(got.map((o) => o.slot.slice(0, 10))).toEqual(dates);
    // Winter dates are 19:00Z and summer dates 18:00Z in London.
    expect(got.map((o) => o.start.slice(11, 16))).toEqual(dates.map((d) => (d > '2026-03-29' ? '18:00' : '19:00')));
  });

  it('monthDay 31 skips months without a 31st, and count does not count them', () => {
    const series: Series = { zone: 'Europe/London', start: '2026-01-31T10:00', durationMinutes: 60, repeat: { freq: 'monthly', monthDay: 31 }, count: 4 };
    expect(slots(expand(series, '2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z'))).toEqual(['2026-01-31T10:00', '2026-03-31T10:00', '2026-05-31T10:00', '2026-07-31T10:00']);
  });

  it('monthDay 29 every 12 months lands on leap years only', () => {
    const series: Series = { zone: 'UTC', start: '2028-02-29T10:00', durationMinutes: 60, repeat: { freq: 'monthly', interval: 12, monthDay: 29 } };
    expect(slots(expand(series, '2028-01-01T00:00:00Z', '2037-01-01T00:00:00Z'))).toEqual(['2028-02-29T10:00', '2032-02-29T10:00', '2036-02-29T10:00']);
  });

  it('interval 3 with the last Monday', () => {
    const series: Series = { zone: 'Australia/Sydney', start: '2026-01-26T18:00', durationMinutes: 60, repeat: { freq: 'monthly', interval: 3, nthWeekday: { nth: -1, weekday: 1 } } };
    expect(expand(series, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z').map((o) => [o.slot, o.start])).toEqual([
      ['2026-01-26T18:00', z('2026-01-26T07:00')],
      ['2026-04-27T18:00', z('2026-04-27T08:00')],
      ['2026-07-27T18:00', z('2026-07-27T08:00')],
      ['2026-10-26T18:00', z('2026-10-26T07:00')],
    ]);
  });
});

describe('expandSeries: until, count, single sessions, window', () => {
  it('until is the last local date, inclusive', () => {
    expect(slots(expand({ ...tuesdayLondon, until: '2026-04-07' }, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toEqual([
      '2026-03-17T19:00',
      '2026-03-24T19:00',
      '2026-03-31T19:00',
      '2026-04-07T19:00',
    ]);
    expect(expand({ ...tuesdayLondon, until: '2026-04-06' }, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toHaveLength(3);
  });

  it('until is a local date: a 00:30 Kiritimati (UTC+14) session on the until date is included', () => {
    const series: Series = { zone: 'Pacific/Kiritimati', start: '2026-05-01T00:30', durationMinutes: 60, repeat: { freq: 'weekly' }, until: '2026-05-08' };
    expect(expand(series, '2026-04-01T00:00:00Z', '2026-06-01T00:00:00Z').map((o) => [o.slot, o.start])).toEqual([
      ['2026-05-01T00:30', z('2026-04-30T10:30')],
      ['2026-05-08T00:30', z('2026-05-07T10:30')],
    ]);
  });

  it('count counts cancelled occurrences too', () => {
    const got = expand({ ...tuesdayLondon, count: 3, cancelled: ['2026-03-24T19:00'] }, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(slots(got)).toEqual(['2026-03-17T19:00', '2026-03-31T19:00']);
  });

  it('a single session, and count 1 without a repeat', () => {
    const once: Series = { zone: 'Asia/Kolkata', start: '2026-05-05T18:00', durationMinutes: 45 };
    expect(expand(once, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([{ start: z('2026-05-05T12:30'), end: z('2026-05-05T13:15'), slot: '2026-05-05T18:00', moved: false }]);
    expect(expand({ ...once, count: 1 }, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toHaveLength(1);
  });

  it('the window is [from, to) on the start instant, and accepts offsets', () => {
    expect(slots(expand(tuesdayLondon, z('2026-03-24T19:00'), z('2026-03-31T18:00')))).toEqual(['2026-03-24T19:00']);
    expect(slots(expand(tuesdayLondon, '2026-03-24T19:00:00.001Z', '2026-03-31T18:00:00.001Z'))).toEqual(['2026-03-31T19:00']);
    expect(slots(expand(tuesdayLondon, '2026-03-24T20:00:00+01:00', '2026-03-24T20:00:00+01:00'))).toEqual([]);
    // An occurrence that started before `from` and is still running is not included.
    expect(expand(tuesdayLondon, z('2026-03-24T19:30'), z('2026-03-30T00:00'))).toEqual([]);
  });

  it('a weekly series started decades ago answers a window far in the future (speed: npm run bench -- p5)', () => {
    const old: Series = { zone: 'America/New_York', start: '1950-01-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' } };
    const got = expand(old, '2990-03-01T00:00:00Z', '2990-03-15T00:00:00Z');
    expect(got.map((o) => o.slot)).toEqual(['2990-03-02T19:00', '2990-03-09T19:00']);
  });

  it('refuses a window holding more than 10,000 occurrences instead of truncating', () => {
    const daily: Series = { zone: 'UTC', start: '2026-01-05T10:00', durationMinutes: 60, repeat: { freq: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } };
    expect(expandSeries(daily, { from: '2026-01-01T00:00:00Z', to: '2060-01-01T00:00:00Z' })).toEqual({ error: { code: 'invalid_rule', message: expect.stringContaining('10000') } });
    expect(expand(daily, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toHaveLength(361);
  });
});

describe('expandSeries: cancelled and moved', () => {
  const window = ['2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'] as const;

  it('removes cancelled slots', () => {
    expect(slots(expand({ ...tuesdayLondon, cancelled: ['2026-03-24T19:00', '2026-04-14T19:00'] }, ...window))).toEqual([
      '2026-03-17T19:00',
      '2026-03-31T19:00',
      '2026-04-07T19:00',
      '2026-04-21T19:00',
      '2026-04-28T19:00',
    ]);
  });

  it('places a moved occurrence at its new local start, with its new length, sorted by the new start', () => {
    const got = expand({ ...tuesdayLondon, moved: { '2026-03-24T19:00': { start: '2026-04-01T18:00', durationMinutes: 30 } } }, ...window);
    expect(got.slice(0, 4)).toEqual([
      { start: z('2026-03-17T19:00'), end: z('2026-03-17T20:30'), slot: '2026-03-17T19:00', moved: false },
      { start: z('2026-03-31T18:00'), end: z('2026-03-31T19:30'), slot: '2026-03-31T19:00', moved: false },
      { start: z('2026-04-01T17:00'), end: z('2026-04-01T17:30'), slot: '2026-03-24T19:00', moved: true },
      { start: z('2026-04-07T18:00'), end: z('2026-04-07T19:30'), slot: '2026-04-07T19:00', moved: false },
    ]);
  });

  it('includes or excludes a moved occurrence by its new start', () => {
    const outOfWindow = expand({ ...tuesdayLondon, moved: { '2026-03-24T19:00': { start: '2026-06-01T19:00' } } }, ...window);
    expect(slots(outOfWindow)).not.toContain('2026-03-24T19:00');
    const intoWindow = expand({ ...tuesdayLondon, moved: { '2026-06-02T19:00': { start: '2026-04-30T12:00' } } }, ...window);
    expect(intoWindow.at(-1)).toEqual({ start: z('2026-04-30T11:00'), end: z('2026-04-30T12:30'), slot: '2026-06-02T19:00', moved: true });
  });

  it('a moved start in a gap follows the gap policy', () => {
    const got = expand({ ...tuesdayLondon, moved: { '2026-03-24T19:00': { start: '2026-03-29T01:30' } } }, ...window);
    expect(got.find((o) => o.moved)?.start).toBe(z('2026-03-29T01:30'));
  });

  it('cancelled wins over moved', () => {
    const got = expand({ ...tuesdayLondon, cancelled: ['2026-03-24T19:00'], moved: { '2026-03-24T19:00': { start: '2026-04-01T18:00' } } }, ...window);
    expect(slots(got)).not.toContain('2026-03-24T19:00');
    expect(got.some((o) => o.moved)).toBe(false);
  });

  it('moves and cancellations of slots the rule does not generate do nothing (stale after an edit)', () => {
    const plain = expand(tuesdayLondon, ...window);
    const stale = { ...tuesdayLondon, cancelled: ['2026-03-25T19:00'], moved: { '2026-03-24T18:00': { start: '2026-04-01T18:00' }, '2026-03-10T19:00': { start: '2026-04-02T18:00' } } };
    expect(expand(stale, ...window)).toEqual(plain);
    expect(expand({ ...tuesdayLondon, until: '2026-03-31', moved: { '2026-04-07T19:00': { start: '2026-04-08T19:00' } } }, ...window)).toHaveLength(3);
    expect(expand({ ...tuesdayLondon, count: 2, moved: { '2026-03-31T19:00': { start: '2026-04-08T19:00' } } }, ...window)).toHaveLength(2);
  });

  it('isSeriesSlot tells generated slots from others', () => {
    const series: Series = { ...tuesdayLondon, count: 3 };
    expect(isSeriesSlot(series, '2026-03-31T19:00')).toBe(true);
    expect(isSeriesSlot(series, '2026-04-07T19:00')).toBe(false);
    expect(isSeriesSlot(series, '2026-03-24T18:00')).toBe(false);
    expect(isSeriesSlot(series, '2026-03-25T19:00')).toBe(false);
    expect(isSeriesSlot(series, 'junk')).toBe(false);
    expect((isSeriesSlot({ ...series, zone: 'Nowhere' }, '2026-03-31T19:00') as ScheduleError).error.code).toBe('invalid_zone');
  });
});

describe('expandSeries: 1,000 weekly series over a year', () => {
  it('every series gives its weekly occurrences (speed is measured by npm run bench -- p5, not here)', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Australia/Sydney', 'America/Santiago'];
    const all: Series[] = Array.from({ length: 1000 }, (_, i) => ({
      zone: zones[i % zones.length]!,
      start: `2025-0${1 + (i % 9)}-1${i % 10}T${String(i % 24).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      durationMinutes: 60,
      repeat: { freq: 'weekly' },
    }));
    let total = 0;
    for (const series of all) {
      const result = expandSeries(series, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
      if (isScheduleError(result)) throw new Error(result.error.message);
      total += result.length;
    }
    expect(total).toBeGreaterThan(52 * 1000 - 1000);
  });
});
