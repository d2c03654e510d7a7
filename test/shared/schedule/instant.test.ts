import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../../../shared/schedule/instant';

describe('instants', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it.each([
    ['2026-03-31T18:00:00Z', Date.UTC(2026, 2, 31, 18)],
    ['2026-03-31T18:00Z', Date.UTC(2026, 2, 31, 18)],
    ['2026-03-31T18:00:00.5Z', Date.UTC(2026, 2, 31, 18, 0, 0, 500)],
    ['2026-03-31T18:00:00.123456789Z', Date.UTC(2026, 2, 31, 18, 0, 0, 123)],
    ['2026-03-31T19:00:00.000+01:00', Date.UTC(2026, 2, 31, 18)],
    ['2026-03-31T23:45:00+05:45', Date.UTC(2026, 2, 31, 18)],
    ['2026-03-31T14:00:00-0400', Date.UTC(2026, 2, 31, 18)],
    ['2026-04-01T07:45:00+13:45', Date.UTC(2026, 2, 31, 18)],
    ['2026-01-01T00:30:00+01', Date.UTC(2025, 11, 31, 23, 30)],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
  ])('parses %s', (value, ms) => {
    expect(parseInstant(value)).toBe(ms);
  });

  it.each(['2026-03-31T18:00:00', '2026-03-31', '2026-02-30T18:00:00Z', '2027-02-29T18:00:00Z', 'yesterday', '2026-03-31T25:00:00Z', '2026-03-31T18:60:00Z', '2026-03-31T18:00:60Z', '2026-03-31T18:00:00+24:00', '2026-03-31T18:00:00+01:60', '2026-03-31t18:00:00z', ' 2026-03-31T18:00:00Z', 1774980000000, null])(
    'refuses %j',
    (value) => {
      expect(parseInstant(value)).toBeNull();
    },
  );

  it('formats exactly like Date#toISOString and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
        expect(parseInstant(formatInstant(ms))).toBe(ms);
      }),
      { numRuns: 2000 },
    );
    expect(formatInstant(Date.UTC(-5, 0, 1))).toBe(new Date(Date.UTC(-5, 0, 1)).toISOString());
  });

  it('agrees with Date.parse on instants with offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31) }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (ms, offset) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
        const abs = Math.abs(offset);
        const text = `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(parseInstant(text)).toBe(Date.parse(text));
        expect(parseInstant(text)).toBe(ms);
      }),
      { numRuns: 1000 },
    );
  });
});
