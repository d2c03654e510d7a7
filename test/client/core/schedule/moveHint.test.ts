import { describe, expect, it } from 'vitest';
import { moveStartHint } from '../../../../client/core/schedule/moveHint';

describe('moveStartHint', () => {
  it.each([
    ['no time yet', '2026-03-10', '', 'Europe/London', 'Europe/London', 'In Europe/London time.'],
    ['the series’ zone only', '2026-03-10', '19:00', 'Europe/London', 'Europe/London', '19:00 London time (Europe/London)'],
    ['no date yet: the zone’s clock only', '', '19:00', 'Europe/London', 'America/New_York', '19:00 London time (Europe/London)'],
    // 10 March 2026: New York has changed its clocks (8 March), London has not: 4 hours apart.
    ['another zone, same day', '2026-03-10', '19:00', 'Europe/London', 'America/New_York', '19:00 London time (Europe/London); 15:00 your time (America/New_York)'],
    ['another zone, another day', '2026-03-10', '19:00', 'Europe/London', 'Asia/Tokyo', '19:00 London time (Europe/London); Wed 11 Mar, 04:00 your time (Asia/Tokyo)'],
    ['another day in September (the same month names as every other date label)', '2026-09-15', '19:00', 'Europe/London', 'Asia/Tokyo', '19:00 London time (Europe/London); Wed 16 Sep, 03:00 your time (Asia/Tokyo)'],
    // 29 March 2026, London: 01:00 → 02:00, so 01:30 does not exist that day.
    ['a time the clocks skip', '2026-03-29', '01:30', 'Europe/London', 'Europe/London', '01:30 does not exist in London that day (the clocks go forward): it starts at 02:30 London time (Europe/London)'],
    ['skipped, seen from elsewhere', '2026-03-29', '01:30', 'Europe/London', 'UTC', '01:30 does not exist in London that day (the clocks go forward): it starts at 02:30 London time (Europe/London); 01:30 your time (UTC)'],
    ['a half-typed time', '2026-03-10', '19:', 'Europe/London', 'UTC', 'In Europe/London time.'],
  ])('%s', (_what, date, time, zone, viewer, expected) => {
    expect(moveStartHint(date, time, zone, viewer)).toBe(expected);
  });
});
