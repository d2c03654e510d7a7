import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import { isValidZone, localToInstant, parseClock, parseLocalDate, parseLocalDateTime } from '../../../shared/schedule/localTime';
import { isScheduleError } from '../../../shared/schedule/types';

// Hand-computed from the zones' published rules (offsets and change dates), not from luxon.
// shifted: the local time does not exist (gap) and moves forward by the gap's length.
const DST_TABLE: Array<[zone: string, local: string, utc: string, shifted: boolean, why: string]> = [
  ['Europe/London', '2026-03-24T19:00', '2026-03-24T19:00:00.000Z', false, 'GMT before the March change'],
  ['Europe/London', '2026-03-31T19:00', '2026-03-31T18:00:00.000Z', false, 'BST after 29 March'],
  ['Europe/London', '2026-10-20T19:00', '2026-10-20T18:00:00.000Z', false, 'BST before 25 October'],
  ['Europe/London', '2026-10-27T19:00', '2026-10-27T19:00:00.000Z', false, 'GMT after 25 October'],
  ['Europe/London', '2026-03-29T01:30', '2026-03-29T01:30:00.000Z', true, 'gap 01:00-02:00 -> 02:30 BST'],
  ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z', false, 'fold: first 01:30 is BST'],
  ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z', true, 'gap -> 03:30 EDT'],
  ['America/New_York', '2026-03-08T03:30', '2026-03-08T07:30:00.000Z', false, 'just after the gap'],
  ['America/New_York', '2026-03-08T01:59', '2026-03-08T06:59:00.000Z', false, 'just before the gap'],
  ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z', false, 'fold: first 01:30 is EDT'],
  ['America/New_York', '2026-11-01T02:00', '2026-11-01T07:00:00.000Z', false, 'after the fold, EST'],
  ['America/New_York', '2027-03-14T02:30', '2027-03-14T07:30:00.000Z', true, '2027 gap'],
  ['Asia/Kolkata', '2026-01-06T19:00', '2026-01-06T13:30:00.000Z', false, '+05:30 in winter'],
  ['Asia/Kolkata', '2026-07-07T19:00', '2026-07-07T13:30:00.000Z', false, '+05:30 in summer'],
  ['Australia/Adelaide', '2026-01-07T19:00', '2026-01-07T08:30:00.000Z', false, 'ACDT +10:30'],
  ['Australia/Adelaide', '2026-07-08T19:00', '2026-07-08T09:30:00.000Z', false, 'ACST +09:30'],
  ['Australia/Adelaide', '2026-10-04T02:30', '2026-10-03T17:00:00.000Z', true, 'gap 02:00-03:00 -> 03:30 ACDT'],
  ['Australia/Adelaide', '2026-04-05T02:30', '2026-04-04T16:00:00.000Z', false, 'fold: first 02:30 is ACDT'],
  ['Australia/Lord_Howe', '2026-01-07T19:00', '2026-01-07T08:00:00.000Z', false, '+11:00 in summer'],
  ['Australia/Lord_Howe', '2026-07-01T19:00', '2026-07-01T08:30:00.000Z', false, '+10:30 in winter'],
  ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00.000Z', true, '30-minute gap -> 02:45'],
  ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z', false, '30-minute fold: first is +11:00'],
  ['Pacific/Chatham', '2026-01-14T19:00', '2026-01-14T05:15:00.000Z', false, '+13:45'],
  ['Pacific/Chatham', '2026-07-15T19:00', '2026-07-15T06:15:00.000Z', false, '+12:45'],
  ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-26T14:15:00.000Z', true, 'gap 02:45-03:45 -> 04:00'],
  ['Pacific/Chatham', '2026-04-05T03:00', '2026-04-04T13:15:00.000Z', false, 'fold: first 03:00 is +13:45'],
  ['Australia/Sydney', '2026-01-06T19:00', '2026-01-06T08:00:00.000Z', false, 'AEDT +11'],
  ['Australia/Sydney', '2026-07-07T19:00', '2026-07-07T09:00:00.000Z', false, 'AEST +10'],
  ['Australia/Sydney', '2026-10-04T02:30', '2026-10-03T16:30:00.000Z', true, 'gap -> 03:30 AEDT'],
  ['Australia/Sydney', '2026-04-05T02:30', '2026-04-04T15:30:00.000Z', false, 'fold: first is AEDT'],
  ['America/Santiago', '2026-01-13T19:00', '2026-01-13T22:00:00.000Z', false, '-03:00 in summer'],
  ['America/Santiago', '2026-07-14T19:00', '2026-07-14T23:00:00.000Z', false, '-04:00 in winter'],
  ['America/Santiago', '2026-09-06T00:30', '2026-09-06T04:30:00.000Z', true, 'midnight gap -> 01:30'],
  ['America/Santiago', '2026-04-04T23:30', '2026-04-05T02:30:00.000Z', false, 'fold on Saturday night: first is -03:00'],
];

describe('localToInstant (process TZ pinned to Pacific/Kiritimati)', () => {
  it('runs with the pinned host zone, UTC+14', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it.each(DST_TABLE)('%s %s -> %s (shifted %s: %s)', (zone, local, utc, shifted) => {
    const result = localToInstant(local, zone);
    if (isScheduleError(result)) throw new Error(result.error.message);
    expect(result.instant.toUTC().toISO()).toBe(utc);
    expect(result.shifted).toBe(shifted);
    expect(result.instant.zoneName).toBe(zone);
  });

  it('refuses bad zones and bad times with typed errors', () => {
    expect(localToInstant('2026-03-31T19:00', 'Mars/Olympus')).toEqual({ error: { code: 'invalid_zone', message: expect.any(String) } });
    expect(localToInstant('2026-02-30T19:00', 'Europe/London')).toEqual({ error: { code: 'invalid_time', message: expect.any(String) } });
  });
});

describe('isValidZone', () => {
  it.each([
    ['Europe/London', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Etc/GMT+5', true],
    ['UTC', true],
    ['', false],
    ['local', false],
    ['system', false],
    ['+02:00', false],
    ['-0500', false],
    ['UTC+2', false],
    ['Mars/Olympus', false],
    ['Europe/London ', false],
  ])('%j -> %s', (zone, valid) => {
    expect(isValidZone(zone)).toBe(valid);
  });

  it('refuses non-strings', () => {
    for (const junk of [null, undefined, 3, {}, ['Europe/London']]) expect(isValidZone(junk)).toBe(false);
  });
});

describe('strict parsers', () => {
  it.each(['2026-03-31T19:00', '2028-02-29T00:00', '2026-12-31T23:59'])('accepts local time %s', (value) => {
    expect(parseLocalDateTime(value)).not.toBeNull();
  });
  it.each(['2026-02-30T19:00', '2027-02-29T10:00', '2026-03-31T24:00', '2026-03-31T19:60', '2026-3-31T19:00', '2026-03-31 19:00', '2026-03-31T19:00:00', '2026-03-31T19:00Z', '1899-12-31T10:00', '3000-01-01T00:00', ' 2026-03-31T19:00'])(
    'refuses local time %j',
    (value) => {
      expect(parseLocalDateTime(value)).toBeNull();
    },
  );
  it('parses dates and clock times', () => {
    expect(parseLocalDate('2026-02-28')).not.toBeNull();
    expect(parseLocalDate('2026-02-29')).toBeNull();
    expect(parseLocalDate('2026-02-28T00:00')).toBeNull();
    expect(parseClock('18:30')).toBe(18 * 60 + 30);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('24:00', true)).toBe(24 * 60);
    expect(parseClock('24:01', true)).toBeNull();
    expect(parseClock('7:00')).toBeNull();
  });
});
