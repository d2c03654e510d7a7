import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, formatLocal, formatOffset, isoWeekday, monthIndex } from '../../../shared/schedule/calendar';

const DAY = 86_400_000;

describe('calendar arithmetic', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('day numbers agree with Date.UTC and round-trip, 1900-2999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2999, 11, 31) / DAY }), (days) => {
        const date = new Date(days * DAY);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(civilFromDays(days)).toEqual(civil);
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
        expect(isoWeekday(days)).toBe(((date.getUTCDay() + 6) % 7) + 1);
        expect(monthIndex(days)).toBe(civil.year * 12 + civil.month - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('formats local times and offsets', () => {
    expect(formatLocal(daysFromCivil(2026, 3, 31), 19 * 60 + 5)).toBe('2026-03-31T19:05');
    expect(isoWeekday(0)).toBe(4); // 1970-01-01 was a Thursday
    expect([0, 60, -240, 345, 825, -210, 330].map(formatOffset)).toEqual(['+00:00', '+01:00', '-04:00', '+05:45', '+13:45', '-03:30', '+05:30']);
  });
});
