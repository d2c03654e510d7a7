import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Repeat, Series, Weekday } from '../../../shared/schedule/types';
import { expectSameOccurrences, ours } from './icsCompare';

// Random series in the zones of issue 6, with start times clustered around the hours when
// clocks change (so gaps and folds come up often), random rules, ends, cancellations and moves:
// ical.js reading our file must always agree with expandSeries over the following 13 months.

const ZONES = [
  'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'Australia/Lord_Howe',
  'Pacific/Chatham', 'Australia/Sydney', 'America/Santiago', 'Asia/Kathmandu',
];
const TIMES = ['00:00', '00:15', '00:30', '01:00', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00', '03:15', '03:30', '03:45', '12:00', '19:00', '23:30'];
const DAY = 86_400_000;
const FIRST = Date.UTC(2026, 0, 1);

const pad = (n: number) => String(n).padStart(2, '0');
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const isoWeekday = (ms: number): Weekday => (((new Date(ms).getUTCDay() + 6) % 7) + 1) as Weekday;

const arbitrarySeries = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    day: fc.integer({ min: 0, max: 2 * 365 }),
    time: fc.constantFrom(...TIMES),
    durationMinutes: fc.constantFrom(30, 60, 90, 150, 24 * 60),
    kind: fc.constantFrom('once', 'weekly', 'nth', 'monthDay'),
    interval: fc.integer({ min: 1, max: 3 }),
    extraWeekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[]),
    useLast: fc.boolean(),
    end: fc.constantFrom('none', 'until', 'count'),
    untilDays: fc.integer({ min: 0, max: 500 }),
    count: fc.integer({ min: 1, max: 60 }),
    cancelPicks: fc.array(fc.nat(), { maxLength: 3 }),
    movePicks: fc.array(fc.record({ pick: fc.nat(), shiftMinutes: fc.integer({ min: -3 * 96, max: 3 * 96 }).map((q) => q * 15) }), { maxLength: 2 }),
  })
  .map((p): Series => {
    const startMs = FIRST + p.day * DAY;
    const start = `${localDate(startMs)}T${p.time}`;
    const weekday = isoWeekday(startMs);
    const dayOfMonth = new Date(startMs).getUTCDate();
    const daysInMonth = new Date(Date.UTC(new Date(startMs).getUTCFullYear(), new Date(startMs).getUTCMonth() + 1, 0)).getUTCDate();
    let repeat: Repeat | undefined;
    if (p.kind === 'weekly') repeat = { freq: 'weekly', interval: p.interval, weekdays: [...new Set([weekday, ...p.extraWeekdays])] };
    if (p.kind === 'nth') {
      const isLast = dayOfMonth + 7 > daysInMonth;
      const nth = isLast && (p.useLast || dayOfMonth > 28) ? -1 : (Math.ceil(dayOfMonth / 7) as 1 | 2 | 3 | 4);
      repeat = { freq: 'monthly', interval: p.interval, nthWeekday: { nth, weekday } };
    }
    if (p.kind === 'monthDay') repeat = { freq: 'monthly', interval: p.interval, monthDay: dayOfMonth };
    const series: Series = { zone: p.zone, start, durationMinutes: p.durationMinutes, ...(repeat ? { repeat } : {}) };
    if (repeat && p.end === 'until') series.until = localDate(startMs + p.untilDays * DAY);
    if (p.end === 'count' && (repeat || p.count === 1)) series.count = repeat ? p.count : 1;
    // Cancel and move some of the slots the series really generates.
    const slots = ours(series, windowFor(startMs)).map((o) => o.slot);
    if (slots.length > 0) {
      series.cancelled = p.cancelPicks.map((i) => slots[i % slots.length]!);
      series.moved = {};
      for (const { pick, shiftMinutes } of p.movePicks) {
        const slot = slots[pick % slots.length]!;
        const target = new Date(Date.parse(`${slot}:00Z`) + shiftMinutes * 60_000).toISOString().slice(0, 16);
        series.moved[slot] = { start: target };
      }
    }
    return series;
  });

function windowFor(startMs: number): { from: string; to: string } {
  return { from: new Date(startMs - 2 * DAY).toISOString(), to: new Date(startMs + 400 * DAY).toISOString() };
}

describe('ICS property: any series, read by ical.js, equals expandSeries', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('for random series around clock changes', () => {
    fc.assert(
      fc.property(arbitrarySeries, (series) => {
        expectSameOccurrences(series, windowFor(Date.parse(`${series.start.slice(0, 10)}T00:00:00Z`)), 0);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
