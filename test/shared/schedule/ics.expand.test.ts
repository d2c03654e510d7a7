import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../../shared/schedule/types';
import { ICS_CASES, YEAR_2026 } from './icsCases';
import { expectSameOccurrences } from './icsCompare';

// ical.js reads our calendar file and must find exactly the occurrences expandSeries computes:
// same UTC starts and ends, same count, across clock changes, in zones with odd offsets and
// southern-hemisphere DST, including cancelled, moved and gap- or fold-pinned occurrences.

const YEAR_2036 = { from: '2036-01-01T00:00:00Z', to: '2037-01-01T00:00:00Z' };

describe('ICS read by ical.js equals expandSeries', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it.each(ICS_CASES)('%s', (_name, series, window, atLeast) => {
    expectSameOccurrences(series, window, atLeast);
  });
});

describe('a decade on: series with no end, read through the VTIMEZONE rules', () => {
  const open: Array<[string, Series]> = [
    ['Europe/London', { zone: 'Europe/London', start: '2026-01-06T19:00', durationMinutes: 90, repeat: { freq: 'weekly' } }],
    ['America/New_York (gap slot)', { zone: 'America/New_York', start: '2027-01-03T02:30', durationMinutes: 60, repeat: { freq: 'weekly' } }],
    ['America/New_York (fold slot)', { zone: 'America/New_York', start: '2027-01-03T01:30', durationMinutes: 60, repeat: { freq: 'weekly' } }],
    ['Asia/Kolkata', { zone: 'Asia/Kolkata', start: '2026-01-01T20:00', durationMinutes: 60, repeat: { freq: 'weekly' } }],
    ['Australia/Adelaide', { zone: 'Australia/Adelaide', start: '2026-07-14T19:30', durationMinutes: 90, repeat: { freq: 'monthly', nthWeekday: { nth: 2, weekday: 2 } } }],
    ['Australia/Lord_Howe', { zone: 'Australia/Lord_Howe', start: '2026-09-06T02:15', durationMinutes: 60, repeat: { freq: 'weekly' } }],
    ['Pacific/Chatham', { zone: 'Pacific/Chatham', start: '2026-03-01T03:00', durationMinutes: 45, repeat: { freq: 'weekly' } }],
    ['Australia/Sydney', { zone: 'Australia/Sydney', start: '2026-01-30T18:00', durationMinutes: 60, repeat: { freq: 'monthly', nthWeekday: { nth: -1, weekday: 5 } } }],
    ['America/Santiago', { zone: 'America/Santiago', start: '2026-01-04T00:30', durationMinutes: 60, repeat: { freq: 'weekly' } }],
    ['Africa/Casablanca (no yearly rule: listed)', { zone: 'Africa/Casablanca', start: '2026-01-05T02:30', durationMinutes: 60, repeat: { freq: 'weekly' } }],
  ];

  it.each(open)('%s in 2036', (_name, series) => {
    expectSameOccurrences(series, YEAR_2036, 12);
  });
});

describe('far ends: written up to the horizon, rules carry the rest', () => {
  const londonUntil2999: Series = { zone: 'Europe/London', start: '2026-01-06T19:00', durationMinutes: 90, repeat: { freq: 'weekly' }, until: '2999-12-31' };

  it.each([
    ['2026', YEAR_2026],
    ['2040, past the horizon', { from: '2040-01-01T00:00:00Z', to: '2041-01-01T00:00:00Z' }],
  ])('until 2999, in %s', (_name, window) => {
    expectSameOccurrences(londonUntil2999, window, 50);
  });

  it('a count that runs past the horizon (ended by UNTIL), read in its last year', () => {
    const series: Series = { zone: 'America/New_York', start: '2026-01-07T19:00', durationMinutes: 60, repeat: { freq: 'weekly' }, count: 1000 };
    const last = expectSameOccurrences(series, { from: '2044-06-01T00:00:00Z', to: '2046-01-01T00:00:00Z' }, 40);
    // The 1000th Wednesday, 999 weeks after the first.
    expect(last.at(-1)?.slot).toBe(`${new Date(Date.UTC(2026, 0, 7) + 999 * 7 * 86_400_000).toISOString().slice(0, 10)}T19:00`);
  });

  it('sessions moved years back (before the VTIMEZONE starts) and years ahead', () => {
    const series: Series = {
      zone: 'Europe/London', start: '2026-01-06T19:00', durationMinutes: 90, repeat: { freq: 'weekly' },
      moved: { '2026-01-13T19:00': { start: '2020-06-01T19:00' }, '2026-01-20T19:00': { start: '2045-07-04T19:00' } },
    };
    expectSameOccurrences(series, { from: '2020-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' }, 1);
    expectSameOccurrences(series, { from: '2045-07-01T00:00:00Z', to: '2045-08-01T00:00:00Z' }, 1);
  });
});

