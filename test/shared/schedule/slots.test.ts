import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import { findCommonSlots } from '../../../shared/schedule/slots';
import type { Availability, CommonSlot, SlotSearch, Weekday } from '../../../shared/schedule/types';
import { isScheduleError } from '../../../shared/schedule/types';

const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const daily = (zone: string, from: string, to: string): Availability => ({ zone, weekly: ALL_DAYS.map((weekday) => ({ weekday, from, to })) });

function find(people: Availability[], options: SlotSearch): CommonSlot[] {
  const result = findCommonSlots(people, options);
  if (isScheduleError(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}
const at = (dayHour: string): string => `${dayHour}:00:00.000Z`;
const startsOf = (slots: CommonSlot[]): string[] => slots.map((s) => s.start);

describe('findCommonSlots', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  describe('London, New York, Kolkata and Sydney in the last week of March 2027', () => {
    // Hand-derived. London 18:00-21:00 is 18-21Z until the change on Sunday 28 March, then
    // 17-20Z. New York 14:00-17:00 EDT is 18-21Z (the US changed on 14 March). Kolkata
    // 23:30-01:30 (+05:30) is 18-20Z. Sydney 05:00-08:00 AEDT (+11, until 4 April) is 18-21Z.
    const people = [daily('Europe/London', '18:00', '21:00'), daily('America/New_York', '14:00', '17:00'), daily('Asia/Kolkata', '23:30', '01:30'), daily('Australia/Sydney', '05:00', '08:00')];
    const search: SlotSearch = { durationMinutes: 60, from: '2027-03-22T00:00:00Z', to: '2027-04-01T00:00:00Z', stepMinutes: 60 };
    const days = Array.from({ length: 10 }, (_, i) => `2027-03-${22 + i}`);
    const summer = (day: string): boolean => day >= '2027-03-28';
    const slot = (dayHour: string, attendees: number[]): CommonSlot => ({ start: at(dayHour), end: at(dayHour.slice(0, 11) + String(Number(dayHour.slice(11)) + 1).padStart(2, '0')), attendees });
    const expected: CommonSlot[] = [
      ...days.flatMap((d) => [slot(`${d}T18`, [0, 1, 2, 3]), slot(`${d}T19`, [0, 1, 2, 3])]),
      ...days.filter((d) => !summer(d)).map((d) => slot(`${d}T20`, [0, 1, 3])),
      ...days.filter(summer).map((d) => slot(`${d}T20`, [1, 3])),
      ...days.filter(summer).map((d) => slot(`${d}T17`, [0])),
    ];

    it('ranks by attendees, then earliest; London shifts an hour in UTC on 28 March', () => {
      expect(find(people, search)).toEqual(expected);
    });

    it('minAttendees and limit', () => {
      expect(find(people, { ...search, minAttendees: 4 })).toEqual(expected.slice(0, 20));
      expect(find(people, { ...search, minAttendees: 3 })).toEqual(expected.slice(0, 26));
      expect(find(people, { ...search, minAttendees: 5 })).toEqual([]);
      expect(find(people, { ...search, limit: 3 })).toEqual(expected.slice(0, 3));
    });

    it('the London person alone: 18-20Z before the change, 17-19Z after', () => {
      const london = find([people[0]!], search);
      expect(startsOf(london).filter((s) => s.startsWith('2027-03-27'))).toEqual([at('2027-03-27T18'), at('2027-03-27T19'), at('2027-03-27T20')]);
      expect(startsOf(london).filter((s) => s.startsWith('2027-03-28'))).toEqual([at('2027-03-28T17'), at('2027-03-28T18'), at('2027-03-28T19')]);
    });
  });

  describe('edges', () => {
    const tuesday = { zone: 'Europe/London', weekly: [{ weekday: 2 as Weekday, from: '18:00', to: '21:00' }] };

    it('a slot ending exactly at the window end counts, one past it does not (end-exclusive)', () => {
      expect(startsOf(find([tuesday], { durationMinutes: 60, from: '2026-01-06T17:00:00Z', to: '2026-01-06T23:00:00Z' }))).toEqual(
        ['18:00', '18:30', '19:00', '19:30', '20:00'].map((t) => `2026-01-06T${t}:00.000Z`),
      );
    });

    it('candidates must end by `to`, and step from `from` itself', () => {
      expect(startsOf(find([tuesday], { durationMinutes: 60, from: '2026-01-06T17:00:00Z', to: '2026-01-06T20:59:00Z' }))).toEqual(
        ['18:00', '18:30', '19:00', '19:30'].map((t) => `2026-01-06T${t}:00.000Z`),
      );
      expect(startsOf(find([tuesday], { durationMinutes: 60, from: '2026-01-06T17:10:00Z', to: '2026-01-06T23:00:00Z' }))).toEqual(
        ['18:10', '18:40', '19:10', '19:40'].map((t) => `2026-01-06T${t}:00.000Z`),
      );
      expect(find([tuesday], { durationMinutes: 60, from: '2026-01-06T18:00:00Z', to: '2026-01-06T18:59:00Z' })).toEqual([]);
    });

    it('a window that wraps past midnight', () => {
      const kolkata = { zone: 'Asia/Kolkata', weekly: [{ weekday: 1 as Weekday, from: '22:00', to: '02:00' }] };
      expect(find([kolkata], { durationMinutes: 240, from: '2026-01-05T12:00:00Z', to: '2026-01-06T12:00:00Z' })).toEqual([
        { start: '2026-01-05T16:30:00.000Z', end: '2026-01-05T20:30:00.000Z', attendees: [0] },
      ]);
    });

    it("'24:00' ends the day, and windows that touch hold a slot across midnight", () => {
      for (const to of ['24:00', '00:00']) {
        const person = { zone: 'Europe/London', weekly: [{ weekday: 1 as Weekday, from: '20:00', to }, { weekday: 2 as Weekday, from: '00:00', to: '01:00' }] };
        expect(startsOf(find([person], { durationMinutes: 120, from: '2026-01-05T18:00:00Z', to: '2026-01-06T06:00:00Z', stepMinutes: 60 }))).toEqual(
          ['2026-01-05T20', '2026-01-05T21', '2026-01-05T22', '2026-01-05T23'].map(at),
        );
      }
    });

    it('a window opening inside a spring-forward gap opens when the clock jumps', () => {
      const sunday = (from: string): Availability => ({ zone: 'America/New_York', weekly: [{ weekday: 7, from, to: '04:00' }] });
      const search = { durationMinutes: 30, stepMinutes: 30 };
      // Normal Sunday: 02:00-04:00 EST is 07:00-09:00Z.
      expect(startsOf(find([sunday('02:00')], { ...search, from: '2026-03-01T00:00:00Z', to: '2026-03-01T12:00:00Z' }))).toEqual(
        ['07:00', '07:30', '08:00', '08:30'].map((t) => `2026-03-01T${t}:00.000Z`),
      );
      // 8 March: the clock jumps from 02:00 EST (07:00Z) to 03:00 EDT; 04:00 EDT is 08:00Z.
      for (const from of ['02:00', '02:30']) {
        expect(startsOf(find([sunday(from)], { ...search, from: '2026-03-08T00:00:00Z', to: '2026-03-08T12:00:00Z' }))).toEqual(['07:00', '07:30'].map((t) => `2026-03-08T${t}:00.000Z`));
      }
    });

    it('a window across a fall-back night holds the repeated hour', () => {
      const sunday: Availability = { zone: 'America/New_York', weekly: [{ weekday: 7, from: '00:00', to: '03:00' }] };
      expect(startsOf(find([sunday], { durationMinutes: 60, stepMinutes: 60, from: '2026-11-01T00:00:00Z', to: '2026-11-01T12:00:00Z' }))).toEqual(
        ['04', '05', '06', '07'].map((h) => at(`2026-11-01T${h}`)),
      );
    });

    it('nobody, or nobody available, gives no slots', () => {
      const search = { durationMinutes: 60, from: '2026-01-06T00:00:00Z', to: '2026-01-07T00:00:00Z' };
      expect(find([], search)).toEqual([]);
      expect(find([{ zone: 'Asia/Kolkata', weekly: [] }], search)).toEqual([]);
    });

    it('attendees are sorted indexes into people', () => {
      const people = [daily('Asia/Kolkata', '00:00', '01:00'), daily('Europe/London', '18:00', '19:00'), daily('Asia/Kolkata', '23:30', '00:30')];
      expect(find(people, { durationMinutes: 30, from: '2026-01-06T18:00:00Z', to: '2026-01-06T19:00:00Z' })).toEqual([
        { start: '2026-01-06T18:30:00.000Z', end: '2026-01-06T19:00:00.000Z', attendees: [0, 1, 2] },
        { start: '2026-01-06T18:00:00.000Z', end: '2026-01-06T18:30:00.000Z', attendees: [1, 2] },
      ]);
    });
  });

  it('50 people over 14 days with 30-minute steps: the 100 best, in order (speed: npm run bench -- p5)', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Santiago', 'Pacific/Chatham', 'Australia/Lord_Howe'];
    const people: Availability[] = Array.from({ length: 50 }, (_, i) => ({
      zone: zones[i % zones.length]!,
      weekly: ALL_DAYS.flatMap((weekday) => [
        { weekday, from: `${String(7 + (i % 5)).padStart(2, '0')}:00`, to: '12:00' },
        { weekday, from: `${String(17 + (i % 4)).padStart(2, '0')}:30`, to: i % 3 ? '23:00' : '01:00' },
      ]),
    }));
    const slots = find(people, { durationMinutes: 90, from: '2027-03-20T00:00:00Z', to: '2027-04-03T00:00:00Z' });
    expect(slots).toHaveLength(100);
    for (let i = 1; i < slots.length; i++) {
      const [a, b] = [slots[i - 1]!, slots[i]!];
      expect(a.attendees.length > b.attendees.length || (a.attendees.length === b.attendees.length && a.start < b.start)).toBe(true);
    }
  });

  describe('errors', () => {
    const ok: SlotSearch = { durationMinutes: 60, from: '2026-01-06T00:00:00Z', to: '2026-01-07T00:00:00Z' };
    const person = (patch: Record<string, unknown>): Availability => ({ zone: 'Europe/London', weekly: [{ weekday: 2, from: '18:00', to: '21:00', ...patch }] }) as Availability;
    it.each<[string, unknown, unknown, string]>([
      ['people is not a list', 'everyone', ok, 'invalid_rule'],
      ['a person is not an object', [null], ok, 'invalid_rule'],
      ['bad zone', [{ zone: 'Mars/Olympus', weekly: [] }], ok, 'invalid_zone'],
      ['offset as zone', [{ zone: '+01:00', weekly: [] }], ok, 'invalid_zone'],
      ['weekly is not a list', [{ zone: 'Europe/London', weekly: {} }], ok, 'invalid_rule'],
      ['weekday 0', [person({ weekday: 0 })], ok, 'invalid_rule'],
      ['weekday 8', [person({ weekday: 8 })], ok, 'invalid_rule'],
      ["weekday '2'", [person({ weekday: '2' })], ok, 'invalid_rule'],
      ['from 7:00', [person({ from: '7:00' })], ok, 'invalid_time'],
      ['to 19:60', [person({ to: '19:60' })], ok, 'invalid_time'],
      ['from 24:00', [person({ from: '24:00' })], ok, 'invalid_time'],
      ['from == to', [person({ from: '18:00', to: '18:00' })], ok, 'invalid_rule'],
      ['duration 0', [], { ...ok, durationMinutes: 0 }, 'invalid_rule'],
      ['duration -30', [], { ...ok, durationMinutes: -30 }, 'invalid_rule'],
      ['duration 1.5', [], { ...ok, durationMinutes: 1.5 }, 'invalid_rule'],
      ['duration over a day', [], { ...ok, durationMinutes: 1441 }, 'invalid_rule'],
      ['step 0', [], { ...ok, stepMinutes: 0 }, 'invalid_rule'],
      ['step -30', [], { ...ok, stepMinutes: -30 }, 'invalid_rule'],
      ['minAttendees 0', [], { ...ok, minAttendees: 0 }, 'invalid_rule'],
      ['limit 0', [], { ...ok, limit: 0 }, 'invalid_rule'],
      ['to before from', [], { ...ok, from: ok.to, to: ok.from }, 'invalid_rule'],
      ['from without zone', [], { ...ok, from: '2026-01-06T00:00:00' }, 'invalid_time'],
      ['to not a date', [], { ...ok, to: 'tomorrow' }, 'invalid_time'],
      ['window over a year', [], { ...ok, to: '2027-01-08T00:00:00Z' }, 'invalid_rule'],
      ['too many candidates', [], { ...ok, to: '2026-03-07T00:00:00Z', stepMinutes: 1 }, 'invalid_rule'],
      ['options missing', [], null, 'invalid_rule'],
    ])('%s -> %s', (_label, people, options, code) => {
      expect(findCommonSlots(people as Availability[], options as SlotSearch)).toEqual({ error: { code, message: expect.any(String) } });
    });
  });
});
