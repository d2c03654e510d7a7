import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/schedule/expand';
import type { Series } from '../../../shared/schedule/types';

// One row per validation rule: a valid base series with one defect each.
const base = { zone: 'Europe/London', start: '2026-03-17T19:00', durationMinutes: 90, repeat: { freq: 'weekly' } };
const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
const monthlyNth = { zone: 'Europe/London', start: '2026-03-17T19:00', durationMinutes: 60, repeat: { freq: 'monthly', nthWeekday: { nth: 3, weekday: 2 } } };
const monthlyDay = { zone: 'Europe/London', start: '2026-03-17T19:00', durationMinutes: 60, repeat: { freq: 'monthly', monthDay: 17 } };

type Row = [label: string, series: unknown, code: 'invalid_zone' | 'invalid_time' | 'invalid_rule', win?: unknown];
const ROWS: Row[] = [
  // invalid_zone
  ['unknown zone', { ...base, zone: 'Mars/Olympus' }, 'invalid_zone'],
  ['empty zone', { ...base, zone: '' }, 'invalid_zone'],
  ['offset as zone', { ...base, zone: '+02:00' }, 'invalid_zone'],
  ["'local' as zone", { ...base, zone: 'local' }, 'invalid_zone'],
  ['zone not a string', { ...base, zone: 1 }, 'invalid_zone'],
  ['zone missing', { start: base.start, durationMinutes: 60 }, 'invalid_zone'],
  // invalid_time
  ['impossible date', { ...base, start: '2026-02-30T19:00' }, 'invalid_time'],
  ['24:00', { ...base, start: '2026-03-17T24:00' }, 'invalid_time'],
  ['19:60', { ...base, start: '2026-03-17T19:60' }, 'invalid_time'],
  ['seconds in start', { ...base, start: '2026-03-17T19:00:00' }, 'invalid_time'],
  ['an instant as start', { ...base, start: '2026-03-17T19:00Z' }, 'invalid_time'],
  ['start missing', { ...base, start: undefined }, 'invalid_time'],
  ['malformed until', { ...base, until: '2026-13-01' }, 'invalid_time'],
  ['impossible until', { ...base, until: '2026-04-31' }, 'invalid_time'],
  ['until with a time', { ...base, until: '2026-04-30T00:00' }, 'invalid_time'],
  ['window without offset', base, 'invalid_time', { from: '2026-01-01T00:00:00', to: window.to }],
  ['window not an instant', base, 'invalid_time', { from: window.from, to: 'soon' }],
  ['window missing', base, 'invalid_time', null],
  ['cancelled not a list', { ...base, cancelled: '2026-03-24T19:00' }, 'invalid_time'],
  ['cancelled entry malformed', { ...base, cancelled: ['2026-03-24'] }, 'invalid_time'],
  ['moved not an object', { ...base, moved: [] }, 'invalid_time'],
  ['moved key malformed', { ...base, moved: { '2026-03-24 19:00': { start: '2026-03-25T19:00' } } }, 'invalid_time'],
  ['moved start impossible', { ...base, moved: { '2026-03-24T19:00': { start: '2026-02-30T19:00' } } }, 'invalid_time'],
  ['moved value not an object', { ...base, moved: { '2026-03-24T19:00': '2026-03-25T19:00' } }, 'invalid_time'],
  // invalid_rule
  ['series not an object', 'every tuesday', 'invalid_rule'],
  ['duration 0', { ...base, durationMinutes: 0 }, 'invalid_rule'],
  ['duration negative', { ...base, durationMinutes: -30 }, 'invalid_rule'],
  ['duration fractional', { ...base, durationMinutes: 1.5 }, 'invalid_rule'],
  ['duration over a day', { ...base, durationMinutes: 24 * 60 + 1 }, 'invalid_rule'],
  ['duration a string', { ...base, durationMinutes: '90' }, 'invalid_rule'],
  ['interval 0', { ...base, repeat: { freq: 'weekly', interval: 0 } }, 'invalid_rule'],
  ['interval fractional', { ...base, repeat: { freq: 'weekly', interval: 1.5 } }, 'invalid_rule'],
  ['interval absurd', { ...base, repeat: { freq: 'weekly', interval: 1001 } }, 'invalid_rule'],
  ['weekdays empty', { ...base, repeat: { freq: 'weekly', weekdays: [] } }, 'invalid_rule'],
  ['weekdays duplicated', { ...base, repeat: { freq: 'weekly', weekdays: [2, 2] } }, 'invalid_rule'],
  ['weekday 0', { ...base, repeat: { freq: 'weekly', weekdays: [0, 2] } }, 'invalid_rule'],
  ['weekday 8', { ...base, repeat: { freq: 'weekly', weekdays: [2, 8] } }, 'invalid_rule'],
  ['weekdays not a list', { ...base, repeat: { freq: 'weekly', weekdays: 2 } }, 'invalid_rule'],
  ["weekdays without the start's weekday", { ...base, repeat: { freq: 'weekly', weekdays: [1, 3] } }, 'invalid_rule'],
  ['unknown freq', { ...base, repeat: { freq: 'daily' } }, 'invalid_rule'],
  ['repeat not an object', { ...base, repeat: 'weekly' }, 'invalid_rule'],
  ['weekly with monthDay', { ...base, repeat: { freq: 'weekly', monthDay: 17 } }, 'invalid_rule'],
  ['monthly with weekdays', { ...monthlyDay, repeat: { freq: 'monthly', monthDay: 17, weekdays: [2] } }, 'invalid_rule'],
  ['monthly with both', { ...monthlyDay, repeat: { freq: 'monthly', monthDay: 17, nthWeekday: { nth: 3, weekday: 2 } } }, 'invalid_rule'],
  ['monthly with neither', { ...monthlyDay, repeat: { freq: 'monthly' } }, 'invalid_rule'],
  ['monthDay 0', { ...monthlyDay, repeat: { freq: 'monthly', monthDay: 0 } }, 'invalid_rule'],
  ['monthDay 32', { ...monthlyDay, repeat: { freq: 'monthly', monthDay: 32 } }, 'invalid_rule'],
  ["monthDay not the start's day", { ...monthlyDay, repeat: { freq: 'monthly', monthDay: 18 } }, 'invalid_rule'],
  ['nth 0', { ...monthlyNth, repeat: { freq: 'monthly', nthWeekday: { nth: 0, weekday: 2 } } }, 'invalid_rule'],
  ['nth 5', { ...monthlyNth, repeat: { freq: 'monthly', nthWeekday: { nth: 5, weekday: 2 } } }, 'invalid_rule'],
  ['nth -2', { ...monthlyNth, repeat: { freq: 'monthly', nthWeekday: { nth: -2, weekday: 2 } } }, 'invalid_rule'],
  ['nthWeekday weekday 9', { ...monthlyNth, repeat: { freq: 'monthly', nthWeekday: { nth: 3, weekday: 9 } } }, 'invalid_rule'],
  ["nthWeekday not the start's date", { ...monthlyNth, repeat: { freq: 'monthly', nthWeekday: { nth: 2, weekday: 2 } } }, 'invalid_rule'],
  ["last weekday not the start's date", { ...monthlyNth, repeat: { freq: 'monthly', nthWeekday: { nth: -1, weekday: 2 } } }, 'invalid_rule'],
  ['count 0', { ...base, count: 0 }, 'invalid_rule'],
  ['count fractional', { ...base, count: 2.5 }, 'invalid_rule'],
  ['count absurd', { ...base, count: 10_001 }, 'invalid_rule'],
  ['count and until', { ...base, count: 3, until: '2026-12-31' }, 'invalid_rule'],
  ['until before the start', { ...base, until: '2026-03-16' }, 'invalid_rule'],
  ['count above 1 without repeat', { ...base, repeat: undefined, count: 2 }, 'invalid_rule'],
  ['until without repeat', { ...base, repeat: undefined, until: '2026-12-31' }, 'invalid_rule'],
  ['moved duration 0', { ...base, moved: { '2026-03-24T19:00': { start: '2026-03-25T19:00', durationMinutes: 0 } } }, 'invalid_rule'],
  ['window ends before it starts', base, 'invalid_rule', { from: window.to, to: window.from }],
];

describe('expandSeries validation', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('the base series of the table is valid', () => {
    for (const series of [base, monthlyNth, monthlyDay]) expect(Array.isArray(expandSeries(series as Series, window))).toBe(true);
  });

  it.each(ROWS)('%s -> %s', (_label, series, code, win = window) => {
    expect(expandSeries(series as Series, win as typeof window)).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('accepts what the rules allow: count 1 alone, null for absent fields, until on the start date', () => {
    expect(expandSeries({ ...base, repeat: undefined, count: 1 } as Series, window)).toHaveLength(1);
    expect(expandSeries({ ...base, repeat: null, until: null, count: null, cancelled: null, moved: null } as unknown as Series, window)).toHaveLength(1);
    expect(expandSeries({ ...base, until: '2026-03-17' } as Series, window)).toHaveLength(1);
    expect(expandSeries({ ...base, durationMinutes: 24 * 60 } as Series, window)).toHaveLength(42);
  });
});
