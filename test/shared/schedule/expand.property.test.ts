import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/schedule/expand';
import type { Occurrence, Repeat, Series, Weekday } from '../../../shared/schedule/types';
import { findCommonSlots } from '../../../shared/schedule/slots';
import { viewIn } from '../../../shared/schedule/view';
import { expectedInstant, instantsOf, offsetOf, transitionsOf, wallOf } from './oracle';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Australia/Sydney',
  'America/Santiago',
  'Europe/Dublin', // negative DST in the tz data
  'Asia/Kathmandu',
  'America/St_Johns',
  'America/Havana', // changes at midnight
  'Antarctica/Troll', // two-hour DST
  'UTC',
];
const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

// ---- an independent model of the rules, on plain UTC Date arithmetic ------------------------
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoWeekday = (ms: number): Weekday => (((new Date(ms).getUTCDay() + 6) % 7) + 1) as Weekday;
const monthsBetween = (a: number, b: number): number => {
  const [x, y] = [new Date(a), new Date(b)];
  return (y.getUTCFullYear() - x.getUTCFullYear()) * 12 + y.getUTCMonth() - x.getUTCMonth();
};
const lastDayOfMonth = (ms: number): number => new Date(Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth() + 1, 0)).getUTCDate();

function generates(series: Series, startMs: number, dayMs: number): boolean {
  const r = series.repeat;
  if (!r) return dayMs === startMs;
  const interval = r.interval ?? 1;
  if (r.freq === 'weekly') {
    const monday = (ms: number): number => ms - (isoWeekday(ms) - 1) * DAY;
    const weeks = Math.round((monday(dayMs) - monday(startMs)) / (7 * DAY));
    return (r.weekdays ?? [isoWeekday(startMs)]).includes(isoWeekday(dayMs)) && weeks % interval === 0;
  }
  if (monthsBetween(startMs, dayMs) % interval !== 0) return false;
  const day = new Date(dayMs).getUTCDate();
  if ('monthDay' in r) return day === r.monthDay;
  const { nth, weekday } = r.nthWeekday;
  return isoWeekday(dayMs) === weekday && (nth === -1 ? day + 7 > lastDayOfMonth(dayMs) : Math.ceil(day / 7) === nth);
}

/** The original slots up to `untilMs` (inclusive date), walking every day from the start. */
function modelSlots(series: Series, untilMs: number): string[] {
  const startMs = Date.parse(`${series.start.slice(0, 10)}T00:00:00Z`);
  const last = series.until ? Math.min(untilMs, Date.parse(`${series.until}T00:00:00Z`)) : untilMs;
  const out: string[] = [];
  for (let d = startMs; d <= last && (series.count === undefined || out.length < series.count); d += DAY) {
    if (generates(series, startMs, d)) out.push(`${dateOf(d)}T${series.start.slice(11)}`);
  }
  return out;
}

function model(series: Series, from: number, to: number): Occurrence[] {
  const out: Array<Occurrence & { ms: number }> = [];
  for (const slot of modelSlots(series, to + 2 * DAY)) {
    if (series.cancelled?.includes(slot)) continue;
    const move = series.moved?.[slot];
    // No zone is a day or more away from UTC, so a wall time that far outside cannot be inside.
    const wall = Date.parse(`${slot}:00Z`);
    if (!move && (wall < from - DAY || wall >= to + DAY)) continue;
    const { ms } = expectedInstant(series.zone, move ? move.start : slot);
    if (ms < from || ms >= to) continue;
    const minutes = move?.durationMinutes ?? series.durationMinutes;
    out.push({ ms, start: new Date(ms).toISOString(), end: new Date(ms + minutes * 60_000).toISOString(), slot, moved: Boolean(move) });
  }
  // Moves can bring in slots from after the window; find those by the keys themselves.
  for (const [slot, move] of Object.entries(series.moved ?? {})) {
    if (out.some((o) => o.slot === slot) || series.cancelled?.includes(slot)) continue;
    if (!modelSlots(series, Date.parse(`${slot.slice(0, 10)}T00:00:00Z`)).includes(slot)) continue;
    const { ms } = expectedInstant(series.zone, move.start);
    if (ms < from || ms >= to) continue;
    out.push({ ms, start: new Date(ms).toISOString(), end: new Date(ms + (move.durationMinutes ?? series.durationMinutes) * 60_000).toISOString(), slot, moved: true });
  }
  out.sort((a, b) => a.ms - b.ms || (a.slot < b.slot ? -1 : 1));
  return out.map(({ start, end, slot, moved }) => ({ start, end, slot, moved }));
}

// ---- arbitraries ------------------------------------------------------------------------------
// Hours 0-3 on Saturdays and Sundays are where clocks change, so they are drawn often.
const localTime = fc.record({
  year: fc.integer({ min: 2025, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
  minute: fc.constantFrom(0, 15, 30, 45, 59),
}).map(({ year, month, day, hour, minute }) => {
  const d = Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${pad(month)}-${pad(d)}T${pad(hour)}:${pad(minute)}`;
});

/**
 * A local time inside a gap or a fold of `zone` (found by the Intl oracle), some weeks before
 * the change so that weekly series run into it; null when the zone has no change that year.
 */
function nearChange(zone: string, near: { year: number; pick: number; quarter: number; weeksBefore: number }): string | null {
  const changes = transitionsOf(zone, near.year);
  const change = changes[near.pick % Math.max(1, changes.length)];
  if (!change) return null;
  // The wall times in [at + min offset, at + max offset) are skipped (gap) or repeated (fold).
  const span = Math.abs(change.after - change.before);
  const wall = change.at + Math.min(change.before, change.after) * 60_000 + Math.floor(((near.quarter % 4) / 4) * span) * 60_000;
  const local = new Date(wall - near.weeksBefore * 7 * DAY).toISOString().slice(0, 16);
  return Number(local.slice(0, 4)) >= 2025 ? local : null;
}

const seriesArb: fc.Arbitrary<Series> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    anyStart: localTime,
    near: fc.oneof(
      { arbitrary: fc.record({ year: fc.integer({ min: 2025, max: 2030 }), pick: fc.nat(3), quarter: fc.nat(3), weeksBefore: fc.integer({ min: 0, max: 3 }) }), weight: 2 },
      { arbitrary: fc.constant(null), weight: 1 },
    ),
    durationMinutes: fc.integer({ min: 1, max: 24 * 60 }),
    kind: fc.constantFrom('once', 'weekly', 'weekly', 'nth', 'monthDay'),
    interval: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    extraDays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[]),
    lastWeek: fc.boolean(),
    end: fc.oneof(fc.constant(undefined), fc.record({ count: fc.integer({ min: 1, max: 40 }) }), fc.record({ untilDays: fc.integer({ min: 0, max: 500 }) })),
    cancelPicks: fc.array(fc.nat(60), { maxLength: 4 }),
    movePicks: fc.array(fc.record({ pick: fc.nat(60), to: localTime, minutes: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }) }), { maxLength: 3 }),
  })
  .map(({ anyStart, near, ...r }) => ({ ...r, start: (near && nearChange(r.zone, near)) || anyStart }))
  .map((r) => {
    const startMs = Date.parse(`${r.start.slice(0, 10)}T00:00:00Z`);
    const weekday = isoWeekday(startMs);
    const day = new Date(startMs).getUTCDate();
    let repeat: Repeat | undefined;
    if (r.kind === 'weekly') repeat = { freq: 'weekly', interval: r.interval, weekdays: [...new Set([weekday, ...r.extraDays])] };
    if (r.kind === 'monthDay') repeat = { freq: 'monthly', interval: r.interval, monthDay: day };
    if (r.kind === 'nth') {
      const isLast = day + 7 > lastDayOfMonth(startMs);
      const nth = (isLast && (r.lastWeek || day > 28) ? -1 : Math.ceil(day / 7)) as 1 | 2 | 3 | 4 | -1;
      repeat = { freq: 'monthly', interval: r.interval, nthWeekday: { nth, weekday } };
    }
    const series: Series = { zone: r.zone, start: r.start, durationMinutes: r.durationMinutes, ...(repeat ? { repeat } : {}) };
    if (repeat && r.end && 'count' in r.end) series.count = r.end.count;
    if (repeat && r.end && 'untilDays' in r.end) series.until = dateOf(startMs + r.end.untilDays * DAY);
    const slots = modelSlots(series, startMs + 800 * DAY);
    const cancelled = r.cancelPicks.flatMap((i) => (slots[i] ? [slots[i]] : []));
    if (cancelled.length > 0) series.cancelled = cancelled;
    const moves = r.movePicks.filter((m) => slots[m.pick]);
    if (moves.length > 0) series.moved = Object.fromEntries(moves.map((m) => [slots[m.pick]!, { start: m.to, ...(m.minutes ? { durationMinutes: m.minutes } : {}) }]));
    return series;
  });

/** Mostly near the series' start (where the changes drawn above are), sometimes anywhere. */
const windowArb = fc.record({
  anywhere: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 31) }), weight: 1 }),
  startOffsetDays: fc.oneof(fc.integer({ min: -40, max: 2 }), fc.integer({ min: -40, max: 300 })),
  days: fc.integer({ min: 0, max: 400 }),
  extraMs: fc.integer({ min: 0, max: DAY }),
});

describe('expandSeries properties', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('equals an independent day-by-day model; wall times hold except gap shifts and moves; sorted; inside the window', () => {
    const seen = { shifted: 0, folds: 0, moved: 0, occurrences: 0 };
    fc.assert(
      fc.property(seriesArb, windowArb, (series, w) => {
        const from = w.anywhere ?? Date.parse(`${series.start}:00Z`) + w.startOffsetDays * DAY;
        const to = from + w.days * DAY + w.extraMs;
        const got = expandSeries(series, { from: new Date(from).toISOString(), to: new Date(to).toISOString() });
        if (!Array.isArray(got)) throw new Error(`unexpected error ${JSON.stringify(got)} for ${JSON.stringify(series)}`);
        expect(got).toEqual(model(series, from, to));
        for (const [i, o] of got.entries()) {
          const ms = Date.parse(o.start);
          expect(ms).toBeGreaterThanOrEqual(from);
          expect(ms).toBeLessThan(to);
          if (i > 0) expect(ms).toBeGreaterThanOrEqual(Date.parse(got[i - 1]!.start));
          seen.occurrences++;
          if (o.moved) {
            seen.moved++;
            continue;
          }
          const wall = wallOf(series.zone, ms);
          const exists = instantsOf(series.zone, o.slot);
          if (exists.length === 2) seen.folds++;
          if (wall === o.slot) {
            expect(exists[0]).toBe(ms); // the earlier instant of a fold
          } else {
            // A gap: the slot's local time does not exist, and it moved forward by the gap.
            expect(exists).toEqual([]);
            const slotWall = Date.parse(`${o.slot}:00Z`);
            const gap = offsetOf(series.zone, slotWall + DAY) - offsetOf(series.zone, slotWall - DAY);
            expect(Date.parse(`${wall}:00Z`) - slotWall).toBe(gap * 60_000);
            seen.shifted++;
          }
        }
      }),
      { numRuns: 200 },
    );
    // The generators must actually reach the interesting cases.
    expect(seen.occurrences).toBeGreaterThan(1000);
    expect(seen.moved).toBeGreaterThan(0);
    expect(seen.shifted).toBeGreaterThan(0);
    expect(seen.folds).toBeGreaterThan(0);
  }, 60_000);

  it('count: generated occurrences, cancelled included, equal count', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 1, max: 40 }), (series, count) => {
        if (!series.repeat) return;
        const counted: Series = { ...series, until: undefined, count, moved: undefined };
        // Two hits a year are possible (monthDay 31 every 3 months from March), so look far ahead.
        const got = expandSeries(counted, { from: '2024-12-30T00:00:00Z', to: '2100-01-01T00:00:00Z' });
        if (!Array.isArray(got)) throw new Error(JSON.stringify(got));
        const cancelled = new Set(counted.cancelled ?? []);
        const generatedCancelled = modelSlots(counted, Date.UTC(2100, 0, 1)).filter((s) => cancelled.has(s)).length;
        expect(got.length + generatedCancelled).toBe(count);
      }),
      { numRuns: 150 },
    );
  });

  it('junk never throws: always a list or a typed error', () => {
    const codes = new Set(['invalid_zone', 'invalid_time', 'invalid_rule']);
    const isAnswer = (value: unknown): boolean => Array.isArray(value) || codes.has((value as { error?: { code?: string } } | null)?.error?.code ?? '');
    const junkOr = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(arb, fc.anything());
    fc.assert(
      fc.property(
        fc.record({
          zone: junkOr(fc.constantFrom(...ZONES)),
          start: junkOr(localTime),
          durationMinutes: junkOr(fc.integer({ min: -5, max: 2000 })),
          repeat: junkOr(fc.record({ freq: junkOr(fc.constantFrom('weekly', 'monthly')), interval: fc.anything(), weekdays: fc.anything(), monthDay: fc.anything(), nthWeekday: fc.anything() })),
          until: fc.anything(),
          count: fc.anything(),
          cancelled: fc.anything(),
          moved: junkOr(fc.dictionary(localTime, fc.record({ start: junkOr(localTime), durationMinutes: fc.anything() }))),
        }),
        fc.record({ from: junkOr(fc.constant('2026-01-01T00:00:00Z')), to: junkOr(fc.constant('2027-01-01T00:00:00Z')) }),
        (series, window) => {
          expect(isAnswer(expandSeries(series as Series, window as { from: string; to: string }))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        expect(isAnswer(expandSeries(a as Series, b as { from: string; to: string }))).toBe(true);
        expect(isAnswer(viewIn(a as Occurrence[], b as string))).toBe(true);
        expect(isAnswer(findCommonSlots(a as [], b as never))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
