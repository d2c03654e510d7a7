import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetAt } from '../../../shared/schedule/offsets';
import { offsetOf, transitionsOf } from './oracle';

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Antarctica/Troll', 'Pacific/Apia', 'Africa/Casablanca', 'America/Havana'];

describe('offsetAt (cached transition tables)', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('equals an uncached luxon answer at random instants, 1900-2100', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        expect(offsetAt(zone, ms)).toBe(IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it('changes exactly at each clock change (Intl oracle), to the minute', () => {
    for (const zone of ZONES) {
      for (const change of transitionsOf(zone, 2026)) {
        expect([zone, offsetAt(zone, change.at - 1)]).toEqual([zone, change.before]);
        expect([zone, offsetAt(zone, change.at)]).toEqual([zone, change.after]);
        expect(offsetOf(zone, change.at)).toBe(change.after);
      }
    }
    expect(transitionsOf('Europe/London', 2026).map((c) => new Date(c.at).toISOString())).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
    expect(transitionsOf('Antarctica/Troll', 2026).map((c) => c.after - c.before)).toEqual([120, -120]);
  });
});
