// The series every calendar reader must get right, shared by the ical.js and node-ical comparisons:
// [name, series, window, at least this many occurrences in it]. Clock changes, zones with odd
// offsets and southern-hemisphere DST, cancelled, moved and gap- or fold-pinned occurrences.
import type { Series } from '../../../shared/schedule/types';

export const YEAR_2026 = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
export const YEAR_2027 = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };

export const ICS_CASES: Array<[string, Series, { from: string; to: string }, number]> = [
  [
    'London weekly Tuesday 19:00 with cancellations and a longer moved session',
    {
      zone: 'Europe/London', start: '2026-01-06T19:00', durationMinutes: 90, repeat: { freq: 'weekly' },
      cancelled: ['2026-04-07T19:00', '2026-12-29T19:00'], moved: { '2026-10-27T19:00': { start: '2026-10-28T18:00', durationMinutes: 120 } },
    },
    YEAR_2026, 50,
  ],
  ['New York every 2nd week Mon/Wed/Fri 18:30', { zone: 'America/New_York', start: '2026-01-05T18:30', durationMinutes: 75, repeat: { freq: 'weekly', interval: 2, weekdays: [1, 3, 5] } }, YEAR_2026, 75],
  ['Kolkata weekly Thursday 20:00, count 30', { zone: 'Asia/Kolkata', start: '2026-01-01T20:00', durationMinutes: 60, repeat: { freq: 'weekly' }, count: 30 }, YEAR_2026, 30],
  [
    'Adelaide (+0930/+1030) monthly 2nd Tuesday, until',
    { zone: 'Australia/Adelaide', start: '2026-07-14T19:30', durationMinutes: 90, repeat: { freq: 'monthly', nthWeekday: { nth: 2, weekday: 2 } }, until: '2027-06-30' },
    { from: '2026-07-01T00:00:00Z', to: '2027-07-01T00:00:00Z' }, 12,
  ],
  [
    'Lord Howe weekly Sunday 02:15 over its 30-minute gap, one cancelled',
    { zone: 'Australia/Lord_Howe', start: '2026-09-06T02:15', durationMinutes: 60, repeat: { freq: 'weekly', weekdays: [7] }, cancelled: ['2026-10-11T02:15'] },
    { from: '2026-09-01T00:00:00Z', to: '2027-09-01T00:00:00Z' }, 50,
  ],
  [
    'Lord Howe weekly Sunday 01:45 over its 30-minute fold',
    { zone: 'Australia/Lord_Howe', start: '2027-03-07T01:45', durationMinutes: 30, repeat: { freq: 'weekly' } },
    { from: '2027-03-01T00:00:00Z', to: '2028-03-01T00:00:00Z' }, 50,
  ],
  [
    'Chatham (+1245/+1345) monthly on the 31st, count 10 (short months skipped, not counted)',
    { zone: 'Pacific/Chatham', start: '2026-01-31T19:45', durationMinutes: 60, repeat: { freq: 'monthly', monthDay: 31 }, count: 10 },
    { from: '2026-01-01T00:00:00Z', to: '2027-07-01T00:00:00Z' }, 10,
  ],
  [
    'Chatham weekly Sunday 03:00: in the fold in April, in the gap in September',
    { zone: 'Pacific/Chatham', start: '2026-03-01T03:00', durationMinutes: 45, repeat: { freq: 'weekly' } },
    { from: '2026-03-01T00:00:00Z', to: '2027-03-01T00:00:00Z' }, 50,
  ],
  [
    'Sydney monthly last Friday, until',
    { zone: 'Australia/Sydney', start: '2026-01-30T18:00', durationMinutes: 60, repeat: { freq: 'monthly', nthWeekday: { nth: -1, weekday: 5 } }, until: '2026-12-31' },
    YEAR_2026, 12,
  ],
  [
    'Sydney every 3rd Wednesday 07:00, until',
    { zone: 'Australia/Sydney', start: '2026-02-04T07:00', durationMinutes: 60, repeat: { freq: 'weekly', interval: 3 }, until: '2027-02-03' },
    { from: '2026-01-01T00:00:00Z', to: '2027-03-01T00:00:00Z' }, 17,
  ],
  ['Santiago weekly Sunday 00:30: in the midnight gap in September', { zone: 'America/Santiago', start: '2026-01-04T00:30', durationMinutes: 60, repeat: { freq: 'weekly' } }, YEAR_2026, 50],
  ['Santiago weekly Saturday 23:30: in the fold in April', { zone: 'America/Santiago', start: '2026-01-03T23:30', durationMinutes: 60, repeat: { freq: 'weekly' } }, YEAR_2026, 50],
  [
    'Santiago monthly 1st Sunday 00:15, every 2 months',
    { zone: 'America/Santiago', start: '2026-01-04T00:15', durationMinutes: 60, repeat: { freq: 'monthly', interval: 2, nthWeekday: { nth: 1, weekday: 7 } } },
    { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }, 12,
  ],
  [
    'New York Sunday 02:30 with count: the gap instance is pinned and the end is written as UNTIL',
    { zone: 'America/New_York', start: '2027-01-03T02:30', durationMinutes: 60, repeat: { freq: 'weekly' }, count: 20 },
    YEAR_2027, 20,
  ],
  [
    'New York Sunday 02:30 starting in the gap (DTSTART does not exist)',
    { zone: 'America/New_York', start: '2027-03-14T02:30', durationMinutes: 60, repeat: { freq: 'weekly' } },
    { from: '2027-03-01T00:00:00Z', to: '2028-06-01T00:00:00Z' }, 60,
  ],
  [
    'New York Sunday 02:30: a gap slot moved, a later gap slot cancelled',
    {
      zone: 'America/New_York', start: '2027-01-03T02:30', durationMinutes: 60, repeat: { freq: 'weekly' },
      cancelled: ['2028-03-12T02:30'], moved: { '2027-03-14T02:30': { start: '2027-03-13T10:00' } },
    },
    { from: '2027-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' }, 100,
  ],
  [
    'New York Sunday 01:30: the fold slot moved into the fold, the next year\'s cancelled',
    {
      zone: 'America/New_York', start: '2027-10-03T01:30', durationMinutes: 60, repeat: { freq: 'weekly' },
      cancelled: ['2028-11-05T01:30'], moved: { '2027-11-07T01:30': { start: '2027-11-07T01:45' } },
    },
    { from: '2027-10-01T00:00:00Z', to: '2028-12-01T00:00:00Z' }, 55,
  ],
  [
    'New York Saturday 10:00 with one session moved into the spring-forward gap',
    { zone: 'America/New_York', start: '2027-03-06T10:00', durationMinutes: 60, repeat: { freq: 'weekly' }, count: 6, moved: { '2027-03-13T10:00': { start: '2027-03-14T02:15' } } },
    YEAR_2027, 6,
  ],
  [
    'New York Sunday 01:00 for two hours: sessions that span the clock changes',
    { zone: 'America/New_York', start: '2027-10-31T01:00', durationMinutes: 120, repeat: { freq: 'weekly' }, until: '2028-03-31' },
    { from: '2027-10-01T00:00:00Z', to: '2028-04-01T00:00:00Z' }, 22,
  ],
  ['a single session', { zone: 'Europe/Berlin', start: '2026-05-05T18:00', durationMinutes: 90 }, YEAR_2026, 1],
  ['a single session, moved', { zone: 'Europe/Berlin', start: '2026-05-05T18:00', durationMinutes: 90, moved: { '2026-05-05T18:00': { start: '2026-05-06T17:00' } } }, YEAR_2026, 1],
  ['a single session, cancelled', { zone: 'Europe/Berlin', start: '2026-05-05T18:00', durationMinutes: 90, cancelled: ['2026-05-05T18:00'] }, YEAR_2026, 0],
  ['a single session at a time that does not exist', { zone: 'America/New_York', start: '2027-03-14T02:30', durationMinutes: 60 }, YEAR_2027, 1],
  ['a single session ending in the repeated hour', { zone: 'America/New_York', start: '2027-11-07T00:45', durationMinutes: 90 }, YEAR_2027, 1],
];
