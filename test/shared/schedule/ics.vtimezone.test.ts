import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import { seriesToIcs } from '../../../shared/schedule/ics';
import type { Series } from '../../../shared/schedule/types';
import { icsSeries, now, ours, theirs } from './icsCompare';
import { contentLines } from './icsParse';

// The VTIMEZONEs we write from luxon's tz data: the right offsets and onsets, yearly rules where
// the zone follows one, and proof that ical.js really reads them (a corrupted one changes its
// answers, so the comparisons in ics.expand.test.ts have teeth).

function vtimezoneOf(text: string, zone: string): string[] {
  const lines = contentLines(text);
  const start = lines.indexOf(`TZID:${zone}`) - 1;
  expect(lines[start]).toBe('BEGIN:VTIMEZONE');
  return lines.slice(start, lines.indexOf('END:VTIMEZONE', start) + 1);
}

/** The observances of a VTIMEZONE as compact strings: 'DAYLIGHT 20260329T010000 +0000>+0100 FREQ=...'. */
function observances(lines: string[]): string[] {
  const found: string[] = [];
  let current: Record<string, string> = {};
  for (const line of lines) {
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') current = { kind: line.slice(6) };
    else if (line === 'END:STANDARD' || line === 'END:DAYLIGHT') {
      found.push([current.kind, current.DTSTART, `${current.TZOFFSETFROM}>${current.TZOFFSETTO}`, current.RRULE].filter(Boolean).join(' '));
    } else {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

const weekly = (zone: string, start: string, extra: Partial<Series> = {}): Series => ({ zone, start, durationMinutes: 60, repeat: { freq: 'weekly' }, ...extra });
const write = (series: Series): string => seriesToIcs(icsSeries(series), { now });

describe('VTIMEZONE', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it.each([
    ['Europe/London', ['STANDARD 20260101T000000 +0000>+0000', 'DAYLIGHT 20260329T010000 +0000>+0100 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'STANDARD 20261025T020000 +0100>+0000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']],
    ['America/New_York', ['STANDARD 20260101T000000 -0500>-0500', 'DAYLIGHT 20260308T020000 -0500>-0400 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'STANDARD 20261101T020000 -0400>-0500 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU']],
    ['Australia/Adelaide', ['DAYLIGHT 20260101T000000 +1030>+1030', 'STANDARD 20260405T030000 +1030>+0930 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'DAYLIGHT 20261004T020000 +0930>+1030 FREQ=YEARLY;BYMONTH=10;BYDAY=1SU']],
    // Lord Howe moves its clocks by 30 minutes.
    ['Australia/Lord_Howe', ['DAYLIGHT 20260101T000000 +1100>+1100', 'STANDARD 20260405T020000 +1100>+1030 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'DAYLIGHT 20261004T020000 +1030>+1100 FREQ=YEARLY;BYMONTH=10;BYDAY=1SU']],
    ['Pacific/Chatham', ['DAYLIGHT 20260101T000000 +1345>+1345', 'STANDARD 20260405T034500 +1345>+1245 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'DAYLIGHT 20260927T024500 +1245>+1345 FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU']],
    // Chile: "Sunday on or after the 2nd", at local midnight.
    [
      'America/Santiago',
      [
        'DAYLIGHT 20260101T000000 -0300>-0300',
        'STANDARD 20260405T000000 -0300>-0400 FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8',
        'DAYLIGHT 20260906T000000 -0400>-0300 FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8',
      ],
    ],
    ['Asia/Kolkata', ['STANDARD 20260101T000000 +0530>+0530']],
    ['Asia/Kathmandu', ['STANDARD 20260101T000000 +0545>+0545']],
  ])('%s, for a series with no end: yearly rules (or one observance without DST)', (zone, expected) => {
    expect(observances(vtimezoneOf(write(weekly(zone, '2026-01-04T19:00', { repeat: { freq: 'weekly', weekdays: [7] } })), zone))).toEqual(expected);
  });

  it('lists the changes one by one for a series that ends, and only those it needs', () => {
    const text = write(weekly('Europe/London', '2026-01-06T19:00', { until: '2027-06-30' }));
    expect(observances(vtimezoneOf(text, 'Europe/London'))).toEqual([
      'STANDARD 20260101T000000 +0000>+0000',
      'DAYLIGHT 20260329T010000 +0000>+0100',
      'STANDARD 20261025T020000 +0100>+0000',
      'DAYLIGHT 20270328T010000 +0000>+0100',
    ]);
  });

  it('lists the changes of a zone that follows no yearly rule (Morocco\'s Ramadan hour) far ahead', () => {
    const text = write(weekly('Africa/Casablanca', '2026-01-05T19:00'));
    const found = observances(vtimezoneOf(text, 'Africa/Casablanca'));
    expect(found.some((o) => o.includes('FREQ='))).toBe(false);
    expect(found.length).toBeGreaterThan(40);
    // Twenty years past the horizon (2026 + 12): to 2058.
    expect(Number(found.at(-1)!.split(' ')[1]!.slice(0, 4))).toBeGreaterThanOrEqual(2055);
  });

  it('writes one VTIMEZONE per zone, whatever the number of series in it', () => {
    const text = write(weekly('Europe/London', '2026-01-06T19:00', { moved: { '2026-01-13T19:00': { start: '2026-01-14T19:00' } } }));
    expect(contentLines(text).filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
  });
});

describe('the comparison has teeth: ical.js uses what we write', () => {
  const london = weekly('Europe/London', '2026-01-06T19:00', { repeat: { freq: 'weekly', weekdays: [2] } });

  it('a wrong summer offset moves the summer sessions', () => {
    const text = write(london);
    const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    const honest = theirs(text, window);
    expect(honest).toEqual(ours(london, window).map(({ start, end }) => ({ start, end })));
    const corrupted = theirs(text.replace(/TZOFFSETTO:\+0100/g, 'TZOFFSETTO:+0200').replace(/TZOFFSETFROM:\+0100/g, 'TZOFFSETFROM:+0200'), window);
    expect(corrupted).toHaveLength(honest.length);
    expect(corrupted).not.toEqual(honest);
    // Only the summer ones move, by the extra hour.
    expect(corrupted.find((o) => o.start.startsWith('2026-07-07'))?.start).toBe('2026-07-07T17:00:00.000Z');
    expect(corrupted.find((o) => o.start.startsWith('2026-01-06'))?.start).toBe('2026-01-06T19:00:00.000Z');
  });

  it('a wrong yearly rule shows a decade later', () => {
    const text = write(london);
    const window = { from: '2036-01-01T00:00:00Z', to: '2037-01-01T00:00:00Z' };
    expect(theirs(text, window)).toEqual(ours(london, window).map(({ start, end }) => ({ start, end })));
    // "Last Sunday of October" -> "first Sunday of October": October 2036 sessions change.
    const corrupted = text.replace('BYMONTH=10;BYDAY=-1SU', 'BYMONTH=10;BYDAY=1SU');
    expect(corrupted).not.toBe(text);
    expect(theirs(corrupted, window)).not.toEqual(theirs(text, window));
  });

  it('without the RDATE/EXDATE pins, ical.js puts a gap session an hour early', () => {
    const series = weekly('America/New_York', '2027-03-07T02:30');
    const window = { from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' };
    const text = write(series);
    expect(theirs(text, window).map((o) => o.start)).toContain('2027-03-14T07:30:00.000Z');
    const unpinned = text.replace(/\r\n(RDATE|EXDATE):[^\r]*(\r\n [^\r]*)*/g, '');
    expect(unpinned).not.toBe(text);
    const starts = theirs(unpinned, window).map((o) => o.start);
    expect(starts).toContain('2027-03-14T06:30:00.000Z');
    expect(starts).not.toContain('2027-03-14T07:30:00.000Z');
  });
});
